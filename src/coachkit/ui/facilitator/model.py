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
from coachkit.workshop.rotation import Fit, fit
from coachkit.workshop.run_state import PRACTICE_KINDS, RunState, round_of

ROUND_KINDS = PRACTICE_KINDS
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
    names_text: str = ""
    """The names field as typed (``names`` is what it parses to)."""
    largest: int = 4
    """Largest group: 4 (threes and fours) or 3 (threes and pairs)."""
    accepted_short: bool = False
    """The facilitator accepted that some do not coach within the plan's rounds."""

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
        return rotate(self._people(), seed=self.seed, largest=self.largest).rounds

    def _people(self) -> list[str] | int:
        """The names when at least two are typed, else the head count."""
        return self.names if len(self.names) >= 2 else self.people

    def fit(self) -> Fit | None:
        """How the rotation fits the plan's practice rounds (None when it cannot be made)."""
        if self.mode == "supervisor":
            return None
        try:
            rotation = rotate(self._people(), seed=self.seed, largest=self.largest)
        except RotationError:
            return None
        return fit(rotation, len(self.round_blocks()))

    def add_practice_rounds(self, count: int) -> bool:
        """Add ``count`` practice blocks after the last one (a copy of it), as a fix for a short
        plan; the start time and everything else stay."""
        blocks = self.round_blocks()
        if not blocks or count < 1:
            return False
        last = blocks[-1]
        template = self.plan.blocks[last]

        def edit(plan: Plan) -> Plan:
            from coachkit.workshop import add_block

            for i in range(count):
                plan = add_block(plan, template, last + 1 + i)
            return plan

        return self.apply(edit)

    def set_names_text(self, text: str) -> None:
        """Apply the names field as typed: the rotation follows every keystroke."""
        self.names_text = text
        self.names = parse_names(text)
        if len(self.names) >= 2:
            self.people = len(self.names)
        self.accepted_short = False

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
        self.accepted_short = False
        if self.names and len(self.names) != self.people:
            self.names = []
            self.names_text = ""


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
        self.version = 0

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
        return round_of(self.rounds, self.draft.round_of_block(self.timer.index))

    def practice_section(self) -> int | None:
        """The section whose results a reveal shows: the current practice block, else the last
        practice block before it (a debrief after the rounds)."""
        blocks = [i for i in self.draft.round_blocks() if i <= self.timer.index]
        return blocks[-1] if blocks else None

    def state(self) -> RunState:
        """What the phones follow (see :class:`~coachkit.workshop.run_state.RunState`)."""
        entry = self.entry
        block = entry.block
        nxt = self.next_entry()
        current = self.current_round()
        exercise = block.exercise if block.kind in EXERCISE_KINDS else None
        return RunState(
            version=self.version,
            section=self.timer.index,
            sections=len(self.agenda.entries),
            kind=block.kind,
            title=block.title.model_dump(),
            exercise=exercise,
            round=self.round_number(),
            rounds=len(self.draft.round_blocks()),
            groups=current.groups if current is not None else (),
            paused=not self.timer.running,
            done=self.timer.done,
            next_title=nxt.block.title.model_dump() if nxt is not None else None,
            names=tuple(self.draft.names),
        )

    def round_number(self) -> int | None:
        """1-based number of the current round, or None outside practice blocks."""
        which = self.draft.round_of_block(self.timer.index)
        return None if which is None else which + 1

    def key(self, key: str) -> bool:
        """A projector key: space toggles, ``n``/right arrow next block, ``p``/left arrow the
        previous one, ``+`` a minute more (see :class:`Timer`). True when the block changed."""
        name = KEYS.get(key.lower(), key)
        before = (self.timer.index, self.timer.done)
        self.timer.key(name)
        self.version += 1
        return (self.timer.index, self.timer.done) != before

    def poll_cue(self) -> bool:
        """True exactly once per block, when its time has just run out (play the chime)."""
        if self.timer.done or not self.timer.finished:
            return False
        if self._cued_index == self.timer.index:
            return False
        self._cued_index = self.timer.index
        return True


KEYS = {
    "space": " ",
    " ": " ",
    "arrow right": "n",
    "page down": "n",
    "arrow left": "p",
    "page up": "p",
    "=": "+",
    "numpad add": "+",
    "add": "+",
}
"""Keyboard key labels (as Flutter names them) -> the timer's keys."""


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
