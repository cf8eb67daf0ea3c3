"""Building blocks of the facilitator screens: the view frame, big numbers, labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from coachkit.i18n import Translator
from coachkit.ui.theme import PALETTE

MAX_WIDTH = 1100


def frame(
    route: str,
    title: str,
    controls: list[ft.Control],
    width: float,
    *,
    actions: list[ft.Control] | None = None,
    bgcolor: str | None = None,
    scroll: bool = True,
    text_scale: float = 1.0,
) -> ft.View:
    """A screen with an AppBar (Back when pushed) and a centred, width-limited body.

    ``text_scale`` is the participant's text size (Settings): the body's texts, which carry
    fixed sizes, grow with it on a phone screen (the projector's screens keep 1.0).
    """
    pad = max(16.0, (width - MAX_WIDTH) / 2)
    if text_scale != 1.0:
        scale_text(controls, text_scale)
    body: ft.Control
    if scroll:
        body = ft.ListView(
            controls=controls,
            expand=True,
            spacing=14,
            padding=ft.Padding(left=pad, right=pad, top=16, bottom=32),
        )
    else:
        body = ft.Container(
            ft.Column(controls, expand=True, spacing=14),
            expand=True,
            padding=ft.Padding(left=pad, right=pad, top=12, bottom=12),
        )
    return ft.View(
        route=route,
        padding=0,
        spacing=0,
        bgcolor=bgcolor or PALETTE["surface"],
        appbar=ft.AppBar(
            title=ft.Text(title, max_lines=1, overflow=ft.TextOverflow.ELLIPSIS),
            actions=actions or [],
            bgcolor=PALETTE["surface_container"],
        ),
        controls=[ft.SafeArea(content=body, expand=True, avoid_intrusions_top=False)],
    )


def scale_text(controls: list[ft.Control], factor: float) -> None:
    """Multiply the size of every Text with a fixed size under ``controls`` by ``factor`` (in
    place, before the controls are rendered). Texts without a size follow the theme already."""
    stack: list[Any] = list(controls)
    while stack:
        c = stack.pop()
        if isinstance(c, ft.Text) and c.size:
            c.size = round(c.size * factor, 1)
        for attr in ("content", "controls", "title", "subtitle", "leading", "trailing"):
            child = getattr(c, attr, None)
            if isinstance(child, list):
                stack.extend(child)
            elif isinstance(child, ft.Control):
                stack.append(child)


def heading(text: str, size: int = 22) -> ft.Text:
    """A section heading."""
    return ft.Text(text, size=size, weight=ft.FontWeight.W_600)


def muted(text: str, size: int = 15) -> ft.Text:
    """Secondary text."""
    return ft.Text(text, size=size, color=PALETTE["on_surface_variant"])


def error_text(text: str | None) -> ft.Control:
    """A visible error line (or nothing)."""
    if not text:
        return ft.Container(height=0)
    return ft.Text(text, color=PALETTE["error"], size=15, selectable=True)


def stat(label: str, value: str, big: int = 44, key: str | None = None) -> ft.Container:
    """A big number with its label, for the live dashboard."""
    return ft.Container(
        key=key,
        bgcolor=PALETTE["surface_container_low"],
        border_radius=16,
        padding=16,
        col={"xs": 6, "md": 3},
        content=ft.Column(
            [
                ft.Text(value, size=big, weight=ft.FontWeight.W_700, color=PALETTE["primary"]),
                ft.Text(label, size=15, color=PALETTE["on_surface_variant"]),
            ],
            spacing=2,
            tight=True,
        ),
    )


def card(controls: list[ft.Control], color: str | None = None, **kw: Any) -> ft.Container:
    """A flat rounded card."""
    return ft.Container(
        content=ft.Column(controls, spacing=10, tight=True),
        bgcolor=color or PALETTE["surface_container_low"],
        border_radius=16,
        padding=16,
        **kw,
    )


def nav_tile(title: str, subtitle: str, icon: ft.IconData, on_click: Callable[..., Any]) -> ft.Card:
    """A big tappable entry that opens a screen."""
    return ft.Card(
        elevation=0,
        bgcolor=PALETTE["surface_container_low"],
        content=ft.ListTile(
            leading=ft.Icon(icon, color=PALETTE["primary"], size=32),
            title=ft.Text(title, size=18, weight=ft.FontWeight.W_600),
            subtitle=ft.Text(subtitle),
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            on_click=on_click,
            min_height=64,
        ),
    )


def mark_label(t: Translator, kind: str) -> str:
    """Names of the observer's tally marks (and the room's question kinds)."""
    return {
        "open": t("Open question"),
        "closed": t("Closed question"),
        "leading": t("Leading question"),
        "advice": t("Advice"),
        "reflection": t("Reflection"),
        "summary": t("Summary"),
        "interruption": t("Interruption"),
        "silence": t("Silence"),
        "other": t("Other"),
    }.get(kind, kind)


def block_label(t: Translator, kind: str) -> str:
    """Names of the block kinds in the block picker."""
    return {
        "intro": t("Introduction"),
        "method-talk": t("Method talk"),
        "demonstration": t("Demonstration"),
        "triad-round": t("Triad round"),
        "fishbowl": t("Fishbowl"),
        "troika": t("Troika consulting"),
        "reflecting-team": t("Reflecting team"),
        "feedforward": t("Feedforward carousel"),
        "observed-session": t("Observed session"),
        "debrief": t("Debrief"),
        "break": t("Break"),
        "solo-practice": t("Solo practice"),
    }.get(kind, kind)


def band_text(t: Translator, band: str) -> str:
    """The reflection band in words."""
    return {"good": t("good"), "fair": t("fair"), "low": t("low")}.get(band, band)
