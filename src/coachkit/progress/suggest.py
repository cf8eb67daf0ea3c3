"""What to practise next: one skill to focus on and the exercise that trains it, from the
learner's own recent rounds.

Rules as data (:data:`FOCUSES`), tried in order; the first whose test holds on the mean of the
last rounds is the focus. With no rounds yet the focus is the first skill of the course.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachkit.progress.measures import Measures, _mean, measures_of

if TYPE_CHECKING:
    from coachkit.content.models import Exercise
    from coachkit.store import RoundRecord

RECENT = 3
"""How many of the latest rounds the suggestion looks at."""
LEVELS = {"beginner": 0, "intermediate": 1, "advanced": 2}


@dataclass(frozen=True)
class Focus:
    id: str
    skill: str
    """The library skill that trains it."""
    test: Callable[[Measures], bool]
    """Holds when the recent rounds show this as the thing to work on."""


FOCUSES: tuple[Focus, ...] = (
    Focus("hold-back-advice", "holding-back-advice", lambda m: m.advice >= 1),
    Focus("ask-open", "open-questions", lambda m: m.open_share < 0.6),
    Focus("reflect-before-asking", "reflecting", lambda m: m.reflection_ratio < 1),
    Focus("close-with-commitment", "closing-with-commitment", lambda m: m.commitment < 0.5),
    Focus("summarise", "summarising", lambda m: True),
)
START = "ask-open"


@dataclass(frozen=True)
class Suggestion:
    focus: Focus
    exercise: Exercise | None
    """The exercise to play next, or None when none is installed."""
    recent: Measures | None
    """The mean of the recent rounds the focus was read from (None before the first round)."""


def focus_for(rounds: Sequence[RoundRecord]) -> tuple[Focus, Measures | None]:
    """The focus for ``rounds`` (oldest first) and the measures it was read
    from."""
    if not rounds:
        return next(f for f in FOCUSES if f.id == START), None
    recent = _mean([measures_of(r.summary) for r in rounds[-RECENT:]])
    return next(f for f in FOCUSES if f.test(recent)), recent


def suggest(rounds: Sequence[RoundRecord], exercises: Sequence[Exercise]) -> Suggestion:
    """The focus and the next exercise: one that trains the focus skill, never played first
    (easiest level first), else the one with the lowest last score."""
    focus, recent = focus_for(rounds)
    if not exercises:
        return Suggestion(focus, None, recent)
    last: dict[str, float] = {}
    for r in rounds:
        last[r.exercise] = measures_of(r.summary).overall
    training = [e for e in exercises if focus.skill in getattr(e, "skills", [])] or exercises
    fresh = [e for e in training if e.id not in last]
    if fresh:
        pick = min(fresh, key=lambda e: (LEVELS.get(e.level, 9), e.id))
    else:
        pick = min(training, key=lambda e: (last.get(e.id, 0), LEVELS.get(e.level, 9), e.id))
    return Suggestion(focus, pick, recent)
