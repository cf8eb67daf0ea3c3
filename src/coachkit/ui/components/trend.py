"""A column chart with axes for a trend (per round or per week), drawn with Containers like the
other charts (the prebuilt web client has no chart library)."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from coachkit.ui.theme import PALETTE

AXIS_WIDTH = 48


def trend_chart(
    values: list[float],
    labels: list[str],
    maximum: float,
    color: str,
    fmt: Callable[[float], str],
    summary: str,
    height: int = 112,
    key: str | None = None,
) -> ft.Control:
    """Bars oldest left, a y axis with 0, half and the top value, x labels under each bar.

    ``summary`` is what a screen reader says for the whole chart (the figures in words).
    """
    maximum = maximum or 1
    line = ft.BorderSide(1, PALETTE["outline"])
    bars = []
    for value, label in zip(values, labels, strict=True):
        h = max(3, round(height * min(max(value, 0), maximum) / maximum))
        bars.append(
            ft.Container(
                height=h,
                expand=True,
                bgcolor=color,
                tooltip=f"{label}: {fmt(value)}",
                border_radius=ft.BorderRadius(
                    top_left=3, top_right=3, bottom_left=0, bottom_right=0
                ),
            )
        )
    small = ft.TextThemeStyle.LABEL_SMALL
    y_axis = ft.Column(
        [
            ft.Text(fmt(maximum), theme_style=small, max_lines=1, no_wrap=True),
            ft.Text(fmt(maximum / 2), theme_style=small, max_lines=1, no_wrap=True),
            ft.Text(fmt(0), theme_style=small, max_lines=1, no_wrap=True),
        ],
        height=height,
        width=AXIS_WIDTH,
        alignment=ft.MainAxisAlignment.SPACE_BETWEEN,
        horizontal_alignment=ft.CrossAxisAlignment.END,
        spacing=0,
    )
    plot = ft.Container(
        height=height,
        expand=True,
        border=ft.Border(left=line, bottom=line),
        padding=ft.Padding(left=4, right=0, top=0, bottom=0),
        content=ft.Row(bars, spacing=4, vertical_alignment=ft.CrossAxisAlignment.END),
    )
    x_labels = ft.Row(
        [
            ft.Text(
                label,
                theme_style=small,
                expand=True,
                max_lines=1,
                no_wrap=True,
                text_align=ft.TextAlign.CENTER,
            )
            for label in labels
        ],
        spacing=4,
    )
    chart = ft.Column(
        [
            ft.Row([y_axis, plot], spacing=6, vertical_alignment=ft.CrossAxisAlignment.START),
            ft.Row(
                [ft.Container(width=AXIS_WIDTH + 6 + 4), ft.Container(x_labels, expand=True)],
                spacing=0,
            ),
        ],
        spacing=4,
    )
    return ft.Semantics(label=summary, container=True, content=chart, key=key)
