"""Progress over rounds, what to practise next, and short drills (plain Python, no flet).

from coachkit.progress import measures_of, by_round, by_week, compare, milestones_at, suggest
"""

from __future__ import annotations

from coachkit.progress.drill import DrillItem, Verdict, check, pick_items, review, weak_items
from coachkit.progress.measures import (
    MEASURES,
    Change,
    Measures,
    Point,
    by_round,
    by_week,
    compare,
    early_finish,
    measures_of,
)
from coachkit.progress.milestones import MILESTONES, milestones_at, reached
from coachkit.progress.suggest import FOCUSES, Focus, Suggestion, suggest

__all__ = [
    "FOCUSES",
    "MEASURES",
    "MILESTONES",
    "Change",
    "DrillItem",
    "Focus",
    "Measures",
    "Point",
    "Suggestion",
    "Verdict",
    "by_round",
    "by_week",
    "check",
    "compare",
    "early_finish",
    "measures_of",
    "milestones_at",
    "pick_items",
    "reached",
    "review",
    "suggest",
    "weak_items",
]
