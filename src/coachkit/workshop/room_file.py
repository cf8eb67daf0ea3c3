"""The live room's numbers kept in the data folder, so that a server restarted on the same port
(after a crash, a Ctrl+C, a laptop that slept) comes back with the room's totals.

Only numbers and opaque random ids are written: participant ids, device ids (random tokens a
phone's browser keeps, so a phone that joins again is the same participant) and each round's
figures. Never a nickname, never a word anyone typed.

    keep = RoomFile(folder / "room-8550.sqlite3")
    saved = keep.load()                     # None: nothing recent to restore
    room = Room(journal=keep)               # every join, round and forget is written through
    if saved: room.restore(saved)

A room older than ``MAX_AGE`` seconds (since its last change) is not restored: the next day's
workshop starts empty. A file that cannot be written or read costs the room nothing: it goes on in
memory and ``problem`` says in one line why the totals are not kept.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachkit.workshop.stats import KINDS, SOURCES, STAGES, RoundRecord

log = logging.getLogger(__name__)

MAX_AGE = 12 * 3600.0
"""Seconds after its last change that a kept room is still restored (a workshop day)."""

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS participants (pid TEXT PRIMARY KEY, device TEXT)",
    """CREATE TABLE IF NOT EXISTS rounds (
        seq INTEGER PRIMARY KEY, pid TEXT NOT NULL, minute INTEGER NOT NULL,
        section INTEGER, source TEXT NOT NULL, open_share REAL NOT NULL,
        leading INTEGER NOT NULL, advice INTEGER NOT NULL, reflection_ratio REAL NOT NULL,
        overall REAL, commitment INTEGER, kinds TEXT NOT NULL, grow TEXT NOT NULL)""",
)


@dataclass
class Saved:
    """A kept room: who joined (and from which device) and every round's numbers."""

    participants: list[str] = field(default_factory=list)
    devices: dict[str, str] = field(default_factory=dict)
    """Device id -> participant id."""
    rounds: list[tuple[str, RoundRecord]] = field(default_factory=list)
    """(participant id, round) in recording order."""
    seconds_open: float = 0.0
    """Seconds since the room first opened (its minutes go on from there)."""


class RoomFile:
    """The room's numbers in one SQLite file, written through on every change.

    Args:
        path: the file (made when missing, with its folder).
        clock: wall-clock seconds (the age of a kept room survives a restart).
        max_age: seconds after the last change that the room is still restored.
    """

    def __init__(
        self, path: Path, clock: Callable[[], float] = time.time, max_age: float = MAX_AGE
    ) -> None:
        self.path = Path(path)
        self.clock = clock
        self.max_age = max_age
        self.problem: str | None = None
        """One line for the facilitator when the totals cannot be kept (None: they are)."""
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            for statement in _SCHEMA:
                db.execute(statement)
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            self._fail(exc)

    @property
    def kept(self) -> bool:
        """True while changes are written to the file."""
        return self._db is not None

    def _fail(self, exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self.problem = (
            f"the room's totals cannot be kept in {self.path} ({reason}); "
            "they reset when the server restarts"
        )
        log.warning("%s", self.problem)
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None

    def _write(self, *statements: tuple[str, tuple[object, ...]]) -> None:
        with self._lock:
            if self._db is None:
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
                for sql, params in statements:
                    self._db.execute(sql, params)
                self._db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('changed', ?)", (self.clock(),)
                )
                self._db.execute("COMMIT")
            except (OSError, sqlite3.Error) as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                self._fail(exc)

    # --- what the room calls (the journal) ------------------------------------------------------

    def opened(self, seconds_open: float = 0.0) -> None:
        """The room (re)starts, having been open ``seconds_open`` seconds already."""
        self._write(
            ("INSERT OR REPLACE INTO meta VALUES ('opened', ?)", (self.clock() - seconds_open,))
        )

    def joined(self, pid: str) -> None:
        self._write(("INSERT OR IGNORE INTO participants (pid) VALUES (?)", (pid,)))

    def device(self, device: str, pid: str) -> None:
        """Device ``device`` holds membership ``pid`` (one membership per phone)."""
        self._write(
            ("UPDATE participants SET device = NULL WHERE device = ?", (device,)),
            ("UPDATE participants SET device = ? WHERE pid = ?", (device, pid)),
        )

    def recorded(self, pid: str, r: RoundRecord) -> None:
        self._write(
            (
                "INSERT OR REPLACE INTO rounds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    r.seq,
                    pid,
                    r.minute,
                    r.section,
                    r.source,
                    r.open_share,
                    r.leading,
                    r.advice,
                    r.reflection_ratio,
                    r.overall,
                    None if r.commitment is None else int(r.commitment),
                    json.dumps(dict(r.kinds)),
                    json.dumps(dict(r.grow)),
                ),
            )
        )

    def forgot(self, pid: str) -> None:
        self._write(
            ("DELETE FROM rounds WHERE pid = ?", (pid,)),
            ("DELETE FROM participants WHERE pid = ?", (pid,)),
        )

    # --- restoring ------------------------------------------------------------------------------

    def load(self) -> Saved | None:
        """The kept room, or None when there is none, it is older than ``max_age`` (then the file
        is emptied for a new room) or it cannot be read (then ``problem`` says so)."""
        with self._lock:
            if self._db is None:
                return None
            try:
                meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
                people = self._db.execute("SELECT pid, device FROM participants").fetchall()
                rows = self._db.execute("SELECT * FROM rounds ORDER BY seq").fetchall()
            except sqlite3.Error as exc:
                self._fail(exc)
                return None
        now = self.clock()
        changed, opened = meta.get("changed"), meta.get("opened")
        if changed is None or opened is None or not 0 <= now - changed <= self.max_age:
            self.clear()
            return None
        saved = Saved(seconds_open=max(0.0, now - opened))
        known = set()
        for pid, device in people:
            if isinstance(pid, str) and len(pid) <= 64:
                saved.participants.append(pid)
                known.add(pid)
                if isinstance(device, str) and len(device) <= 64:
                    saved.devices[device] = pid
        for row in rows:
            record = _record(row)
            if record is not None and row[1] in known:
                saved.rounds.append((row[1], record))
        return saved

    def clear(self) -> None:
        """Forget the kept room (a new room starts)."""
        self._write(
            ("DELETE FROM rounds", ()), ("DELETE FROM participants", ()), ("DELETE FROM meta", ())
        )

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _record(row: tuple[Any, ...]) -> RoundRecord | None:
    """A kept round, or None when any of its figures is out of range (a damaged file)."""
    seq, _pid, minute, section, source, open_share, leading, advice, ratio, overall = row[:10]
    commitment, kinds, grow = row[10:13]
    try:
        kinds_map, grow_map = json.loads(kinds), json.loads(grow)
        ok = (
            isinstance(seq, int)
            and isinstance(minute, int)
            and minute >= 0
            and (section is None or (isinstance(section, int) and 0 <= section < 1000))
            and source in SOURCES
            and _number(open_share, 1.0)
            and _number(leading, 10_000)
            and _number(advice, 10_000)
            and _number(ratio, 1_000)
            and (overall is None or _number(overall, 100))
            and commitment in (None, 0, 1)
            and _counts(kinds_map, KINDS)
            and _counts(grow_map, STAGES)
        )
    except (TypeError, ValueError):
        return None
    if not ok:
        return None
    return RoundRecord(
        seq,
        minute,
        open_share=float(open_share),
        leading=int(leading),
        advice=int(advice),
        reflection_ratio=float(ratio),
        overall=None if overall is None else float(overall),
        commitment=None if commitment is None else bool(commitment),
        kinds=tuple((k, int(kinds_map[k])) for k in KINDS if k in kinds_map),
        section=section,
        source=source,
        grow=tuple((s, int(grow_map[s])) for s in STAGES if s in grow_map),
    )


def _number(value: object, high: float) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= high
    )


def _counts(value: object, names: tuple[str, ...]) -> bool:
    return isinstance(value, dict) and all(
        k in names and isinstance(n, int) and 0 <= n <= 10_000 for k, n in value.items()
    )
