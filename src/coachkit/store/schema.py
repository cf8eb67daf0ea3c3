"""The store's schema as a list of migrations: code, numbered by ``PRAGMA user_version``.

Migration ``i`` (0-based) takes a database at version ``i`` to version ``i + 1``. Never edit a
released migration: append a new one. Each runs in the transaction that also raises the version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _v1_tables(db: sqlite3.Connection) -> None:
    """Rounds of practice with their turns, settings, saved workshop plans."""
    db.execute(
        """CREATE TABLE rounds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            exercise TEXT NOT NULL,
            lang TEXT NOT NULL,
            mode TEXT NOT NULL,
            seed INTEGER NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            summary TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE turns (
            round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            coach TEXT NOT NULL,
            kind TEXT,
            grow TEXT,
            pick INTEGER,
            reply TEXT,
            feedback TEXT,
            at TEXT NOT NULL,
            PRIMARY KEY (round_id, n)
        )"""
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE plans (id TEXT PRIMARY KEY, toml TEXT NOT NULL, saved TEXT NOT NULL)")


def _v2_resume_state(db: sqlite3.Connection) -> None:
    """The engine's own snapshot of an unfinished round, so a killed app can rebuild it."""
    db.execute("ALTER TABLE rounds ADD COLUMN state TEXT")
    db.execute("CREATE INDEX rounds_by_finished ON rounds(finished, started)")


def _v3_owners(db: sqlite3.Connection) -> None:
    """Rounds belong to an owner: "local" on one's own computer, a device id per phone in a LAN
    workshop, so that phones served by one laptop never see each other's rounds."""
    db.execute("ALTER TABLE rounds ADD COLUMN owner TEXT NOT NULL DEFAULT 'local'")
    db.execute("CREATE INDEX rounds_by_owner ON rounds(owner, finished, started)")


def _v4_drill(db: sqlite3.Connection) -> None:
    """Drill items with their spaced-repetition card (FSRS): what to rewrite and when it is due
    again, per owner."""
    db.execute(
        """CREATE TABLE drill (
            owner TEXT NOT NULL,
            key TEXT NOT NULL,
            item TEXT NOT NULL,
            card TEXT NOT NULL,
            due TEXT NOT NULL,
            reviews INTEGER NOT NULL DEFAULT 0,
            misses INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (owner, key)
        )"""
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_tables,
    _v2_resume_state,
    _v3_owners,
    _v4_drill,
]
"""All migrations in order; ``len(MIGRATIONS)`` is the current schema version."""

VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection) -> tuple[int, int]:
    """Bring ``db`` up to :data:`VERSION`, one transaction per step. Returns (from, to).

    Raises:
        NewerDatabase: the file was written by a newer coachkit.
    """
    start = db.execute("PRAGMA user_version").fetchone()[0]
    if start > VERSION:
        raise NewerDatabase(start)
    for version in range(start, VERSION):
        with db:
            db.execute("BEGIN")
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
    return start, VERSION


class NewerDatabase(Exception):
    """The data file has a schema version this coachkit does not know."""

    def __init__(self, version: int):
        super().__init__(f"data file schema version {version} is newer than {VERSION}")
        self.version = version
