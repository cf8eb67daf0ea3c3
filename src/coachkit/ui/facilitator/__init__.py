"""Facilitator and observer screens of the Flet app, and the participant's side of the live room.

routes()                      # ft.Route list: facilitator, facilitator/plan|run|live, observe, join
report_round(page, summary)   # share a finished round's numbers with the room
ReportRound(summary)          # the button for a summary screen
"""

from __future__ import annotations

import flet as ft

from coachkit.ui.facilitator.home import FacilitatorHome
from coachkit.ui.facilitator.join import JoinScreen, ReportRound, join_room, report_round
from coachkit.ui.facilitator.live import LiveScreen
from coachkit.ui.facilitator.observe import ObserveScreen
from coachkit.ui.facilitator.plan import PlanScreen
from coachkit.ui.facilitator.run import RunScreen


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
        ft.Route(path="join", component=JoinScreen),
    ]


def main(page: ft.Page) -> None:
    """A standalone entry point with only these screens (the participant app wires its own)."""

    @ft.component
    def App() -> list[ft.View]:
        return ft.Router([ft.Route(index=True, component=JoinScreen), *routes()], manage_views=True)

    page.render_views(App)


__all__ = ["ReportRound", "join_room", "main", "report_round", "routes"]
