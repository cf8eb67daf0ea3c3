"""Layout helpers shared by the screens: the state context, page bodies, headings, cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from coachkit.ui.theme import MAX_CONTENT_WIDTH, PALETTE

StateCtx = ft.create_context(None)
"""Provides the session's :class:`coachkit.ui.state.AppState`."""

RAIL_WIDTH = 96
TAP = 48
"""Minimum tap target (logical px), Material and WCAG 2.5.8 friendly."""


def use_app() -> Any:
    """The session's AppState (re-renders the caller when it changes)."""
    return ft.use_context(StateCtx)


def side_padding(width: float, rail: bool = False) -> float:
    """Horizontal padding that keeps content at a readable width on wide screens."""
    available = width - (RAIL_WIDTH if rail else 0)
    return max(16.0, (available - MAX_CONTENT_WIDTH) / 2)


def body(controls: list[ft.Control], width: float, rail: bool = False, key: str | None = None):
    """A scrolling page body with comfortable side padding."""
    pad = side_padding(width, rail)
    return ft.ListView(
        controls=controls,
        expand=True,
        spacing=12,
        key=key,
        padding=ft.Padding(left=pad, right=pad, top=12, bottom=24),
    )


def pushed_view(
    route: str,
    title: str,
    controls: list[ft.Control],
    width: float,
    actions: list[ft.Control] | None = None,
    bottom: ft.Control | None = None,
) -> ft.View:
    """A screen pushed over the shell: AppBar with Back, safe-area body, optional bottom bar."""
    content: ft.Control = body(controls, width)
    if bottom is not None:
        content = ft.Column([content, bottom], expand=True, spacing=0)
    return ft.View(
        route=route,
        padding=0,
        spacing=0,
        bgcolor=PALETTE["surface"],
        appbar=ft.AppBar(
            title=appbar_title(title),
            actions=actions or [],
            bgcolor=PALETTE["surface_container"],
        ),
        controls=[ft.SafeArea(content=content, expand=True, avoid_intrusions_top=False)],
    )


def appbar_title(title: str) -> ft.Text:
    """An AppBar title that wraps to a second line instead of cutting a long exercise name."""
    return ft.Text(
        title,
        max_lines=2,
        overflow=ft.TextOverflow.ELLIPSIS,
        theme_style=ft.TextThemeStyle.TITLE_MEDIUM,
    )


def heading(text: str, level: str = "title_large") -> ft.Text:
    """A heading; read as a header by screen readers."""
    styles = {
        "headline_small": ft.TextThemeStyle.HEADLINE_SMALL,
        "title_large": ft.TextThemeStyle.TITLE_LARGE,
        "title_medium": ft.TextThemeStyle.TITLE_MEDIUM,
    }
    return ft.Text(text, theme_style=styles[level])


def para(text: str, muted: bool = False, selectable: bool = False) -> ft.Text:
    """A paragraph of body text."""
    return ft.Text(
        text,
        theme_style=ft.TextThemeStyle.BODY_LARGE,
        color=PALETTE["on_surface_variant"] if muted else None,
        selectable=selectable,
    )


def bullets(items: list[str]) -> ft.Column:
    """A bulleted list; a wrapped line starts under the text, not under the bullet."""
    return ft.Column(
        [
            ft.Row(
                [
                    ft.Text("\u2022", theme_style=ft.TextThemeStyle.BODY_LARGE),
                    ft.Text(item, theme_style=ft.TextThemeStyle.BODY_LARGE, expand=True),
                ],
                spacing=10,
                vertical_alignment=ft.CrossAxisAlignment.START,
            )
            for item in items
        ],
        spacing=6,
    )


def card(controls: list[ft.Control], color: str | None = None, padding: int = 16) -> ft.Semantics:
    """A flat rounded card."""
    return ft.Semantics(
        container=True,
        content=ft.Container(
            content=ft.Column(controls, spacing=8, tight=True),
            bgcolor=color or PALETTE["surface_container_low"],
            border_radius=16,
            padding=padding,
        ),
    )


def tile(
    title: str,
    subtitle: str | None,
    on_click: Callable[..., Any] | None,
    icon: ft.IconData | None = None,
    key: str | None = None,
) -> ft.Card:
    """A tappable list entry (>= 48 px high) that opens something."""
    return ft.Card(
        key=key,
        elevation=0,
        bgcolor=PALETTE["surface_container_low"],
        content=ft.ListTile(
            leading=ft.Icon(icon, color=PALETTE["primary"]) if icon else None,
            title=ft.Text(title, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
            subtitle=ft.Text(subtitle, max_lines=3, overflow=ft.TextOverflow.ELLIPSIS)
            if subtitle
            else None,
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT, color=PALETTE["on_surface_variant"])
            if on_click
            else None,
            on_click=on_click,
            min_height=TAP + 8,
        ),
    )


def filter_chips(
    options: list[tuple[str | None, str]],
    selected: str | None,
    on_select: Callable[[str | None], Any],
) -> ft.Row:
    """A wrapping row of single-choice filter chips: (value, label) pairs; None means "all"."""
    return ft.Row(
        [
            ft.Chip(
                label=ft.Text(label),
                selected=value == selected,
                on_select=lambda e, v=value: on_select(v),
                show_checkmark=True,
                selected_color=PALETTE["primary_container"],
            )
            for value, label in options
        ],
        wrap=True,
        spacing=8,
        run_spacing=8,
    )


def banner(text: str, on_close: Callable[..., Any] | None = None, close_label: str = ""):
    """A visible warning (content problems, a data file moved aside)."""
    return ft.Container(
        bgcolor=PALETTE["tertiary_container"],
        border_radius=12,
        padding=12,
        content=ft.Row(
            [
                ft.Icon(ft.Icons.WARNING_AMBER, color=PALETTE["on_tertiary_container"]),
                ft.Text(text, color=PALETTE["on_tertiary_container"], expand=True),
                *(
                    [
                        ft.IconButton(
                            ft.Icon(ft.Icons.CLOSE, semantics_label=close_label),
                            tooltip=close_label,
                            on_click=on_close,
                            icon_color=PALETTE["on_tertiary_container"],
                        )
                    ]
                    if on_close
                    else []
                ),
            ],
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
    )
