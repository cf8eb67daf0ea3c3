"""Bar charts drawn with Containers (flet-charts needs a custom-built client; the web client
coachkit serves is Flet's prebuilt one, so charts are plain boxes that work everywhere)."""

from __future__ import annotations

import flet as ft

from coachkit.ui.theme import PALETTE


def hbar(label: str, value: float, maximum: float, color: str, shown: str, key=None) -> ft.Column:
    """A labelled horizontal bar: label and figure above, the bar below."""
    maximum = maximum or 1
    filled = max(0, min(1000, round(1000 * value / maximum)))
    bar_parts: list[ft.Control] = []
    if filled:
        bar_parts.append(ft.Container(bgcolor=color, height=14, expand=filled, border_radius=7))
    if filled < 1000:
        bar_parts.append(
            ft.Container(
                bgcolor=PALETTE["surface_container_highest"],
                height=14,
                expand=1000 - filled,
                border_radius=7,
            )
        )
    return ft.Column(
        [
            ft.Row(
                [ft.Text(label, expand=True), ft.Text(shown, weight=ft.FontWeight.W_600)],
                spacing=8,
            ),
            ft.Row(bar_parts, spacing=0),
        ],
        spacing=4,
        key=key,
    )


def column_chart(
    values: list[float], labels: list[str], maximum: float, color: str, height: int = 120
) -> ft.Row:
    """Vertical bars for a trend over rounds (oldest left); each bar's label underneath."""
    maximum = maximum or 1
    columns = []
    for value, label in zip(values, labels, strict=True):
        h = max(2, round(height * min(value, maximum) / maximum))
        columns.append(
            ft.Column(
                [
                    ft.Container(height=height - h),
                    ft.Container(
                        height=h,
                        bgcolor=color,
                        border_radius=ft.BorderRadius(
                            top_left=4, top_right=4, bottom_left=0, bottom_right=0
                        ),
                        tooltip=label,
                    ),
                    ft.Text(label, theme_style=ft.TextThemeStyle.LABEL_SMALL, max_lines=1),
                ],
                spacing=2,
                expand=True,
                horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
            )
        )
    return ft.Row(columns, spacing=6, vertical_alignment=ft.CrossAxisAlignment.END)
