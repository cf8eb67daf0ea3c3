"""Numbers-only records of practice rounds and the running aggregates over them.

The aggregates are kept up to date as rounds come and go (sorted lists for the medians, counters for
the kinds), so reading them costs the same in a room of 10 or of 200 participants.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

KINDS = ("open", "closed", "leading", "advice", "reflection", "summary", "other")
"""Question kinds counted per round; other keys in a summary's ``kinds`` are ignored."""
STAGES = ("goal", "reality", "options", "will")
"""GROW stages; a round counts the coach's turns spent in each."""
SOURCES = ("roleplay", "tally")
"""Where a round's numbers come from: a simulated role-play, or an observer's tally of a live triad.
The two are never mixed in one aggregate."""


@dataclass(frozen=True)
class RoundRecord:
    """One practice round: numbers only."""

    seq: int
    minute: int
    open_share: float
    leading: int
    advice: int
    reflection_ratio: float
    overall: float | None
    """None for a round with no score (an observer's tally)."""
    commitment: bool | None
    """None for a round with no commitment to reach (an observer's tally)."""
    kinds: tuple[tuple[str, int], ...]
    section: int | None = None
    """The workshop section (plan block index) the round was played in, when known."""
    source: str = "roleplay"
    """``"roleplay"`` or ``"tally"`` (see ``SOURCES``)."""
    grow: tuple[tuple[str, int], ...] = ()
    """Coach turns per GROW stage (numbers only)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``kinds`` and ``grow`` as dicts)."""
        return {
            "round": self.seq,
            "minute": self.minute,
            "open_share": self.open_share,
            "leading": self.leading,
            "advice": self.advice,
            "reflection_ratio": self.reflection_ratio,
            "overall": self.overall,
            "commitment": self.commitment,
            "kinds": dict(self.kinds),
            "section": self.section,
            "source": self.source,
            "grow": dict(self.grow),
        }


@dataclass(frozen=True)
class Aggregates:
    """What the facilitator sees: counts and medians, never a text or an id."""

    joined: int
    rounds: int
    median_open_pct: float | None
    median_overall: float | None
    median_reflection_ratio: float | None
    commitment_pct: float | None
    top_kinds: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "joined": self.joined,
            "rounds": self.rounds,
            "median_open_pct": self.median_open_pct,
            "median_overall": self.median_overall,
            "median_reflection_ratio": self.median_reflection_ratio,
            "commitment_pct": self.commitment_pct,
            "top_kinds": [list(pair) for pair in self.top_kinds],
        }


def _median(ordered: list[float]) -> float | None:
    n = len(ordered)
    if not n:
        return None
    mid = n // 2
    value = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return round(float(value), 2)


class RoundStats:
    """Running aggregates over a changing set of rounds (not thread-safe: the room locks)."""

    def __init__(self) -> None:
        self.rounds = 0
        self.commitments = 0
        self.scored = 0
        """Rounds with a commitment figure (role-plays; tallies have none)."""
        self.kinds: Counter[str] = Counter()
        self._open: list[float] = []
        self._overall: list[float] = []
        self._reflection: list[float] = []

    def _columns(self, record: RoundRecord) -> Iterator[tuple[list[float], float]]:
        yield self._open, 100 * record.open_share
        if record.overall is not None:
            yield self._overall, record.overall
        yield self._reflection, record.reflection_ratio

    def add(self, record: RoundRecord) -> None:
        """Count one more round."""
        self.rounds += 1
        if record.commitment is not None:
            self.scored += 1
            self.commitments += record.commitment
        self.kinds.update(dict(record.kinds))
        for column, value in self._columns(record):
            bisect.insort(column, value)

    def remove(self, record: RoundRecord) -> None:
        """Stop counting a round that was added."""
        self.rounds -= 1
        if record.commitment is not None:
            self.scored -= 1
            self.commitments -= record.commitment
        self.kinds.subtract(dict(record.kinds))
        for column, value in self._columns(record):
            del column[bisect.bisect_left(column, value)]

    def snapshot(self, joined: int) -> Aggregates:
        """The aggregates now, with ``joined`` participants."""
        top = sorted(
            ((k, n) for k, n in self.kinds.items() if n > 0),
            key=lambda pair: (-pair[1], KINDS.index(pair[0])),
        )[:3]
        return Aggregates(
            joined=joined,
            rounds=self.rounds,
            median_open_pct=_median(self._open),
            median_overall=_median(self._overall),
            median_reflection_ratio=_median(self._reflection),
            commitment_pct=round(100 * self.commitments / self.scored, 1) if self.scored else None,
            top_kinds=tuple(top),
        )
