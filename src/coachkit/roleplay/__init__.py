"""Role-play engine: a simulated supervisor who reacts to how the coach asks.

Pure Python: no flet, no I/O; randomness only from the session seed. See :mod:`.session` for the
state machine, :mod:`.reactions` for the rules and :mod:`.scoring` for the summary.

The names below are loaded when first used, not when the package is imported: a screen that only
needs :mod:`.summary` or a constant does not pay for the engine and the analyser behind it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachkit.roleplay.session import MODES, Session, SessionOver, rebuild, replay, start
    from coachkit.roleplay.state import Effects, Feedback, State, Turn

_HOME = {
    "MODES": "session",
    "Session": "session",
    "SessionOver": "session",
    "rebuild": "session",
    "replay": "session",
    "start": "session",
    "Effects": "state",
    "Feedback": "state",
    "State": "state",
    "Turn": "state",
}
"""Each public name and the module it lives in."""

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


def __getattr__(name: str) -> object:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'coachkit.roleplay' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"coachkit.roleplay.{module}"), name)
    globals()[name] = value
    return value
