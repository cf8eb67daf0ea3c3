"""Round summary: the score and its parts, kinds of questions, GROW coverage, per-turn feedback."""

from __future__ import annotations

from collections import Counter
from typing import Any

import flet as ft

from coachkit.i18n import format_date, format_number, format_share
from coachkit.roleplay.summary import Summary
from coachkit.ui.components.bars import hbar
from coachkit.ui.components.chips import pill
from coachkit.ui.components.common import card, heading, para, pushed_view, use_app
from coachkit.ui.components.pdf import PdfButton
from coachkit.ui.components.progress import summary_progress
from coachkit.ui.facilitator import ReportRound
from coachkit.ui.labels import KINDS, STAGES, band_label, kind_label, kind_short, stage_label
from coachkit.ui.theme import BAR_COLORS, GROW_COLORS, KIND_COLORS, PALETTE


def kind_counts(summary: dict[str, Any]) -> Counter:
    """How many turns of each kind (from the saved transcript, else from the counts)."""
    turns = summary.get("transcript") or []
    if turns:
        return Counter((t.get("analysis") or {}).get("kind") or "other" for t in turns)
    return Counter(
        {
            k: int(summary.get(key, 0))
            for k, key in [
                ("open", "open"),
                ("closed", "closed"),
                ("leading", "leading"),
                ("advice", "advice"),
                ("reflection", "reflections"),
            ]
        }
    )


def score_header(t, lang: str, summary: dict[str, Any]) -> ft.Control:
    overall = int(summary.get("overall", 0))
    committed = bool(summary.get("commitment"))
    return card(
        [
            ft.Row(
                [
                    ft.Text(
                        f"{overall}",
                        theme_style=ft.TextThemeStyle.DISPLAY_SMALL,
                        weight=ft.FontWeight.W_700,
                        color=PALETTE["on_primary_container"],
                    ),
                    ft.Text(
                        t("/ 100 points"),
                        theme_style=ft.TextThemeStyle.TITLE_MEDIUM,
                        color=PALETTE["on_primary_container"],
                    ),
                ],
                vertical_alignment=ft.CrossAxisAlignment.END,
                wrap=True,
            ),
            ft.Text(
                t("They committed to a step of their own.")
                if committed
                else t("No commitment of their own this time."),
                theme_style=ft.TextThemeStyle.BODY_LARGE,
                color=PALETTE["on_primary_container"],
            ),
            ft.Text(
                t(
                    "Open questions: {share} \u00b7 Reflections per question: {ratio} ({band})",
                    share=format_share(float(summary.get("open_share", 0)), lang),
                    ratio=format_number(float(summary.get("reflection_ratio", 0)), lang, 2),
                    band=band_label(t, summary.get("reflection_band")),
                ),
                color=PALETTE["on_primary_container"],
            ),
        ],
        color=PALETTE["primary_container"],
    )


def parts_block(t, summary: dict[str, Any]) -> list[ft.Control]:
    out: list[ft.Control] = [heading(t("Where the points came from"), "title_medium")]
    for part in summary.get("parts", []):
        out.append(
            ft.Column(
                [
                    hbar(
                        part["name"],
                        part["points"],
                        part["max"],
                        PALETTE["primary"],
                        f"{part['points']} / {part['max']}",
                    ),
                    para(part.get("explanation", ""), muted=True),
                ],
                spacing=2,
            )
        )
    return out


def listening_block(t, lang: str, result: Summary) -> list[ft.Control]:
    """The three MITI-style global ratings and the behaviour counts with MITI's thresholds."""
    g = result.globals
    out: list[ft.Control] = [heading(t("How you listened (MITI 4.2 style)"), "title_medium")]
    for name, value in (
        (t("Partnership"), g.partnership),
        (t("Empathy"), g.empathy),
        (t("Cultivating ownership"), g.ownership),
    ):
        out.append(hbar(name, value, 5, PALETTE["primary"], f"{value} / 5"))
    out.append(
        para(
            t(
                "Reflections per question {ratio} (MITI: 1:1 fair, 2:1 good). Complex reflections "
                "{share} (MITI: 40 % fair, 50 % good).",
                ratio=format_number(result.reflection_ratio, lang, 2),
                share=format_share(result.complex_share, lang),
            ),
            muted=True,
        )
    )
    return out


def losses_block(t, result: Summary) -> list[ft.Control]:
    """Every lost point with the turn that lost it."""
    out: list[ft.Control] = [heading(t("Where points were lost"), "title_medium")]
    if not result.losses:
        out.append(para(t("No points were lost."), muted=True))
    for loss in result.losses:
        out.append(
            ft.Row(
                [
                    ft.Text(
                        t("Turn {n}", n=loss.turn),
                        theme_style=ft.TextThemeStyle.LABEL_LARGE,
                        width=64,
                    ),
                    ft.Text(f"\u2212{loss.points}", weight=ft.FontWeight.W_700, width=36),
                    ft.Text(loss.why, expand=True),
                ],
                vertical_alignment=ft.CrossAxisAlignment.START,
                key=f"loss-{loss.turn}-{loss.part}",
            )
        )
    return out


def kinds_chart(t, summary: dict[str, Any]) -> list[ft.Control]:
    counts = kind_counts(summary)
    total = sum(counts.values()) or 1
    rows: list[ft.Control] = [heading(t("Your turns by kind"), "title_medium")]
    for kind in KINDS:
        n = counts.get(kind, 0)
        rows.append(hbar(kind_short(t, kind), n, total, BAR_COLORS[kind], str(n), key=f"k-{kind}"))
    return rows


def grow_block(t, summary: dict[str, Any]) -> list[ft.Control]:
    covered = set(summary.get("grow_covered") or [])
    pills = [
        pill(
            stage_label(t, s),
            GROW_COLORS if s in covered else KIND_COLORS["other"],
            ft.Icons.CHECK_CIRCLE if s in covered else ft.Icons.RADIO_BUTTON_UNCHECKED,
        )
        for s in STAGES
    ]
    return [
        heading(t("GROW stages covered: {n} of 4", n=len(covered)), "title_medium"),
        ft.Row(pills, wrap=True, spacing=8, run_spacing=8),
    ]


def turns_block(t, summary: dict[str, Any]) -> list[ft.Control]:
    out: list[ft.Control] = [heading(t("Turn by turn"), "title_medium")]
    lost: dict[int, int] = {}
    for loss in summary.get("losses") or []:
        lost[int(loss.get("turn", 0))] = lost.get(int(loss.get("turn", 0)), 0) + int(
            loss.get("points", 0)
        )
    for item in summary.get("feedback", []):
        kind = item.get("kind") or "other"
        parts: list[ft.Control] = [
            ft.Row(
                [
                    ft.Text(
                        t("Turn {n}", n=item.get("turn", "")),
                        theme_style=ft.TextThemeStyle.LABEL_LARGE,
                    ),
                    pill(kind_label(t, kind), KIND_COLORS.get(kind, KIND_COLORS["other"])),
                    *(
                        [ft.Text(t("{n} points lost", n=lost[item.get("turn", 0)]))]
                        if lost.get(item.get("turn", 0))
                        else []
                    ),
                ],
                wrap=True,
            ),
            ft.Text(
                item.get("coach", ""),
                theme_style=ft.TextThemeStyle.BODY_LARGE,
                italic=True,
            ),
            para(item.get("did", "")),
        ]
        if item.get("better"):
            parts.append(
                ft.Container(
                    content=ft.Text(
                        t("Better: {text}", text=item["better"]),
                        color=PALETTE["on_secondary_container"],
                    ),
                    bgcolor=PALETTE["secondary_container"],
                    border_radius=8,
                    padding=8,
                )
            )
        out.append(card(parts))
    if len(out) == 1:
        out.append(para(t("No turns were played."), muted=True))
    return out


@ft.component
def RoundSummary() -> ft.View:
    state = use_app()
    t = state.t
    page = ft.context.page
    route = ft.use_view_path()
    raw = ft.use_route_params().get("rid", "")
    record = state.store.round(int(raw)) if str(raw).isdigit() else None
    if record is None or record.summary is None:
        return pushed_view(route, t("Results"), [para(t("No such round."))], state.width)
    summary = record.summary
    result = Summary.load(summary)
    lang = state.lang
    title = (summary.get("title") or {}).get(lang) or record.exercise
    import datetime as dt

    when = format_date(dt.datetime.fromisoformat(record.finished), lang, time=True)
    exercise = state.services.exercise(record.exercise)

    def again() -> None:
        state.start_practice(record.exercise, record.mode)
        page.navigate(f"/exercise/{record.exercise}/play")

    controls: list[ft.Control] = [
        heading(title, "headline_small"),
        para(when, muted=True),
        score_header(t, lang, summary),
        *summary_progress(state, record),
        ReportRound(
            summary, round_key=f"{state.owner}:{record.id}", auto=state.just_finished == record.id
        ),
        *parts_block(t, summary),
        *listening_block(t, lang, result),
        *losses_block(t, result),
        *kinds_chart(t, summary),
        *grow_block(t, summary),
        *turns_block(t, summary),
        *(
            [heading(t("Debrief"), "title_medium"), para(exercise.debrief.get(lang))]
            if exercise is not None and exercise.debrief
            else []
        ),
        ft.Row(
            [
                *(
                    [ft.FilledButton(t("Practise again"), icon=ft.Icons.REPLAY, on_click=again)]
                    if exercise is not None
                    else []
                ),
                PdfButton(t("Practice report (PDF)"), "report", record.id),
                ft.OutlinedButton(
                    t("Home"),
                    icon=ft.Icons.HOME,
                    on_click=lambda: (setattr(state, "tab", 0), page.navigate("/")),
                ),
            ],
            wrap=True,
            spacing=12,
        ),
    ]
    return pushed_view(route, t("Results"), controls, state.width)
