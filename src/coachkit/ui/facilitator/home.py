"""The facilitator's start screen: join address and QR, then plan, run and live room."""

from __future__ import annotations

import base64
from functools import lru_cache

import flet as ft

from coachkit.server.qr import qr_png
from coachkit.ui.facilitator.gate import CodeGate
from coachkit.ui.facilitator.session import use_env, use_facilitator
from coachkit.ui.facilitator.widgets import card, frame, heading, muted, nav_tile
from coachkit.ui.theme import PALETTE


@lru_cache(maxsize=8)
def qr_base64(url: str) -> str:
    """The join address's QR code as a base64 PNG (``ft.Image(src=...)`` accepts it)."""
    return base64.b64encode(qr_png(url, box_size=10)).decode("ascii")


def join_card(env, size: int = 220) -> ft.Control:
    """Where phones join: the address in large type and its QR code (or why there is none)."""
    t = env.t
    room = env.room
    if not room.active:
        return card(
            [
                heading(t("Live room is off")),
                muted(t("Start the server with: coachkit serve --lan")),
            ]
        )
    url = f"{room.urls[0]}/join" if room.urls else "/join"
    note = (
        t("Phones on the same Wi-Fi open this address or scan the code.")
        if room.lan
        else t("Only this laptop can join. Start with --lan to let phones in.")
    )
    return card(
        [
            heading(t("Join the workshop")),
            ft.ResponsiveRow(
                [
                    ft.Container(
                        ft.Image(src=qr_base64(url), width=size, height=size, key="join-qr"),
                        col={"xs": 12, "md": 4},
                    ),
                    ft.Column(
                        [
                            ft.Text(url, size=26, weight=ft.FontWeight.W_700, selectable=True),
                            muted(note),
                            *[
                                ft.Text(f"{u}/join", size=16, selectable=True)
                                for u in room.urls[1:]
                            ],
                        ],
                        col={"xs": 12, "md": 8},
                        spacing=8,
                    ),
                ],
                spacing=24,
                vertical_alignment=ft.CrossAxisAlignment.CENTER,
            ),
        ],
        color=PALETTE["surface_container_lowest"],
    )


@ft.component
def FacilitatorHome() -> ft.View:
    """Route ``/facilitator``: the code gate, then the facilitator's menu."""
    env = use_env()
    ok, try_code = use_facilitator()
    route = ft.use_view_path()
    page = ft.context.page
    if not ok:
        return CodeGate(env, try_code, route)
    t = env.t
    return frame(
        route,
        t("Facilitator"),
        [
            join_card(env),
            nav_tile(
                t("Plan the workshop"),
                t("Blocks, minutes, start time, exercises, groups and roles"),
                ft.Icons.EDIT_CALENDAR,
                lambda: page.navigate("/facilitator/plan"),
            ),
            nav_tile(
                t("Run on the projector"),
                t("Countdown, who coaches, what comes next. Space pauses, N moves on."),
                ft.Icons.SLIDESHOW,
                lambda: page.navigate("/facilitator/run"),
            ),
            nav_tile(
                t("Live room"),
                t("How many joined, rounds played, open questions; export CSV"),
                ft.Icons.INSIGHTS,
                lambda: page.navigate("/facilitator/live"),
            ),
            nav_tile(
                t("Observer tally"),
                t("The observer's buttons for a live triad"),
                ft.Icons.TOUCH_APP,
                lambda: page.navigate("/observe"),
            ),
        ],
        env.width,
    )
