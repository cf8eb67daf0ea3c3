"""The local store: practice rounds and their turns, settings and saved plans in one SQLite file.

Pure stdlib. Every write is one transaction, so a round survives the app being killed between two
turns: each turn is saved as it happens, together with the engine's snapshot of the round, and
:meth:`Store.unfinished` hands it back on the next start.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachkit.store.paths import db_path
from coachkit.store.schema import NewerDatabase, migrate

LOCAL = "local"
"""The owner of the data on one's own computer or phone."""
DEVICE_PREFIX = "device:"
"""Settings of a phone in a LAN workshop are kept under ``device:<id>:<key>``."""

Clock = Callable[[], _dt.datetime]


@dataclass(frozen=True)
class Notice:
    """Something the user must be told about their data file (the UI shows it once).

    kind: "moved" (an unreadable file was moved aside and a new one started), "newer" (the file
    is from a newer coachkit; this run keeps its data in memory only and leaves the file alone) or
    "readonly" (the file or its folder cannot be written; this run keeps its data in memory only).
    """

    kind: str
    path: str
    detail: str = ""


@dataclass(frozen=True)
class TurnRecord:
    """One saved coach turn and the supervisor's reply."""

    n: int
    coach: str
    kind: str | None
    grow: str | None
    pick: int | None
    reply: str | None
    feedback: dict[str, Any]
    at: str


@dataclass(frozen=True)
class RoundRecord:
    """One practice round: finished (with its summary) or still open (with the engine snapshot)."""

    id: int
    exercise: str
    lang: str
    mode: str
    seed: int
    started: str
    finished: str | None
    summary: dict[str, Any] | None
    state: dict[str, Any] | None = None
    turns: list[TurnRecord] = field(default_factory=list)


@dataclass(frozen=True)
class WeakTurn:
    """A coach turn worth rewriting in a drill."""

    round_id: int
    n: int
    coach: str
    kind: str | None
    why: bool
    lang: str
    grow: str | None = None


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class Store:
    """coachkit's data file. Open with :func:`open_store` or ``Store(path)``.

    Args:
        path: the SQLite file; created with its folder when missing. ``":memory:"`` for a
            throwaway store.
        clock: returns "now" (injected so tests can fix time).
    """

    def __init__(self, path: Path | str | None = None, clock: Clock | None = None):
        self.owner = LOCAL
        """Whose rounds and settings this object sees (see :meth:`for_owner`)."""
        self.clock: Clock = clock or (lambda: _dt.datetime.now().replace(microsecond=0))
        self.path = Path(path) if path is not None else db_path()
        self.notice: Notice | None = None
        self._lock = threading.RLock()
        self._db = self._open()

    # --- opening ------------------------------------------------------------------------------

    def _connect(self, target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, isolation_level=None, check_same_thread=False, timeout=5)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        return db

    def _open(self) -> sqlite3.Connection:
        if str(self.path) == ":memory:":
            db = self._connect(":memory:")
            migrate(db)
            return db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not self.path.is_file():
                raise IsADirectoryError(f"{self.path} is not a regular file")
            db = self._connect(str(self.path))
            try:
                db.execute("PRAGMA quick_check").fetchone()
                migrate(db)
                _probe_write(db)
                # A write-ahead log: a turn's commit no longer waits for the disk twice, and a
                # killed process still loses nothing it acknowledged.
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
            except BaseException:
                db.close()
                raise
            return db
        except _NotWritable as exc:
            return self._in_memory("readonly", str(exc))
        except OSError as exc:
            return self._in_memory("readonly", exc.strerror or str(exc))
        except NewerDatabase as exc:
            self.notice = Notice("newer", str(self.path), str(exc))
            db = self._connect(":memory:")
            migrate(db)
            return db
        except sqlite3.DatabaseError as exc:
            moved = self._move_aside()
            self.notice = Notice("moved", str(moved), str(exc))
            db = self._connect(str(self.path))
            migrate(db)
            return db

    def _in_memory(self, kind: str, detail: str) -> sqlite3.Connection:
        self.notice = Notice(
            kind,
            str(self.path),
            f"cannot write it ({detail}); this run keeps its data in memory only",
        )
        db = self._connect(":memory:")
        migrate(db)
        return db

    def _move_aside(self) -> Path:
        """Rename the unreadable file (and its journal files) to ``<name>.broken-<timestamp>``."""
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.broken-{stamp}-{n}")
        self.path.rename(target)
        for suffix in ("-journal", "-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.rename(target.with_name(target.name + suffix))
        return target

    def for_owner(self, owner: str) -> Store:
        """The same file seen by one owner: a phone in a LAN workshop sees only its own rounds
        and settings. Shares the connection; ``LOCAL`` is the computer's own user."""
        if not owner or len(owner) > 64 or not owner.replace("-", "").replace("_", "").isalnum():
            raise ValueError(f"bad owner id: {owner!r}")
        view = copy.copy(self)
        view.owner = owner
        return view

    def hand_over(self, new_owner: str) -> int:
        """Give this owner's rounds and settings to ``new_owner`` in one transaction (a phone's
        session played before its device id arrived). Settings ``new_owner`` already has win.

        Returns:
            How many rounds moved.
        """
        target = self.for_owner(new_owner)
        if target.owner == self.owner:
            return 0
        with self._tx() as db:
            moved = db.execute(
                "UPDATE rounds SET owner = ? WHERE owner = ?", (target.owner, self.owner)
            ).rowcount
            for key, value in self.settings().items():
                db.execute(
                    "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                    (target._key(key), value),
                )
            if self.owner != LOCAL:
                db.execute("DELETE FROM settings WHERE key LIKE ?", (self._key("") + "%",))
        return int(moved)

    def _key(self, key: str) -> str:
        return key if self.owner == LOCAL else f"{DEVICE_PREFIX}{self.owner}:{key}"

    def close(self) -> None:
        """Close the file. The object is unusable afterwards."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back on any error."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # --- rounds -------------------------------------------------------------------------------

    def start_round(self, exercise: str, lang: str, mode: str, seed: int) -> int:
        """Save the start of a round; returns its id."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO rounds (exercise, lang, mode, seed, started, owner) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (exercise, lang, mode, seed, self._now(), self.owner),
            )
            assert cur.lastrowid is not None  # an INSERT always has one
            return cur.lastrowid

    def add_turn(
        self,
        round_id: int,
        n: int,
        coach: str,
        *,
        kind: str | None = None,
        grow: str | None = None,
        pick: int | None = None,
        reply: str | None = None,
        feedback: dict[str, Any] | None = None,
        state: dict[str, Any] | None = None,
    ) -> None:
        """Save one turn and, in the same transaction, the engine's snapshot of the round."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO turns (round_id, n, coach, kind, grow, pick, reply, "
                "feedback, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (round_id, n, coach, kind, grow, pick, reply, _dumps(feedback or {}), self._now()),
            )
            if state is not None:
                db.execute("UPDATE rounds SET state = ? WHERE id = ?", (_dumps(state), round_id))

    def take_back_turn(self, round_id: int, n: int, state: dict[str, Any]) -> None:
        """Forget turn ``n`` (the participant took it back) and save the engine's new snapshot."""
        with self._tx() as db:
            db.execute("DELETE FROM turns WHERE round_id = ? AND n = ?", (round_id, n))
            db.execute("UPDATE rounds SET state = ? WHERE id = ?", (_dumps(state), round_id))

    def finish_round(self, round_id: int, summary: Any) -> None:
        """Mark a round finished with its summary (a role-play ``Summary`` or a plain dict)."""
        if hasattr(summary, "model_dump"):
            summary = summary.model_dump(mode="json")
        with self._tx() as db:
            db.execute(
                "UPDATE rounds SET finished = ?, summary = ?, state = NULL "
                "WHERE id = ? AND owner = ?",
                (self._now(), _dumps(summary), round_id, self.owner),
            )

    def discard_round(self, round_id: int) -> None:
        """Delete a round and its turns (an unfinished round the user does not want to continue)."""
        with self._tx() as db:
            db.execute("DELETE FROM rounds WHERE id = ? AND owner = ?", (round_id, self.owner))

    def _record(self, row: sqlite3.Row, with_turns: bool) -> RoundRecord:
        turns = []
        if with_turns:
            turns = [
                TurnRecord(
                    n=turn["n"],
                    coach=turn["coach"],
                    kind=turn["kind"],
                    grow=turn["grow"],
                    pick=turn["pick"],
                    reply=turn["reply"],
                    feedback=_loads(turn["feedback"]) or {},
                    at=turn["at"],
                )
                for turn in self._query(
                    "SELECT * FROM turns WHERE round_id = ? ORDER BY n", (row["id"],)
                )
            ]
        return RoundRecord(
            id=row["id"],
            exercise=row["exercise"],
            lang=row["lang"],
            mode=row["mode"],
            seed=row["seed"],
            started=row["started"],
            finished=row["finished"],
            summary=_loads(row["summary"]),
            state=_loads(row["state"]),
            turns=turns,
        )

    def round(self, round_id: int) -> RoundRecord | None:
        """One round with its turns, or None."""
        rows = self._query(
            "SELECT * FROM rounds WHERE id = ? AND owner = ?", (round_id, self.owner)
        )
        return self._record(rows[0], True) if rows else None

    def unfinished(self) -> RoundRecord | None:
        """The most recently started round that was never finished (with turns), or None."""
        rows = self._query(
            "SELECT * FROM rounds WHERE finished IS NULL AND owner = ? "
            "ORDER BY started DESC, id DESC LIMIT 1",
            (self.owner,),
        )
        return self._record(rows[0], True) if rows else None

    def history(self, limit: int | None = None) -> list[RoundRecord]:
        """Finished rounds, oldest first (without turns)."""
        sql = "SELECT * FROM rounds WHERE finished IS NOT NULL AND owner = ? ORDER BY finished, id"
        rows = self._query(sql, (self.owner,))
        if limit is not None:
            rows = rows[-limit:]
        return [self._record(r, False) for r in rows]

    def weak_turns(
        self, kinds: tuple[str, ...] = ("closed", "leading", "advice")
    ) -> list[WeakTurn]:
        """Coach turns of finished rounds that were closed, leading, advice or why-questions
        (the drill's own material), oldest first."""
        rows = self._query(
            "SELECT t.round_id, t.n, t.coach, t.kind, t.grow, t.feedback, r.lang FROM turns t "
            "JOIN rounds r ON r.id = t.round_id "
            "WHERE r.owner = ? AND r.finished IS NOT NULL ORDER BY t.round_id, t.n",
            (self.owner,),
        )
        out = []
        for row in rows:
            feedback = _loads(row["feedback"]) or {}
            why = bool(feedback.get("why")) or feedback.get("reaction") == "why"
            if row["kind"] in kinds or why:
                out.append(
                    WeakTurn(
                        row["round_id"],
                        row["n"],
                        row["coach"],
                        row["kind"],
                        why,
                        row["lang"],
                        row["grow"],
                    )
                )
        return out

    # --- drill --------------------------------------------------------------------------------

    def drill_cards(self) -> dict[str, dict[str, Any]]:
        """Scheduled drill items: key -> {"item", "card", "due", "reviews", "misses"}."""
        rows = self._query("SELECT * FROM drill WHERE owner = ? ORDER BY due", (self.owner,))
        return {
            r["key"]: {
                "item": _loads(r["item"]),
                "card": _loads(r["card"]),
                "due": r["due"],
                "reviews": r["reviews"],
                "misses": r["misses"],
            }
            for r in rows
        }

    def save_drill_card(
        self, key: str, item: Mapping[str, object], card: Mapping[str, object], due: str, ok: bool
    ) -> None:
        """Save one drill item's card after an answer."""
        with self._tx() as db:
            db.execute(
                "INSERT INTO drill (owner, key, item, card, due, reviews, misses) "
                "VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (owner, key) DO UPDATE SET "
                "item = excluded.item, card = excluded.card, due = excluded.due, "
                "reviews = reviews + 1, misses = misses + excluded.misses",
                (self.owner, key, _dumps(item), _dumps(card), due, 0 if ok else 1),
            )

    # --- settings -----------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A saved setting, or ``default``."""
        rows = self._query("SELECT value FROM settings WHERE key = ?", (self._key(key),))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        """Save a setting."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (self._key(key), value),
            )

    def settings(self) -> dict[str, str]:
        """Every saved setting."""
        rows = self._query("SELECT key, value FROM settings")
        if self.owner == LOCAL:
            return {r["key"]: r["value"] for r in rows if not r["key"].startswith(DEVICE_PREFIX)}
        mine = self._key("")
        return {r["key"][len(mine) :]: r["value"] for r in rows if r["key"].startswith(mine)}

    # --- plans (for the facilitator screens) --------------------------------------------------

    def save_plan(self, plan_id: str, toml_text: str) -> None:
        """Save (or replace) a workshop plan as TOML text."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO plans (id, toml, saved) VALUES (?, ?, ?)",
                (plan_id, toml_text, self._now()),
            )

    def plans(self) -> dict[str, str]:
        """Saved plans: id -> TOML text."""
        return {r["id"]: r["toml"] for r in self._query("SELECT id, toml FROM plans ORDER BY id")}

    def delete_plan(self, plan_id: str) -> None:
        """Delete one saved plan."""
        with self._tx() as db:
            db.execute("DELETE FROM plans WHERE id = ?", (plan_id,))

    # --- all my data --------------------------------------------------------------------------

    def delete_all(self) -> None:
        """Delete this owner's rounds (with their turns) and settings, and compact the file. The
        local owner's data includes the saved workshop plans; phones' data is never touched by
        another owner."""
        with self._tx() as db:
            db.execute("DELETE FROM rounds WHERE owner = ?", (self.owner,))
            db.execute("DELETE FROM drill WHERE owner = ?", (self.owner,))
            if self.owner == LOCAL:
                db.execute("DELETE FROM settings WHERE key NOT LIKE ?", (DEVICE_PREFIX + "%",))
                db.execute("DELETE FROM plans")
            else:
                db.execute("DELETE FROM settings WHERE key LIKE ?", (self._key("") + "%",))
        with self._lock:
            self._db.execute("VACUUM")

    def dump(self) -> dict[str, Any]:
        """Everything in the store as plain data (the JSON export)."""
        from coachkit.store.schema import VERSION

        rounds = [
            self._record(r, True)
            for r in self._query("SELECT * FROM rounds WHERE owner = ? ORDER BY id", (self.owner,))
        ]
        return {
            "format": "coachkit-data",
            "schema_version": VERSION,
            "exported": self._now(),
            "rounds": [
                {
                    "id": r.id,
                    "exercise": r.exercise,
                    "lang": r.lang,
                    "mode": r.mode,
                    "seed": r.seed,
                    "started": r.started,
                    "finished": r.finished,
                    "summary": r.summary,
                    "turns": [t.__dict__ for t in r.turns],
                }
                for r in rounds
            ],
            "settings": self.settings(),
            "plans": [
                {"id": r["id"], "toml": r["toml"], "saved": r["saved"]}
                for r in self._query("SELECT * FROM plans ORDER BY id")
                if self.owner == LOCAL
            ],
        }


class _NotWritable(Exception):
    """The data file opens but cannot be written."""


def _probe_write(db: sqlite3.Connection) -> None:
    """Write the file's header in a transaction that is rolled back: fails on a read-only file
    or a folder where SQLite cannot make its journal."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            db.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            db.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise _NotWritable(str(exc)) from exc


def open_store(path: Path | str | None = None, clock: Clock | None = None) -> Store:
    """Open (or create) the store at ``path`` or the default data file."""
    return Store(path, clock)
