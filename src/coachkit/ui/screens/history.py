"""History tab: how the score's measures moved (per round or per week, charts with axes),
milestones reached, and the past rounds."""

from __future__ import annotations

import datetime as dt

import flet as ft

from coachkit.i18n import format_date, format_share
from coachkit.progress import MEASURES, by_round, by_week, reached
from coachkit.roleplay.summary import Summary
from coachkit.ui.components.common import body, card, filter_chips, heading, para, tile, use_app
from coachkit.ui.components.progress import measure_label, measure_value, milestone_text
from coachkit.ui.components.trend import trend_chart
from coachkit.ui.theme import BAR_COLORS, PALETTE

TREND_POINTS = 10
"""At most this many bars per chart (the latest rounds or weeks)."""

COLORS = {
    "open_share": BAR_COLORS["open"],
    "reflection_ratio": BAR_COLORS["reflection"],
    "advice": BAR_COLORS["advice"],
    "commitment": PALETTE["primary"],
}


def scale_of(name: str, values: list[float]) -> float:
    """The top of a chart's y axis: 100 % for shares, else a round number above the data."""
    if name in ("open_share", "commitment"):
        return 1.0
    top = max([2.0, *values])
    return float(int(top) + (0 if top == int(top) else 1))


def week_label(t, label: str) -> str:
    """A chart's short label of an ISO week ("2026-W49"): "wk 49", in Finnish "vk 49"."""
    week = label.rsplit("W", 1)[-1]
    return t("wk {week}", week=int(week)) if week.isdigit() else label


def trend_card(t, lang: str, name: str, points: list, per_week: bool) -> ft.Control:
    values = [p.measures.get(name) for p in points]
    labels = [week_label(t, p.label) if per_week else p.label for p in points]
    shown = [measure_value(t, lang, name, v, per_week or name != "commitment") for v in values]
    if name == "commitment" and not per_week:
        fmt = lambda v: format_share(v, lang)  # noqa: E731 - axis of a yes/no measure: 0-100 %
    else:
        fmt = lambda v: measure_value(t, lang, name, v, True)  # noqa: E731
    last = shown[-1]
    if len(values) > 1:
        line = t(
            "Latest: {now} · before: {before}",
            now=last,
            before=shown[-2],
        )
    else:
        line = t("Latest: {now}", now=last)
    hint = {
        "reflection_ratio": t("2 or more is good"),
        "advice": t("fewer is better"),
        "open_share": t("most of your questions open is good"),
        "commitment": t("the supervisor's own step"),
    }[name]
    axis = t("per week") if per_week else t("per round")
    return card(
        [
            heading(measure_label(t, name), "title_medium"),
            para(f"{line} ({hint})", muted=True),
            trend_chart(
                values,
                labels,
                scale_of(name, values),
                COLORS[name],
                fmt,
                summary=f"{measure_label(t, name)}, {axis}: "
                + ", ".join(f"{lab} {v}" for lab, v in zip(labels, shown, strict=True)),
                key=f"trend-{name}",
            ),
        ]
    )


@ft.component
def HistoryTab() -> ft.Control:
    state = use_app()
    t = state.t
    lang = state.lang
    page = ft.context.page
    _ = state.rev  # re-read after a round is finished or data deleted
    rounds = state.store.history()
    if not rounds:
        return body(
            [para(t("No finished rounds yet. Your results will appear here."))],
            state.width,
            rail=not state.narrow,
        )
    per = state.filters.get("trend", "round")
    per_week = per == "week"
    if per_week:
        points = by_week(rounds)[-TREND_POINTS:]
    else:
        first = max(1, len(rounds) - TREND_POINTS + 1)
        points = by_round(rounds[-TREND_POINTS:], first_number=first)
    controls: list[ft.Control] = [
        heading(t("How your questions changed"), "title_medium"),
        filter_chips(
            [("round", t("Per round")), ("week", t("Per week"))],
            per,
            lambda v: state.set_filter("trend", v or "round"),
        ),
        *[trend_card(t, lang, name, points, per_week) for name in MEASURES],
    ]
    got = reached([r.summary for r in rounds])
    if got:
        controls.append(heading(t("Milestones"), "title_medium"))
        controls.append(
            card(
                [
                    ft.Row(
                        [
                            ft.Icon(ft.Icons.EMOJI_NATURE_OUTLINED, color=PALETTE["tertiary"]),
                            ft.Text(
                                t("Round {n}", n=n) + ": " + milestone_text(t, mid), expand=True
                            ),
                        ],
                        vertical_alignment=ft.CrossAxisAlignment.START,
                        key=f"milestone-{mid}",
                    )
                    for mid, n in got
                ]
            )
        )
    controls.append(heading(t("Rounds"), "title_medium"))
    for n, rnd in reversed(list(enumerate(rounds, 1))):
        summary = Summary.load(rnd.summary)
        title = summary.title_in(lang) or rnd.exercise
        when = format_date(dt.datetime.fromisoformat(rnd.finished), lang)
        controls.append(
            tile(
                f"{n}. {title}",
                t(
                    "{date} \u00b7 {points} points \u00b7 open {share}",
                    date=when,
                    points=summary.overall,
                    share=format_share(summary.open_share, lang),
                ),
                lambda _, rid=rnd.id: page.navigate(f"/round/{rid}"),
                ft.Icons.INSIGHTS,
                key=f"round-{rnd.id}",
            )
        )
    return body(controls, state.width, rail=not state.narrow)
