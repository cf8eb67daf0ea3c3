"""The live room of a LAN workshop: anonymous participants, their round scores, aggregates.

Privacy by construction: a participant is an opaque random id with an optional nickname; a recorded
round keeps only numbers (shares, counts, scores) and never any text the participant typed. The
facilitator sees aggregates only; a participant sees only their own rounds. Nicknames leave the room
only in a CSV export explicitly asked for with ``include_nicknames=True``.

Every input is bounded: nicknames (30 characters, control characters removed), participants
(``max_participants``), rounds per participant, and the rate of ``record_round`` per participant
(``rate_limit`` rounds per ``rate_window`` seconds of the injected clock).

All methods are thread-safe. Subscribers are called after each change, outside the lock, with the
new :class:`Aggregates`; a subscriber that raises is logged and kept.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import random
import re
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from coachkit.workshop.reveal import grow_turns
from coachkit.workshop.stats import KINDS, SOURCES, STAGES, Aggregates, RoundRecord, RoundStats

log = logging.getLogger(__name__)

NICKNAME_MAX = 30
_TOP_LEVEL_COUNTS = (
    ("open", "open"),
    ("closed", "closed"),
    ("leading", "leading"),
    ("advice", "advice"),
    ("reflection", "reflections"),
)
"""A role-play summary carries its counts at the top level (``reflections`` in the plural)."""
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


class Journal(Protocol):
    """Where a room writes its changes through (numbers and opaque ids only)."""

    def joined(self, pid: str) -> None: ...

    def recorded(self, pid: str, record: RoundRecord) -> None: ...

    def forgot(self, pid: str) -> None: ...


class RoomError(Exception):
    """Base of the errors a room reports to a caller."""


class RoomFull(RoomError):
    """No more participants can join."""


class UnknownParticipant(RoomError):
    """No participant has this id (never joined, or forgotten)."""


class RateLimited(RoomError):
    """A participant recorded rounds faster than the room allows."""


class BadSummary(RoomError):
    """A round summary is missing a figure or has one out of range."""


@dataclass
class _Participant:
    nickname: str | None
    rounds: list[RoundRecord] = field(default_factory=list)
    recent: deque[float] = field(default_factory=deque)


def clean_nickname(nickname: str | None) -> str | None:
    """Nickname without control characters, spaces collapsed, at most 30 characters (or None)."""
    if nickname is None:
        return None
    text = "".join(" " if unicodedata.category(ch) in _CONTROL else ch for ch in str(nickname))
    text = re.sub(r"\s+", " ", text).strip()[:NICKNAME_MAX].strip()
    return text or None


def _figure(summary: Mapping[str, Any], key: str, high: float, whole: bool = False) -> float:
    value = summary.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BadSummary(f"{key}: expected a number, got {type(value).__name__}")
    if whole and value != int(value):
        raise BadSummary(f"{key}: expected a whole number, got {value}")
    if not 0 <= value <= high:
        raise BadSummary(f"{key}: {value} is outside 0..{high:g}")
    return int(value) if whole else float(value)


def _kinds(summary: Mapping[str, Any]) -> tuple[tuple[str, int], ...]:
    """Counts per kind from ``kinds``, or else from a role-play summary's top-level counts."""
    raw = summary.get("kinds")
    if raw is None:
        raw = {kind: summary[key] for kind, key in _TOP_LEVEL_COUNTS if key in summary}
    if not isinstance(raw, Mapping):
        raise BadSummary("kinds: expected a map of kind -> count")
    return tuple(
        (kind, int(_figure(raw, kind, 10_000, whole=True))) for kind in KINDS if kind in raw
    )


class Room:
    """A live workshop room held in memory.

    Args:
        rng: source of participant ids (None: ``random.SystemRandom()``).
        clock: seconds, monotonic; drives the rate limit and the ``minute`` of each round.
        max_participants: how many may join.
        rate_limit: rounds a participant may record per ``rate_window`` seconds.
        rate_window: seconds of the rate limit's window.
        max_rounds: rounds kept per participant.
        journal: where every join, round and forget is also written (a
            :class:`~coachkit.workshop.room_file.RoomFile`, so a restarted server can
            :meth:`restore` the room); None keeps the room in memory only.
    """

    def __init__(
        self,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
        *,
        max_participants: int = 200,
        rate_limit: int = 6,
        rate_window: float = 60.0,
        max_rounds: int = 200,
        journal: Journal | None = None,
    ) -> None:
        self._journal = journal
        self._rng = rng or random.SystemRandom()
        self._clock = clock
        self._opened = clock()
        self._lock = threading.RLock()
        self._participants: dict[str, _Participant] = {}
        self._seq = 0
        self._cache: Aggregates | None = None
        self._stats = RoundStats()
        self._tally_stats = RoundStats()
        self._subscribers: list[Callable[[Aggregates], None]] = []
        self.max_participants = max_participants
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.max_rounds = max_rounds

    # --- participants ---------------------------------------------------------------------------

    def join(self, nickname: str | None = None) -> str:
        """Add a participant; returns their opaque id. Raises RoomFull when the room is full."""
        with self._lock:
            if len(self._participants) >= self.max_participants:
                raise RoomFull(f"the room is full ({self.max_participants} participants)")
            pid = f"{self._rng.getrandbits(96):024x}"
            while pid in self._participants:
                pid = f"{self._rng.getrandbits(96):024x}"
            self._participants[pid] = _Participant(clean_nickname(nickname))
            self._cache = None
            if self._journal is not None:
                self._journal.joined(pid)
        self._notify()
        return pid

    def restore(
        self,
        participants: Iterable[str],
        rounds: Iterable[tuple[str, RoundRecord]],
        seconds_open: float = 0.0,
    ) -> None:
        """Bring back a kept room (see :mod:`coachkit.workshop.room_file`): its participants,
        without nicknames (never kept), and their rounds' numbers; minutes go on from
        ``seconds_open``. Rounds of unknown participants are left out."""
        with self._lock:
            for pid in participants:
                if len(self._participants) >= self.max_participants:
                    break
                self._participants.setdefault(pid, _Participant(None))
            for pid, record in rounds:
                participant = self._participants.get(pid)
                if participant is None or len(participant.rounds) >= self.max_rounds:
                    continue
                participant.rounds.append(record)
                self._stats_for(record.source).add(record)
                self._seq = max(self._seq, record.seq)
            self._opened = self._clock() - max(0.0, seconds_open)
            self._cache = None
        self._notify()

    def seconds_open(self) -> float:
        """Seconds since the room opened (by its clock)."""
        return max(0.0, self._clock() - self._opened)

    def forget(self, pid: str) -> None:
        """Remove a participant and every round they recorded."""
        with self._lock:
            gone = self._participants.pop(pid, None)
            if gone is None:
                raise UnknownParticipant("no such participant")
            for record in gone.rounds:
                self._stats_for(record.source).remove(record)
            self._cache = None
            if self._journal is not None:
                self._journal.forgot(pid)
        self._notify()

    def nickname(self, pid: str) -> str | None:
        """The participant's own nickname (for their own screen)."""
        with self._lock:
            return self._get(pid).nickname

    def people(self) -> list[tuple[str, str | None]]:
        """(id, nickname) of every participant, in joining order (for presence, never shown)."""
        with self._lock:
            return [(pid, p.nickname) for pid, p in self._participants.items()]

    def _get(self, pid: str) -> _Participant:
        participant = self._participants.get(pid) if isinstance(pid, str) else None
        if participant is None:
            raise UnknownParticipant("no such participant")
        return participant

    # --- rounds ---------------------------------------------------------------------------------

    def known(self, pid: str) -> bool:
        """True when ``pid`` is a participant of this room (a phone's kept token still works)."""
        with self._lock:
            return isinstance(pid, str) and pid in self._participants

    def _stats_for(self, source: str) -> RoundStats:
        return self._tally_stats if source == "tally" else self._stats

    def record_round(
        self,
        pid: str,
        summary: Mapping[str, Any],
        *,
        section: int | None = None,
        source: str = "roleplay",
    ) -> RoundRecord:
        """Store the numbers of one role-play summary (or an observer's tally) for a participant.

        Args:
            pid: the participant's id.
            summary: a role-play summary: ``open_share`` (0..1), ``leading``, ``advice`` (counts),
                ``reflection_ratio`` (>= 0), ``overall`` (0..100), ``commitment`` (bool), ``kinds``
                (kind -> count; without it the summary's top-level ``open``, ``closed``,
                ``leading``, ``advice`` and ``reflections`` counts are used). Missing figures count
                as 0, except ``overall`` and ``commitment``: an observer's tally has neither, and
                such a round is left out of those two aggregates. ``grow`` (stage -> coach turns;
                else counted from ``transcript`` or ``grow_covered``). Other keys (texts) are
                ignored.
            section: the workshop section (plan block index) the round belongs to.
            source: ``"roleplay"`` or ``"tally"``; tallies never enter the role-play aggregates.

        Returns:
            The stored record.

        Raises:
            UnknownParticipant, RateLimited, BadSummary.
        """
        if not isinstance(summary, Mapping):
            raise BadSummary("a round summary must be a map")
        if source not in SOURCES:
            raise BadSummary(f"source: expected one of {', '.join(SOURCES)}, got {source!r}")
        if section is not None and (
            isinstance(section, bool) or not isinstance(section, int) or not 0 <= section < 1000
        ):
            raise BadSummary(f"section: expected a block number 0..999, got {section!r}")
        commitment = summary.get("commitment")
        if commitment is not None and not isinstance(commitment, bool):
            raise BadSummary("commitment: expected true or false")
        open_share = _figure(summary, "open_share", 1.0)
        leading = int(_figure(summary, "leading", 10_000, whole=True))
        advice = int(_figure(summary, "advice", 10_000, whole=True))
        reflection_ratio = _figure(summary, "reflection_ratio", 1_000)
        overall = _figure(summary, "overall", 100) if "overall" in summary else None
        kinds = _kinds(summary)
        grow = tuple((stage, n) for stage, n in grow_turns(summary).items() if stage in STAGES)
        if source == "tally":
            overall, commitment = None, None
        with self._lock:
            participant = self._get(pid)
            now = self._clock()
            while participant.recent and now - participant.recent[0] >= self.rate_window:
                participant.recent.popleft()
            if len(participant.recent) >= self.rate_limit:
                raise RateLimited(
                    f"at most {self.rate_limit} rounds per {self.rate_window:g} s; try again soon"
                )
            if len(participant.rounds) >= self.max_rounds:
                raise RateLimited(f"at most {self.max_rounds} rounds per participant")
            participant.recent.append(now)
            self._seq += 1
            minute = max(0, int((now - self._opened) // 60))
            record = RoundRecord(
                self._seq,
                minute,
                open_share=open_share,
                leading=leading,
                advice=advice,
                reflection_ratio=reflection_ratio,
                overall=overall,
                commitment=commitment,
                kinds=kinds,
                section=section,
                source=source,
                grow=grow,
            )
            participant.rounds.append(record)
            self._stats_for(source).add(record)
            self._cache = None
            if self._journal is not None:
                self._journal.recorded(pid, record)
        self._notify()
        return record

    def participant_view(self, pid: str) -> list[dict[str, Any]]:
        """The participant's own rounds, oldest first; nobody else's."""
        with self._lock:
            return [r.to_dict() for r in self._get(pid).rounds]

    # --- aggregates and export ------------------------------------------------------------------

    def _all_rounds(self) -> list[RoundRecord]:
        rounds = [r for p in self._participants.values() for r in p.rounds]
        return sorted(rounds, key=lambda r: r.seq)

    def aggregates(self) -> Aggregates:
        """Joined count, role-play rounds played, medians and the most common question kinds.

        Observers' tallies are not in here (see :meth:`tally_aggregates`).
        """
        with self._lock:
            if self._cache is None:
                self._cache = self._stats.snapshot(len(self._participants))
            return self._cache

    def tally_aggregates(self) -> Aggregates:
        """The same figures over observers' tallies only."""
        with self._lock:
            return self._tally_stats.snapshot(len(self._participants))

    def records(self, source: str | None = None) -> list[RoundRecord]:
        """Every round's numbers (of one ``source`` when given), oldest first; no ids, no names."""
        with self._lock:
            rounds = self._all_rounds()
        return [r for r in rounds if source is None or r.source == source]

    def aggregates_csv(self) -> str:
        """The aggregates as two-column CSV (``metric,value``)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["metric", "value"])
        for key, value in self.aggregates().to_dict().items():
            if key == "top_kinds":
                value = " ".join(f"{k}:{n}" for k, n in value)
            writer.writerow([key, "" if value is None else value])
        return out.getvalue()

    def rounds_csv(self, include_nicknames: bool = False) -> str:
        """One anonymous row per round; a ``nickname`` column only when asked for."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = ["round", "minute", "section", "source", "open_pct", "leading", "advice"]
        header += ["reflection_ratio", "overall", "commitment", *(f"kind_{k}" for k in KINDS)]
        header += [f"grow_{s}" for s in STAGES]
        with self._lock:
            names = {r.seq: p.nickname for p in self._participants.values() for r in p.rounds}
            rounds = self._all_rounds()
        writer.writerow(header + (["nickname"] if include_nicknames else []))
        for r in rounds:
            kinds = dict(r.kinds)
            row: list[object] = [r.seq, r.minute, "" if r.section is None else r.section + 1]
            row += [r.source, round(100 * r.open_share, 1), r.leading, r.advice]
            row += [
                r.reflection_ratio,
                "" if r.overall is None else r.overall,
                "" if r.commitment is None else int(r.commitment),
            ]
            row += [kinds.get(k, 0) for k in KINDS]
            grow = dict(r.grow)
            row += [grow.get(s, 0) for s in STAGES]
            if include_nicknames:
                row.append(_csv_safe(names[r.seq] or ""))
            writer.writerow(row)
        return out.getvalue()

    # --- subscribers ----------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[Aggregates], None]) -> None:
        """Call ``callback(aggregates)`` after every change (join, round, forget)."""
        with self._lock:
            self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Aggregates], None]) -> None:
        """Stop calling ``callback``; unknown callbacks are ignored."""
        with self._lock:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

    def _notify(self) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        if not subscribers:
            return
        current = self.aggregates()
        for callback in subscribers:
            try:
                callback(current)
            except Exception:  # a broken screen must not stop the room
                log.exception("room subscriber failed")


def _csv_safe(text: str) -> str:
    """Keep a spreadsheet from reading a nickname as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
