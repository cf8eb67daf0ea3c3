"""Role-play engine: a simulated supervisor who reacts to how the coach asks.

Pure Python: no flet, no I/O; randomness only from the session seed. See :mod:`.session` for the
state machine, :mod:`.reactions` for the rules and :mod:`.scoring` for the summary.
"""

from __future__ import annotations

from coachkit.roleplay.session import MODES, Session, SessionOver, rebuild, replay, start
from coachkit.roleplay.state import Effects, Feedback, State, Turn

__all__ = [
    "MODES",
    "Effects",
    "Feedback",
    "Session",
    "SessionOver",
    "State",
    "Turn",
    "rebuild",
    "replay",
    "start",
]
