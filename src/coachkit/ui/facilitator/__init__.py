"""Facilitator and observer screens of the Flet app, and the participant's side of the live room.

routes()                             # ft.Route list: facilitator/..., observe, join/...
make_main(room)                      # these screens alone over a given live room (tests, benches)
report_round(page, room, summary)    # share a finished round's numbers with the room
ReportRound(summary)                 # the button for a summary screen
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from coachkit.server.live import LiveRoom
from coachkit.ui.facilitator.home import FacilitatorHome
from coachkit.ui.facilitator.join import ReportRound, join_room, report_round
from coachkit.ui.facilitator.live import LiveScreen
from coachkit.ui.facilitator.observe import ObserveScreen
from coachkit.ui.facilitator.plan import PlanScreen
from coachkit.ui.facilitator.run import RunScreen
from coachkit.ui.facilitator.session import RoomCtx
from coachkit.ui.phone.join_screen import JoinScreen
from coachkit.ui.phone.role_card import RoleCardScreen


def routes() -> list[ft.Route]:
    """Top-level routes of the facilitator side (plan, run and live stack over the code screen)."""
    return [
        ft.Route(
            path="facilitator",
            component=FacilitatorHome,
            children=[
                ft.Route(path="plan", component=PlanScreen),
                ft.Route(path="run", component=RunScreen),
                ft.Route(path="live", component=LiveScreen),
            ],
        ),
        ft.Route(path="observe", component=ObserveScreen),
        ft.Route(
            path="join",
            component=JoinScreen,
            children=[
                ft.Route(path="role", component=RoleCardScreen),
                ft.Route(path="observe", component=ObserveScreen),
            ],
        ),
    ]


def make_main(room: LiveRoom) -> Callable[[ft.Page], None]:
    """A standalone entry point with only these screens, over ``room`` (the participant app wires
    its own through ``Services.room``)."""

    @ft.component
    def App() -> ft.Control:
        return RoomCtx(
            room,
            lambda: ft.Router(
                [ft.Route(index=True, component=JoinScreen), *routes()], manage_views=True
            ),
        )

    def main(page: ft.Page) -> None:
        page.render_views(App)

    return main


__all__ = ["ReportRound", "join_room", "make_main", "report_round", "routes"]
