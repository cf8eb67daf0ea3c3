"""The run state a room follows: the facilitator's current section and, per person, their round.

The projector builds a :class:`RunState` each time the facilitator moves (a key press) and the
server hands it to every joined phone. A phone finds its own :class:`Assignment` by the name the
participant gave, matched against the names the facilitator typed: exactly (case and spaces
forgiven), else by a first name only one person in the plan has. A phone without a name, or a room
without a plan or names, still gets the section and exercise, just no role.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from coachkit.workshop.rotation import Group, Round

PRACTICE_KINDS = frozenset({"triad-round", "observed-session"})
"""Blocks in which the groups practise and roles rotate (one rotation round per block)."""
ROLES = ("coach", "coachee", "observer")


def _key(name: Any) -> str:
    text = unicodedata.normalize("NFC", str(name))
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Assignment:
    """One person's part in the current round."""

    group: int
    """1-based group number."""
    role: str
    """``"coach"``, ``"coachee"`` or ``"observer"``."""
    coach: str
    coachee: str
    observers: tuple[str, ...]
    repeat: bool = False
    """This round repeats an earlier one of the group (a smaller group than the cycle)."""

    @property
    def others(self) -> tuple[str, ...]:
        """The observers other than the person themself (for an observer: the other observers)."""
        return self.observers


@dataclass(frozen=True)
class RunState:
    """What every phone in the room needs to know about the facilitator's current section."""

    version: int
    section: int
    """Index of the current block in the plan."""
    sections: int
    kind: str
    """The block's kind (``triad-round``, ``break``, ``debrief``, ...)."""
    title: Mapping[str, str]
    """The block's title per language (``fi``, ``en``)."""
    exercise: str | None = None
    exercise_title: Mapping[str, str] | None = None
    round: int | None = None
    """1-based practice round of this block, None outside practice blocks."""
    rounds: int = 0
    """How many practice rounds the plan has."""
    groups: tuple[Group, ...] = ()
    paused: bool = False
    done: bool = False
    next_title: Mapping[str, str] | None = None
    names: tuple[str, ...] = field(default=())
    """Names the facilitator typed (empty: an anonymous room)."""

    @property
    def practice(self) -> bool:
        """True in a block where the groups practise."""
        return self.kind in PRACTICE_KINDS and self.round is not None

    def assignment(self, name: str | None) -> Assignment | None:
        """The role of the person called ``name`` in this round, or None (no name, no match,
        not a practice block)."""
        if not name or not self.practice or not self.groups:
            return None
        person = match_name(name, self.names or _everyone(self.groups))
        if person is None:
            return None
        for number, group in enumerate(self.groups, start=1):
            if person not in group.members:
                continue
            role = (
                "coach"
                if person == group.coach
                else "coachee"
                if person == group.coachee
                else "observer"
            )
            return Assignment(
                number,
                role,
                str(group.coach),
                str(group.coachee),
                tuple(str(o) for o in group.observers),
                group.repeat,
            )
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what a phone is told)."""
        return {
            "version": self.version,
            "section": self.section,
            "sections": self.sections,
            "kind": self.kind,
            "title": dict(self.title),
            "exercise": self.exercise,
            "round": self.round,
            "rounds": self.rounds,
            "groups": [g.to_dict() for g in self.groups],
            "paused": self.paused,
            "done": self.done,
        }


def _everyone(groups: Sequence[Group]) -> tuple[str, ...]:
    return tuple(str(p) for g in groups for p in g.members)


def match_name(name: str, names: Sequence[Any]) -> Any | None:
    """The plan's person that ``name`` (typed on a phone) stands for, or None.

    Exact match first (case, accents' composition and spaces forgiven), then a first name that
    exactly one person in the plan has ("aino" -> "Aino K."). Numbers (an anonymous plan) never
    match a typed name.
    """
    wanted = _key(name)
    if not wanted:
        return None
    named = [n for n in names if isinstance(n, str)]
    exact = [n for n in named if _key(n) == wanted]
    if len(exact) == 1:
        return exact[0]
    first = wanted.split(" ")[0]
    by_first = [n for n in named if _key(n).split(" ")[0] == first]
    return by_first[0] if len(by_first) == 1 else None


def round_of(rounds: Sequence[Round], practice_index: int | None) -> Round | None:
    """The rotation round a practice block plays (cycling when the plan has more blocks)."""
    if practice_index is None or not rounds:
        return None
    return rounds[practice_index % len(rounds)]
