"""Workshop core: plans and clock-time agendas, groups and role rotation, live room, tally, timer.

Pure Python: no UI framework, no network; time and randomness are injected.
"""

from __future__ import annotations

from coachkit.workshop.agenda import (
    Agenda,
    AgendaEntry,
    PlanError,
    add_block,
    build_agenda,
    move_block,
    plan_from_kinds,
    plan_from_template,
    remove_block,
    set_exercise,
    set_minutes,
)
from coachkit.workshop.blocks import DEFAULT_MINUTES
from coachkit.workshop.plan_toml import plan_to_toml
from coachkit.workshop.room import Room, RoomError
from coachkit.workshop.rotation import (
    Group,
    Rotation,
    RotationError,
    Round,
    rotate,
    supervisor_rounds,
)
from coachkit.workshop.stats import Aggregates
from coachkit.workshop.tally import Tally
from coachkit.workshop.timer import Timer

__all__ = [
    "DEFAULT_MINUTES",
    "Aggregates",
    "Agenda",
    "AgendaEntry",
    "Group",
    "PlanError",
    "Room",
    "RoomError",
    "Rotation",
    "RotationError",
    "Round",
    "Tally",
    "Timer",
    "add_block",
    "build_agenda",
    "move_block",
    "plan_from_kinds",
    "plan_from_template",
    "plan_to_toml",
    "remove_block",
    "rotate",
    "set_exercise",
    "set_minutes",
    "supervisor_rounds",
]
