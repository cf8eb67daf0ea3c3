"""The measures a round's score is made of, read from a saved summary, and their trend.

A summary is read tolerantly: the saved dict of older rounds and the role-play engine's typed
summary model give the same :class:`Measures`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from coachkit.roleplay.summary import Summary

if TYPE_CHECKING:
    from coachkit.store import RoundRecord

SavedSummary = Mapping[str, Any] | BaseModel | None
"""A round's summary: the JSON dict the store keeps (None while the round is open), or a model
such as the role-play engine's ``Summary``."""

MEASURES = ("open_share", "reflection_ratio", "advice", "commitment")
"""The four trends the history screen draws, in order."""

HIGHER_IS_BETTER = {
    "open_share": True,
    "reflection_ratio": True,
    "advice": False,
    "commitment": True,
}


def as_dict(summary: SavedSummary) -> dict[str, Any]:
    """A summary as a plain dict: a dict as is, a pydantic model dumped, None as {}."""
    if summary is None:
        return {}
    if isinstance(summary, dict):
        return summary
    if isinstance(summary, BaseModel):
        return summary.model_dump()
    return dict(summary)


@dataclass(frozen=True)
class Measures:
    """One round's measures. ``advice`` is the number of advice turns."""

    open_share: float = 0.0
    reflection_ratio: float = 0.0
    advice: float = 0.0
    commitment: float = 0.0
    """1.0 when the supervisor reached a step of their own (a share when averaged over rounds)."""
    overall: float = 0.0
    questions: int = 0
    turns: int = 0
    grow_covered: tuple[str, ...] = ()

    def get(self, name: str) -> float:
        return float(getattr(self, name))


def measures_of(summary: SavedSummary) -> Measures:
    """The measures of one saved summary (dict of any version, or model), read through the typed
    :class:`~coachkit.roleplay.summary.Summary`; missing or unreadable fields count as 0."""
    s = Summary.load(as_dict(summary))
    return Measures(
        open_share=s.open_share,
        reflection_ratio=s.reflection_ratio,
        advice=float(s.advice),
        commitment=1.0 if s.commitment else 0.0,
        overall=float(s.overall),
        questions=s.questions,
        turns=s.turns,
        grow_covered=tuple(s.grow_covered),
    )


@dataclass(frozen=True)
class Point:
    """One point of a trend: a round, or the mean of a week's rounds."""

    label: str
    """Round number ("3") or ISO week ("2026-W49")."""
    measures: Measures
    rounds: int = 1


def _mean(values: list[Measures]) -> Measures:
    n = len(values) or 1
    return Measures(
        open_share=sum(m.open_share for m in values) / n,
        reflection_ratio=sum(m.reflection_ratio for m in values) / n,
        advice=sum(m.advice for m in values) / n,
        commitment=sum(m.commitment for m in values) / n,
        overall=sum(m.overall for m in values) / n,
        questions=round(sum(m.questions for m in values) / n),
        turns=round(sum(m.turns for m in values) / n),
    )


def by_round(rounds: Sequence[RoundRecord], first_number: int = 1) -> list[Point]:
    """One point per finished round, oldest first."""
    return [Point(str(n), measures_of(r.summary)) for n, r in enumerate(rounds, start=first_number)]


def week_of(finished: str) -> str:
    """ISO week label of a round's finishing time: "2026-W49"."""
    year, week, _ = dt.datetime.fromisoformat(finished).isocalendar()
    return f"{year}-W{week:02d}"


def by_week(rounds: Sequence[RoundRecord]) -> list[Point]:
    """The mean of each ISO week's finished rounds, oldest first."""
    weeks: dict[str, list[Measures]] = {}
    for r in rounds:
        if r.finished is None:
            continue
        weeks.setdefault(week_of(r.finished), []).append(measures_of(r.summary))
    return [Point(w, _mean(ms), len(ms)) for w, ms in sorted(weeks.items())]


@dataclass(frozen=True)
class Change:
    """How one measure of this round compares with the learner's earlier rounds."""

    measure: str
    now: float
    before: float
    """The mean of the earlier rounds of the same exercise."""
    better: bool | None
    """True improved, False got worse, None about the same."""


TOLERANCE = {"open_share": 0.05, "reflection_ratio": 0.1, "advice": 0.5, "commitment": 0.5}


def compare(current: SavedSummary, earlier: Sequence[SavedSummary]) -> list[Change]:
    """This round's measures against the mean of ``earlier`` summaries ([] when none)."""
    if not earlier:
        return []
    now = measures_of(current)
    before = _mean([measures_of(s) for s in earlier])
    out = []
    for name in MEASURES:
        a, b = now.get(name), before.get(name)
        diff = a - b if HIGHER_IS_BETTER[name] else b - a
        better = None if abs(a - b) < TOLERANCE[name] else diff > 0
        out.append(Change(name, a, b, better))
    return out


SHORT_ROUND = 6
"""Fewer coach turns than this is an early finish: the later GROW stages and the commitment
could not have been reached."""


def early_finish(summary: SavedSummary) -> tuple[int, list[str]] | None:
    """(turns, names of the score parts left at 0) when a round ended early without a
    commitment, else None. The summary screen uses it to explain a low score."""
    data = as_dict(summary)
    m = measures_of(data)
    turns = m.turns or m.questions
    if m.commitment or turns >= SHORT_ROUND or data.get("done"):
        return None
    empty = [
        str(p.get("name", ""))
        for p in data.get("parts") or []
        if isinstance(p, dict) and not p.get("points") and p.get("max")
    ]
    return turns, empty
