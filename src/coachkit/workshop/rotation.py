"""Groups for practice rounds and the rotation of coach, coachee and observer roles.

Group sizes (``group_sizes``)
-----------------------------
Threes (triads) are preferred. When the count does not divide by three:

* remainder 1 -> one group of four (4 = one four, 7 = 3+4, 10 = 3+3+4, ...);
* remainder 2 -> two groups of four (8 = 4+4, 11 = 3+4+4, ...);
* only where threes and fours cannot make the count is a pair used: 2 = one pair, 5 = 3+2.
  Every count from 6 upwards is made of threes and fours: 2 and 5 are the only counts with a pair.

There is never a group of one, and a group never has more than four people.

Rotation (``rotate``)
---------------------
A cycle has as many rounds as the largest group has people. In a group of ``k`` members
``m0..m(k-1)``, round ``r`` has coach ``m[r]``, coachee ``m[r+1]`` and the others observing, so
the coach of one round observes in the next (a suggested triad rotation). Over a group's own ``k``
rounds everyone coaches once and is coached once; in a triad everyone also observes once, in a four
twice, and in a pair there is no observer. A group smaller than the cycle *repeats* its first rounds
in the extra rounds (marked ``repeat``): that round's coach gets a second go with the feedback in
mind, as in a coaching dojo's repeat after the debrief. Nobody sits out.

Everything is deterministic: without a seed people keep their given order; with a seed they are
shuffled by ``random.Random(seed)`` first.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

MIN_PEOPLE = 2
MAX_PEOPLE = 200

Person = Hashable
"""A participant: a name (str) or a number (int)."""


class RotationError(ValueError):
    """The people given cannot be grouped (too few, too many, duplicates)."""


@dataclass(frozen=True)
class Group:
    """One group in one round: who coaches whom, and who observes."""

    coach: Person
    coachee: Person
    observers: tuple[Person, ...] = ()
    repeat: bool = False
    """True when this round repeats an earlier one because the group is smaller than the cycle."""

    @property
    def members(self) -> tuple[Person, ...]:
        """Everyone in the group this round."""
        return (self.coach, self.coachee, *self.observers)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: ``{"coach": ..., "coachee": ..., "observers": [...]}``."""
        return {"coach": self.coach, "coachee": self.coachee, "observers": list(self.observers)}


@dataclass(frozen=True)
class Round:
    """One round: every group practising at the same time, and anyone resting."""

    groups: tuple[Group, ...]
    resting: tuple[Person, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape ``{"groups": [...]}``, and ``"resting"`` when anyone rests."""
        out: dict[str, Any] = {"groups": [group.to_dict() for group in self.groups]}
        if self.resting:
            out["resting"] = list(self.resting)
        return out


@dataclass(frozen=True)
class Rotation:
    """Groups and the rounds of one cycle."""

    groups: tuple[tuple[Person, ...], ...]
    rounds: tuple[Round, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``coachkit workshop rotate --json``: ``{"rounds": [...]}``."""
        return {"rounds": [r.to_dict() for r in self.rounds]}


def group_sizes(count: int, largest: int = 4) -> list[int]:
    """Sizes of the groups for ``count`` people (see the module docstring for the rule).

    Args:
        count: number of people, at least 2.
        largest: 4 (threes and fours, the rule above) or 3 (threes and pairs, no fours: every
            group then rotates within three rounds; 4 = 2+2, 7 = 3+2+2, 8 = 3+3+2).

    Returns:
        Group sizes, threes first, then fours, a pair last (only for 2 and 5).

    Raises:
        RotationError: for fewer than two people.
    """
    if count < MIN_PEOPLE:
        raise RotationError(f"need at least {MIN_PEOPLE} people, got {count}")
    if count == 2:
        return [2]
    if largest == 3:
        pairs = {0: 0, 1: 2, 2: 1}[count % 3]
        return [3] * ((count - 2 * pairs) // 3) + [2] * pairs
    if count == 5:
        return [3, 2]
    fours = {0: 0, 1: 1, 2: 2}[count % 3]
    threes = (count - 4 * fours) // 3
    return [3] * threes + [4] * fours


def people_from(count_or_names: int | Sequence[Person]) -> list[Person]:
    """People numbered 1..N for a count, or the given names, checked for duplicates and limits."""
    if isinstance(count_or_names, int):
        people: list[Person] = list(range(1, count_or_names + 1))
        count = count_or_names
    else:
        people = list(count_or_names)
        count = len(people)
        seen: set[Person] = set()
        for person in people:
            if person in seen:
                raise RotationError(f"duplicate participant {person!r}")
            seen.add(person)
    if not MIN_PEOPLE <= count <= MAX_PEOPLE:
        raise RotationError(f"people must be {MIN_PEOPLE}..{MAX_PEOPLE}, got {count}")
    return people


def make_groups(
    count_or_names: int | Sequence[Person], seed: int | None = None, largest: int = 4
) -> tuple[tuple[Person, ...], ...]:
    """Split people into groups by ``group_sizes``; shuffled first when a seed is given."""
    people = people_from(count_or_names)
    if seed is not None:
        random.Random(seed).shuffle(people)
    groups = []
    at = 0
    for size in group_sizes(len(people), largest):
        groups.append(tuple(people[at : at + size]))
        at += size
    return tuple(groups)


def group_round(members: Sequence[Person], index: int) -> Group:
    """Roles in round ``index`` for one group; rounds past the group's size repeat earlier ones."""
    k = len(members)
    r = index % k
    ordered = [members[(r + i) % k] for i in range(k)]
    return Group(ordered[0], ordered[1], tuple(ordered[2:]), repeat=index >= k)


def rotate(
    count_or_names: int | Sequence[Person], seed: int | None = None, largest: int = 4
) -> Rotation:
    """Groups and a full cycle of role rotation.

    Args:
        count_or_names: a number of people (they are numbered 1..N) or a list of names.
        seed: shuffle people with this seed before grouping; None keeps their order.
        largest: the largest group (4, or 3 for threes and pairs only).

    Returns:
        A :class:`Rotation` with as many rounds as the largest group has members.

    Raises:
        RotationError: too few or too many people, or duplicate names.
    """
    groups = make_groups(count_or_names, seed, largest)
    cycle = max(len(g) for g in groups)
    rounds = tuple(Round(tuple(group_round(g, r) for g in groups)) for r in range(cycle))
    return Rotation(groups, rounds)


def supervisor_rounds(
    supervisor: Person, members: Sequence[Person], observers: int | None = None
) -> tuple[Round, ...]:
    """The source article's variant: team members coach their supervisor one at a time.

    Each round one member coaches the supervisor. Of the other members, the next ``observers`` in
    turn observe and the rest rest; ``observers=None`` lets every other member observe.

    Args:
        supervisor: the coachee in every round.
        members: team members, each coaching once, in this order.
        observers: how many others observe each round (None: all of them).

    Raises:
        RotationError: no members, duplicates, the supervisor among members, or observers < 0.
    """
    members = list(members)
    if not members:
        raise RotationError("need at least one team member to coach the supervisor")
    if len(set(members)) != len(members):
        raise RotationError("duplicate team member")
    if supervisor in members:
        raise RotationError(f"the supervisor {supervisor!r} is also listed as a team member")
    if observers is not None and observers < 0:
        raise RotationError("observers must be 0 or more")
    rounds = []
    k = len(members)
    for r, coach in enumerate(members):
        others = [members[(r + i) % k] for i in range(1, k)]
        take = len(others) if observers is None else min(observers, len(others))
        group = Group(coach, supervisor, tuple(others[:take]))
        rounds.append(Round((group,), resting=tuple(others[take:])))
    return tuple(rounds)


@dataclass(frozen=True)
class Fit:
    """How a rotation fits the practice rounds a plan has."""

    needed: int
    """Rounds the rotation needs so that everyone coaches once."""
    planned: int
    """Practice rounds in the plan."""
    never_coach: tuple[Person, ...]
    """People who do not get to coach within the planned rounds."""
    repeats: int
    """Group rounds within the planned rounds that repeat an earlier one (marked ``repeat``)."""

    @property
    def short(self) -> bool:
        """True when the plan has practice rounds but fewer than the rotation needs."""
        return 0 < self.planned < self.needed


def fit(rotation: Rotation, planned: int) -> Fit:
    """Who coaches and what repeats when ``rotation`` is played over ``planned`` rounds.

    Rounds past the cycle start the cycle again (as the projector does), so every round past the
    cycle is a repeat for every group.
    """
    rounds = rotation.rounds
    played = [rounds[i % len(rounds)] for i in range(planned)] if rounds else []
    coached = {g.coach for r in played for g in r.groups}
    everyone = [p for group in rotation.groups for p in group]
    repeats = sum(1 for i, r in enumerate(played) for g in r.groups if g.repeat or i >= len(rounds))
    return Fit(len(rounds), planned, tuple(p for p in everyone if p not in coached), repeats)
