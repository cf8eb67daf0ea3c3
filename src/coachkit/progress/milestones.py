"""Milestones: the first time a learner reaches something worth a short, warm word.

Rules as data: each milestone is a test on one round's measures (and the number of rounds so
far). A milestone is reached once, at the first round that passes its test.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coachkit.progress.measures import Measures, SavedSummary, measures_of


@dataclass(frozen=True)
class Milestone:
    id: str
    test: Callable[[Measures, int], bool]
    """(this round's measures, its 1-based number) -> reached."""


MILESTONES: tuple[Milestone, ...] = (
    Milestone("first-commitment", lambda m, n: m.commitment >= 1),
    Milestone("reflections-2-to-1", lambda m, n: m.questions > 0 and m.reflection_ratio >= 2),
    Milestone("first-reflection", lambda m, n: m.reflection_ratio > 0),
    Milestone("no-advice", lambda m, n: m.questions >= 3 and m.advice == 0),
    Milestone("mostly-open", lambda m, n: m.questions >= 3 and m.open_share >= 0.8),
    Milestone("all-grow-stages", lambda m, n: len(set(m.grow_covered)) >= 4),
    Milestone("five-rounds", lambda m, n: n >= 5),
)


def reached(summaries: Sequence[SavedSummary]) -> list[tuple[str, int]]:
    """(milestone id, 1-based round number) of every milestone reached, in order of rounds."""
    got: dict[str, int] = {}
    for n, summary in enumerate(summaries, 1):
        m = measures_of(summary)
        for ms in MILESTONES:
            if ms.id not in got and ms.test(m, n):
                got[ms.id] = n
    return sorted(got.items(), key=lambda kv: (kv[1], [m.id for m in MILESTONES].index(kv[0])))


def milestones_at(summaries: Sequence[SavedSummary], number: int) -> list[str]:
    """The milestones first reached at round ``number`` (1-based) of ``summaries``."""
    return [mid for mid, n in reached(summaries[:number]) if n == number]
