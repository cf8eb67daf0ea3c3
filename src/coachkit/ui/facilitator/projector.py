"""Pieces of the projector view: the join corner, the groups of a round, the key help.

Sized to be read from the back of a room at 1280x720.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import flet as ft

from coachkit.i18n import Translator
from coachkit.ui.facilitator.home import qr_base64
from coachkit.ui.theme import PALETTE


def short_address(url: str) -> str:
    """``http://192.168.1.20:8550`` -> ``192.168.1.20:8550/join`` (what a phone types)."""
    parts = urlsplit(url)
    return f"{parts.netloc or url}/join"


def join_corner(room: Any, t: Translator, size: int = 132) -> ft.Control:
    """The join QR code and short address, for the corner of the wall."""
    if not room.active or not room.urls:
        return ft.Container(width=0, height=0)
    url = room.urls[0]
    presence = room.presence()
    online = sum(1 for _name, on in presence if on)
    return ft.Container(
        key="join-corner",
        bgcolor="#FFFFFF",
        border_radius=14,
        padding=10,
        border=ft.Border.all(1, PALETTE["outline_variant"]),
        content=ft.Column(
            [
                ft.Image(src=qr_base64(f"{url}/join"), width=size, height=size),
                ft.Text(
                    short_address(url),
                    size=17,
                    weight=ft.FontWeight.W_700,
                    color="#111111",
                    key="join-address",
                ),
                ft.Text(
                    t.ngettext("{n} phone connected", "{n} phones connected", online),
                    size=14,
                    color="#333333",
                    key="join-online",
                ),
            ],
            spacing=4,
            tight=True,
            horizontal_alignment=ft.CrossAxisAlignment.CENTER,
        ),
    )


def group_rows(
    t: Translator, lines: Sequence[tuple[int, Any, Any, Sequence[Any]]], fg: str, size: int = 26
) -> list[ft.Control]:
    """ "Ryhmä 1  Aino → Minna · havainnoi: Pekka" rows, up to what fits a wall."""
    rows: list[ft.Control] = []
    shown = lines[:12]
    small = len(shown) > 6
    for n, coach, coachee, observers in shown:
        text = t("{coach} coaches {coachee}", coach=coach, coachee=coachee)
        if observers:
            text += "  \u00b7  " + t("observing: {names}", names=", ".join(map(str, observers)))
        rows.append(
            ft.Row(
                [
                    ft.Container(
                        ft.Text(str(n), size=size - 4, weight=ft.FontWeight.W_700, color="#FFFFFF"),
                        width=size + 16,
                        height=size + 16,
                        border_radius=(size + 16) / 2,
                        bgcolor=PALETTE["primary"],
                        alignment=ft.Alignment.CENTER,
                    ),
                    ft.Text(
                        text,
                        size=size - 6 if small else size,
                        color=fg,
                        expand=True,
                        key=f"group-{n}",
                    ),
                ],
                spacing=14,
                vertical_alignment=ft.CrossAxisAlignment.CENTER,
            )
        )
    if len(lines) > len(shown):
        rows.append(ft.Text(t("... and {n} more.", n=len(lines) - len(shown)), size=20, color=fg))
    return rows


def key_help(t: Translator, fg: str) -> ft.Control:
    """The projector's keys, in one quiet line."""
    return ft.Text(
        t(
            "Keys: space pause \u00b7 P previous \u00b7 N next (or the arrow keys) \u00b7 + one "
            "minute \u00b7 R results \u00b7 T observer tallies"
        ),
        size=15,
        color=fg,
        opacity=0.75,
        key="key-help",
    )
