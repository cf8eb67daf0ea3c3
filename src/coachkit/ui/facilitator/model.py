"""Facilitator state as plain Python: the draft workshop, the projector run, saved plans.

Nothing here imports flet: the screens keep one :class:`Draft` and one :class:`RunModel` per
session and re-render from them; tests drive them directly with a fake clock.
"""

from __future__ import annotations

import re
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coachkit.content.models import Plan
from coachkit.workshop import (
    Agenda,
    PlanError,
    RotationError,
    Round,
    Timer,
    build_agenda,
    plan_from_kinds,
    rotate,
    supervisor_rounds,
)
from coachkit.workshop.blocks import EXERCISE_KINDS
from coachkit.workshop.plan_toml import plan_to_toml

ROUND_KINDS = frozenset({"triad-round", "observed-session"})
"""Blocks in which the groups practise and the roles rotate (one rotation round per block)."""
DEFAULT_KINDS = ("intro", "method-talk", "demonstration", "triad-round", "triad-round")
DEFAULT_KINDS += ("triad-round", "break", "fishbowl", "debrief")
MAX_NAMES = 60
NAME_MAX = 30


def parse_names(text: str) -> list[str]:
    """Names from text (one per line or comma-separated), cleaned, unique, at most 60."""
    names: list[str] = []
    for raw in re.split(r"[\n,;]", text or ""):
        name = " ".join(raw.split())[:NAME_MAX]
        if name and name not in names:
            names.append(name)
    return names[:MAX_NAMES]


@dataclass
class Draft:
    """The workshop the facilitator is planning: a plan, a start time and the people.

    ``mode`` is ``"groups"`` (triads rotating roles) or ``"supervisor"`` (the source article's
    variant: one supervisor coached by the members one at a time).
    """

    plan: Plan = field(default_factory=lambda: plan_from_kinds(DEFAULT_KINDS))
    start: str = "09:00"
    people: int = 12
    names: list[str] = field(default_factory=list)
    mode: str = "groups"
    supervisor: str = ""
    seed: int | None = None
    error: str | None = None

    # --- derived --------------------------------------------------------------------------------

    def agenda(self) -> Agenda:
        """The plan on the clock from ``start`` (PlanError when it is not a time)."""
        return build_agenda(self.plan, self.start)

    def rounds(self) -> tuple[Round, ...]:
        """The practice rounds for the people given (raises RotationError when impossible)."""
        if self.mode == "supervisor":
            boss = self.supervisor.strip() or "S"
            members = [n for n in self.names if n != boss] or list(range(1, max(self.people, 2)))
            return supervisor_rounds(boss, members, observers=None)
        return rotate(self.names if self.names else self.people, seed=self.seed).rounds

    def round_blocks(self) -> list[int]:
        """Indexes of the blocks that play a rotation round, in order."""
        return [i for i, b in enumerate(self.plan.blocks) if b.kind in ROUND_KINDS]

    def round_of_block(self, index: int) -> int | None:
        """Which rotation round (0-based) block ``index`` plays, or None for other blocks."""
        blocks = self.round_blocks()
        return blocks.index(index) if index in blocks else None

    # --- edits (each keeps the old plan when the new one is invalid) ----------------------------

    def apply(self, edit: Callable[[Plan], Plan]) -> bool:
        """Replace the plan with ``edit(plan)``; on PlanError keep it and set ``error``."""
        try:
            plan = edit(self.plan)
            build_agenda(plan, self.start)
        except PlanError as exc:
            self.error = str(exc)
            return False
        self.plan, self.error = plan, None
        return True

    def set_start(self, text: str) -> bool:
        """Set the start time (``HH:MM``); an invalid time is kept out and reported."""
        text = text.strip().replace(".", ":")
        if re.fullmatch(r"\d:\d\d", text):
            text = "0" + text
        try:
            build_agenda(self.plan, text)
        except PlanError as exc:
            self.error = str(exc)
            return False
        self.start, self.error = text, None
        return True

    def set_people(self, count: int) -> None:
        """Set the head count (2..200) and forget names that no longer match it."""
        self.people = max(2, min(200, int(count)))
        if self.names and len(self.names) != self.people:
            self.names = []


def exercise_kinds() -> frozenset[str]:
    """Block kinds whose exercise can be chosen."""
    return EXERCISE_KINDS


# --- saving and loading plans ---------------------------------------------------------------------


def plan_text(plan: Plan) -> str:
    """The plan as TOML text (what the store keeps)."""
    return plan_to_toml(plan)


def plan_from_text(text: str) -> Plan:
    """A plan back from TOML text; raises PlanError naming the problem."""
    try:
        return Plan.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        raise PlanError("plan", str(exc).splitlines()[0]) from None


def safe_plan_id(title: str) -> str:
    """An id for a saved plan from its title: lowercase letters, digits and dashes."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return (base or "my-plan")[:40].strip("-") or "my-plan"


# --- the projector run ----------------------------------------------------------------------------


class RunModel:
    """The projector's state: a countdown through the agenda plus who coaches in each round.

    Args:
        draft: the workshop being run.
        clock: monotonic seconds.
        lang: language of block titles.
    """

    def __init__(
        self, draft: Draft, clock: Callable[[], float] = time.monotonic, lang: str = "en"
    ) -> None:
        self.draft = draft
        self.agenda = draft.agenda()
        self.timer = Timer.from_agenda(self.agenda, clock, lang)
        self.lang = lang
        try:
            self.rounds: tuple[Round, ...] = draft.rounds()
            self.rotation_error: str | None = None
        except RotationError as exc:
            self.rounds, self.rotation_error = (), str(exc)
        self._cued_index: int | None = None

    @property
    def entry(self) -> Any:
        """The current agenda entry."""
        return self.agenda.entries[self.timer.index]

    def next_entry(self) -> Any | None:
        """The following agenda entry, or None at the last block."""
        at = self.timer.index + 1
        return self.agenda.entries[at] if at < len(self.agenda.entries) else None

    def current_round(self) -> Round | None:
        """The rotation round of the current block (cycling when there are more blocks)."""
        which = self.draft.round_of_block(self.timer.index)
        if which is None or not self.rounds:
            return None
        return self.rounds[which % len(self.rounds)]

    def round_number(self) -> int | None:
        """1-based number of the current round, or None outside practice blocks."""
        which = self.draft.round_of_block(self.timer.index)
        return None if which is None else which + 1

    def key(self, key: str) -> None:
        """Space toggles the countdown, ``n`` goes to the next block (see :class:`Timer`)."""
        self.timer.key(" " if key.lower() in (" ", "space") else key)

    def poll_cue(self) -> bool:
        """True exactly once per block, when its time has just run out (play the chime)."""
        if self.timer.done or not self.timer.finished:
            return False
        if self._cued_index == self.timer.index:
            return False
        self._cued_index = self.timer.index
        return True


def clock_text(seconds: int) -> str:
    """``mm:ss`` (or ``h:mm:ss`` past an hour)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def group_lines(round_: Round | None) -> list[tuple[int, Any, Any, Sequence[Any]]]:
    """(group number, coach, coachee, observers) for each group of a round."""
    if round_ is None:
        return []
    return [(i + 1, g.coach, g.coachee, g.observers) for i, g in enumerate(round_.groups)]


def tally_to_room_summary(summary: dict[str, Any]) -> dict[str, Any]:
    """An observer's tally summary as a room round (numbers only, the same keys as a role-play).

    The tally has no overall score and no commitment; those are left out rather than guessed.
    """
    counts = summary.get("counts", {})
    kinds = {k: counts.get(k, 0) for k in ("open", "closed", "leading", "advice", "reflection")}
    kinds["summary"] = counts.get("summary", 0)
    return {
        "open_share": summary.get("open_share", 0.0),
        "leading": summary.get("leading", 0),
        "advice": summary.get("advice", 0),
        "reflection_ratio": min(summary.get("reflection_ratio", 0.0), 1000.0),
        "kinds": kinds,
    }
