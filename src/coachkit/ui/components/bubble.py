"""Chat bubbles for the practice transcript."""

from __future__ import annotations

import flet as ft

from coachkit.ui.theme import PALETTE


def bubble(
    text: str,
    mine: bool,
    who: str,
    extra: list[ft.Control] | None = None,
    width: float = 390,
) -> ft.Column:
    """One message: the participant's on the right, the supervisor's on the left.

    The bubble shrinks to its text and wraps at about 85 % of the row (Column gives loose width).
    """
    gap = max(32.0, width * 0.12)
    radius = (
        ft.BorderRadius(top_left=18, top_right=18, bottom_left=18, bottom_right=4)
        if mine
        else ft.BorderRadius(top_left=18, top_right=18, bottom_left=4, bottom_right=18)
    )
    inner: list[ft.Control] = [
        ft.Text(
            who,
            theme_style=ft.TextThemeStyle.LABEL_MEDIUM,
            color=PALETTE["on_primary_container" if mine else "on_surface_variant"],
        ),
        ft.Text(
            text,
            theme_style=ft.TextThemeStyle.BODY_LARGE,
            color=PALETTE["on_primary_container" if mine else "on_surface"],
        ),
        *(extra or []),
    ]
    return ft.Column(
        [
            ft.Semantics(
                container=True,
                content=ft.Container(
                    content=ft.Column(inner, spacing=4, tight=True),
                    bgcolor=PALETTE["primary_container" if mine else "surface_container_high"],
                    border_radius=radius,
                    padding=ft.Padding(left=14, right=14, top=10, bottom=10),
                    margin=ft.Margin(left=gap, right=0, top=0, bottom=0)
                    if mine
                    else ft.Margin(left=0, right=gap, top=0, bottom=0),
                ),
            )
        ],
        horizontal_alignment=ft.CrossAxisAlignment.END if mine else ft.CrossAxisAlignment.START,
        spacing=0,
    )
