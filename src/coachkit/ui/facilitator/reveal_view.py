"""The reveal on the projector: the room's numbers for one section, as a picture to debrief from.

Role-plays and observers' tallies are separate reveals. Only numbers: medians, shares, counts.
"""

from __future__ import annotations

import flet as ft

from coachkit.i18n import Translator, format_number
from coachkit.ui.facilitator.widgets import mark_label
from coachkit.ui.labels import stage_label
from coachkit.ui.theme import KIND_COLORS, PALETTE
from coachkit.workshop.reveal import Picture
from coachkit.workshop.stats import KINDS, STAGES

GROW_COLOR = ("#C9E4F5", "#0B3550")
DASH = "\u2013"


def _pct(value: float | None, lang: str) -> str:
    return DASH if value is None else f"{format_number(value, lang, 0)} %"


def _num(value: float | None, lang: str) -> str:
    return DASH if value is None else format_number(value, lang, 1)


def big_figure(label: str, value: str, before: str | None, t: Translator, key: str) -> ft.Control:
    """A big number, its label, and last round's figure beside it."""
    return ft.Container(
        key=key,
        bgcolor=PALETTE["surface_container_lowest"],
        border_radius=16,
        padding=ft.Padding(left=18, right=18, top=10, bottom=10),
        expand=True,
        content=ft.Column(
            [
                ft.Text(label, size=20, color=PALETTE["on_surface_variant"]),
                ft.Text(value, size=54, weight=ft.FontWeight.W_800, color=PALETTE["primary"]),
                ft.Text(
                    t("last round: {value}", value=before) if before is not None else " ",
                    size=18,
                    color=PALETTE["on_surface_variant"],
                ),
            ],
            spacing=0,
            tight=True,
        ),
    )


def bars(title: str, rows: list[tuple[str, float, tuple[str, str]]], key: str) -> ft.Control:
    """Horizontal bars: (label, per cent, (bar colour, text colour)) each."""
    width = 150
    lines: list[ft.Control] = [ft.Text(title, size=20, weight=ft.FontWeight.W_600)]
    for label, pct, (bg, _fg) in rows:
        lines.append(
            ft.Row(
                [
                    ft.Text(label, size=17, width=150, max_lines=1),
                    ft.Container(
                        width=max(4, width * pct / 100),
                        height=24,
                        bgcolor=bg,
                        border_radius=6,
                        border=ft.Border.all(1, PALETTE["outline_variant"]),
                    ),
                    ft.Text(f"{pct:.0f} %", size=18, weight=ft.FontWeight.W_600),
                ],
                spacing=10,
            )
        )
    return ft.Column(lines, spacing=6, key=key, tight=True)


def picture_view(
    t: Translator, lang: str, title: str, now: Picture, before: Picture | None
) -> list[ft.Control]:
    """The reveal of one section (role-plays or tallies)."""
    tally = now.source == "tally"
    if now.empty:
        return [
            ft.Text(title, size=30, weight=ft.FontWeight.W_700),
            ft.Text(
                t("No observer tallies shared yet.") if tally else t("No role-plays shared yet."),
                size=24,
                key="reveal-empty",
            ),
        ]
    head = t.ngettext("{title}: {n} tally", "{title}: {n} tallies", now.rounds, title=title)
    if not tally:
        head = t.ngettext(
            "{title}: {n} role-play",
            "{title}: {n} role-plays",
            now.rounds,
            title=title,
        )
    figures = [
        big_figure(
            t("open questions (median)"),
            _pct(now.open_pct, lang),
            _pct(before.open_pct, lang) if before else None,
            t,
            "reveal-open",
        ),
        big_figure(
            t("reflections per question"),
            _num(now.reflections_per_question, lang),
            _num(before.reflections_per_question, lang) if before else None,
            t,
            "reveal-ratio",
        ),
    ]
    if not tally:
        figures.append(
            big_figure(
                t("reached their own step"),
                f"{now.commitments}/{now.scored}",
                f"{before.commitments}/{before.scored}" if before else None,
                t,
                "reveal-commit",
            )
        )
    kinds = dict(now.kinds)
    kind_rows = [
        (mark_label(t, k), kinds[k], KIND_COLORS.get(k, KIND_COLORS["other"]))
        for k in KINDS
        if k in kinds
    ]
    grow = dict(now.grow)
    grow_rows = [(stage_label(t, s), grow.get(s, 0.0), GROW_COLOR) for s in STAGES]
    charts: list[ft.Control] = [
        ft.Container(bars(t("What the room asked"), kind_rows, "reveal-kinds"), expand=True)
    ]
    if not tally:
        charts.append(
            ft.Container(
                bars(t("Turns in each GROW stage"), grow_rows, "reveal-grow"),
                expand=True,
            )
        )
    return [
        ft.Text(head, size=30, weight=ft.FontWeight.W_700, key="reveal-head"),
        ft.Row(figures, spacing=14),
        ft.Row(charts, spacing=24, vertical_alignment=ft.CrossAxisAlignment.START),
    ]
