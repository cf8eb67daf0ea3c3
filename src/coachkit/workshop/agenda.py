"""Clock-time agendas from workshop plans, and editing helpers that return new plans.

A :class:`~coachkit.content.models.Plan` is immutable; every helper here validates and returns a
new plan, or raises :class:`PlanError` naming the field (``blocks.2.minutes``) so the UI can point
at it. A plan that would run past midnight is refused: a workshop is a day's work and
``datetime.time`` has no "next day".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import time
from typing import Any

from pydantic import ValidationError

from coachkit.content.models import SCHEMA_VERSION, Block, LocalizedText, Plan
from coachkit.workshop.blocks import DEFAULT_MINUTES, EXERCISE_KINDS, block_of_kind

MINUTES_PER_DAY = 24 * 60
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class PlanError(ValueError):
    """A plan or an edit is not valid; ``field`` names what is wrong (``blocks.1.minutes``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class AgendaEntry:
    """One block with its clock times."""

    index: int
    block: Block
    start: time
    end: time

    @property
    def start_text(self) -> str:
        """Start as ``HH:MM``."""
        return format_hhmm(self.start)

    @property
    def end_text(self) -> str:
        """End as ``HH:MM``."""
        return format_hhmm(self.end)


@dataclass(frozen=True)
class Agenda:
    """A plan laid out on the clock."""

    plan: Plan
    entries: tuple[AgendaEntry, ...]
    start: time
    end: time
    total_minutes: int

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """A JSON-ready view with titles in ``lang``."""
        return {
            "id": self.plan.id,
            "title": self.plan.title.get(lang),
            "start": format_hhmm(self.start),
            "end": format_hhmm(self.end),
            "total_minutes": self.total_minutes,
            "blocks": [
                {
                    "index": e.index,
                    "kind": e.block.kind,
                    "title": e.block.title.get(lang),
                    "minutes": e.block.minutes,
                    "start": e.start_text,
                    "end": e.end_text,
                    "exercise": e.block.exercise,
                }
                for e in self.entries
            ],
        }


def parse_hhmm(value: str | time, field: str = "start") -> time:
    """``"09:30"`` (or a ``time``) -> ``time(9, 30)``; a bad value raises PlanError on ``field``."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    match = _HHMM.match(value.strip()) if isinstance(value, str) else None
    if not match:
        raise PlanError(field, f"'{value}' is not a time as HH:MM (00:00-23:59)")
    return time(int(match[1]), int(match[2]))


def format_hhmm(value: time) -> str:
    """``time(9, 5)`` -> ``"09:05"``."""
    return f"{value.hour:02d}:{value.minute:02d}"


def _at(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def build_agenda(plan: Plan, start: str | time | None = None) -> Agenda:
    """Lay a plan out on the clock.

    Args:
        plan: the plan.
        start: start time (``time`` or ``"HH:MM"``); the plan's own start when None.

    Returns:
        An :class:`Agenda` whose entries follow each other without gaps.

    Raises:
        PlanError: a bad start time, or a plan that would end after midnight.
    """
    begin = parse_hhmm(plan.start if start is None else start)
    at = begin.hour * 60 + begin.minute
    entries = []
    for index, block in enumerate(plan.blocks):
        end = at + block.minutes
        if end > MINUTES_PER_DAY:
            raise PlanError(
                f"blocks.{index}.minutes",
                f"the plan runs past midnight: starting at {format_hhmm(begin)} it would end "
                f"{_overrun(begin, plan.minutes)}; start earlier or shorten blocks",
            )
        entries.append(AgendaEntry(index, block, _at(at), _at(end % MINUTES_PER_DAY)))
        at = end
    return Agenda(plan, tuple(entries), begin, _at(at % MINUTES_PER_DAY), plan.minutes)


def _overrun(begin: time, minutes: int) -> str:
    end = begin.hour * 60 + begin.minute + minutes
    return f"at {format_hhmm(_at(end % MINUTES_PER_DAY))} the next day"


# --- building and editing plans ----------------------------------------------------------------


def _validated(data: dict[str, Any]) -> Plan:
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in err["loc"]) or "(plan)"
        raise PlanError(field, err["msg"].removeprefix("Value error, ")) from None


def _with_blocks(plan: Plan, blocks: Sequence[Block | dict[str, Any]]) -> Plan:
    data = plan.model_dump()
    data["blocks"] = [b.model_dump() if isinstance(b, Block) else b for b in blocks]
    return _validated(data)


def _check_index(plan: Plan, index: int, field: str = "blocks") -> int:
    if not 0 <= index < len(plan.blocks):
        raise PlanError(field, f"no block {index}: the plan has blocks 0..{len(plan.blocks) - 1}")
    return index


def plan_from_kinds(
    kinds: Sequence[str],
    plan_id: str = "my-plan",
    title: LocalizedText | None = None,
    start: str = "09:00",
) -> Plan:
    """A plan from a list of block kinds, each with its default title and minutes.

    Args:
        kinds: block kinds in order, e.g. ``["intro", "triad-round", "debrief"]``.
        plan_id: the plan's id.
        title: the plan's title; a generic one when None.
        start: start time as ``HH:MM``.

    Raises:
        PlanError: an unknown kind (``blocks.N.kind``), no blocks, a bad id or start.
    """
    blocks = []
    for index, kind in enumerate(kinds):
        if kind not in DEFAULT_MINUTES:
            raise PlanError(f"blocks.{index}.kind", f"unknown block kind '{kind}'")
        blocks.append(block_of_kind(kind).model_dump())
    title = title or LocalizedText(fi="Oma työpaja", en="My workshop")
    return _validated(
        {
            "schema_version": SCHEMA_VERSION,
            "id": plan_id,
            "title": title.model_dump(),
            "summary": {
                "fi": f"{len(blocks)} osiota, suunniteltu itse.",
                "en": f"{len(blocks)} blocks, planned by the facilitator.",
            },
            "start": start,
            "blocks": blocks,
        }
    )


def plan_from_template(
    template: Plan,
    plan_id: str | None = None,
    title: LocalizedText | None = None,
    start: str | None = None,
) -> Plan:
    """A facilitator's own copy of a template plan, with a new id, title or start if given."""
    data = template.model_dump()
    if plan_id is not None:
        data["id"] = plan_id
    if title is not None:
        data["title"] = title.model_dump()
    if start is not None:
        data["start"] = start
    return _validated(data)


def add_block(plan: Plan, block: Block | str, index: int | None = None) -> Plan:
    """A new plan with ``block`` (or a new block of that kind) inserted at ``index`` (None: end)."""
    if isinstance(block, str):
        if block not in DEFAULT_MINUTES:
            raise PlanError("kind", f"unknown block kind '{block}'")
        block = block_of_kind(block)
    blocks = list(plan.blocks)
    at = len(blocks) if index is None else index
    if not 0 <= at <= len(blocks):
        raise PlanError("index", f"cannot insert at {at}: use 0..{len(blocks)}")
    blocks.insert(at, block)
    return _with_blocks(plan, blocks)


def remove_block(plan: Plan, index: int) -> Plan:
    """A new plan without block ``index``; the last block cannot be removed."""
    _check_index(plan, index)
    if len(plan.blocks) == 1:
        raise PlanError("blocks", "a plan needs at least one block")
    return _with_blocks(plan, [b for i, b in enumerate(plan.blocks) if i != index])


def move_block(plan: Plan, index: int, to: int) -> Plan:
    """A new plan with block ``index`` moved so that it ends up at position ``to``."""
    _check_index(plan, index)
    _check_index(plan, to, "to")
    blocks = list(plan.blocks)
    blocks.insert(to, blocks.pop(index))
    return _with_blocks(plan, blocks)


def set_minutes(plan: Plan, index: int, minutes: int) -> Plan:
    """A new plan with block ``index`` lasting ``minutes`` (1..480)."""
    _check_index(plan, index)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 480:
        raise PlanError(f"blocks.{index}.minutes", f"must be a whole number 1..480: {minutes!r}")
    blocks = list(plan.blocks)
    blocks[index] = blocks[index].model_copy(update={"minutes": minutes})
    return _with_blocks(plan, blocks)


def set_exercise(
    plan: Plan, index: int, exercise: str | None, known: Collection[str] | None = None
) -> Plan:
    """A new plan with the role-play exercise of a practice block (a triad round and the like) set.

    Args:
        plan: the plan.
        index: the block.
        exercise: an exercise id, or None to clear it.
        known: ids of existing exercises; when given, an unknown id is an error.

    Raises:
        PlanError: a block kind without exercises, or an unknown or malformed id.
    """
    _check_index(plan, index)
    field = f"blocks.{index}.exercise"
    block = plan.blocks[index]
    if exercise is not None:
        if block.kind not in EXERCISE_KINDS:
            raise PlanError(field, f"a {block.kind} block takes no exercise")
        if known is not None and exercise not in known:
            raise PlanError(field, f"no exercise '{exercise}'")
    blocks = [b.model_dump() for b in plan.blocks]
    blocks[index]["exercise"] = exercise
    return _with_blocks(plan, blocks)
