"""The observer's tally: taps per behaviour, a timer, undo, and MITI-style figures.

The figures match a role-play summary so that a live triad and a simulated session read the same:
``open_share`` is open questions out of all questions (open, closed and leading), and
``reflection_ratio`` is reflections plus summaries per question, banded good (>= 2), fair (>= 1)
or low. With no questions yet, ``open_share`` is 0 and the ratio is reflections per one question.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MARKS = ("open", "closed", "leading", "advice", "reflection", "summary", "interruption", "silence")
QUESTION_MARKS = ("open", "closed", "leading")


def reflection_band(ratio: float) -> str:
    """``"good"`` for 2 or more reflections per question, ``"fair"`` for 1 or more, else ``"low"``.

    Args:
        ratio: reflections and summaries per question.
    """
    if ratio >= 2:
        return "good"
    if ratio >= 1:
        return "fair"
    return "low"


@dataclass(frozen=True)
class Mark:
    """One tap: what was seen and when (seconds on the tally's timer)."""

    kind: str
    at: float


@dataclass(frozen=True)
class TallySummary:
    """Counts and the MITI-style figures of one observed round."""

    counts: dict[str, int]
    questions: int
    open_share: float
    reflection_ratio: float
    reflection_band: str
    advice: int
    leading: int
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the same keys as a role-play summary's figures."""
        return {
            "counts": dict(self.counts),
            "questions": self.questions,
            "open_share": self.open_share,
            "reflection_ratio": self.reflection_ratio,
            "reflection_band": self.reflection_band,
            "advice": self.advice,
            "leading": self.leading,
            "seconds": self.seconds,
        }


class Tally:
    """Counts of what an observer saw, with a pausable timer driven by an injected clock.

    Args:
        clock: monotonic seconds (``time.monotonic`` by default; a fake in tests).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._marks: list[Mark] = []
        self._elapsed = 0.0
        self._since: float | None = None

    # --- timer ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while the timer runs."""
        return self._since is not None

    def start(self) -> None:
        """Start or resume the timer (no effect when it runs)."""
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        """Pause the timer (no effect when it is paused)."""
        if self._since is not None:
            self._elapsed += self._clock() - self._since
            self._since = None

    def elapsed(self) -> float:
        """Seconds the timer has run, pauses excluded."""
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._elapsed + running

    # --- marks ----------------------------------------------------------------------------------

    def mark(self, kind: str) -> Mark:
        """Count one ``kind`` (one of ``MARKS``) at the current timer reading."""
        if kind not in MARKS:
            raise ValueError(f"unknown tally mark '{kind}': use one of {', '.join(MARKS)}")
        tap = Mark(kind, round(self.elapsed(), 1))
        self._marks.append(tap)
        return tap

    def undo(self) -> Mark | None:
        """Take back the last tap; returns it, or None when there was none."""
        return self._marks.pop() if self._marks else None

    def reset(self) -> None:
        """Clear every tap and the timer."""
        self._marks.clear()
        self._elapsed = 0.0
        self._since = None

    @property
    def marks(self) -> tuple[Mark, ...]:
        """Every tap so far, in order."""
        return tuple(self._marks)

    def counts(self) -> dict[str, int]:
        """Taps per kind, every kind present (zero when untapped)."""
        seen = Counter(m.kind for m in self._marks)
        return {kind: seen[kind] for kind in MARKS}

    def summary(self) -> TallySummary:
        """The figures of the round so far (see the module docstring)."""
        counts = self.counts()
        questions = sum(counts[k] for k in QUESTION_MARKS)
        reflections = counts["reflection"] + counts["summary"]
        ratio = round(reflections / max(questions, 1), 2)
        return TallySummary(
            counts=counts,
            questions=questions,
            open_share=round(counts["open"] / questions, 3) if questions else 0.0,
            reflection_ratio=ratio,
            reflection_band=reflection_band(ratio),
            advice=counts["advice"],
            leading=counts["leading"],
            seconds=round(self.elapsed(), 1),
        )
