"""The local store: schema migrations, broken files, resuming a killed round, export and delete."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3

import pytest

from coachkit.store import (
    MIGRATIONS,
    VERSION,
    Store,
    data_dir,
    db_path,
    export_csv,
    export_json,
    migrate,
)

NOW = dt.datetime(2026, 11, 27, 10, 15, 0)


def clock():
    return NOW


def tables(path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def user_version(path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA user_version").fetchone()[0]


# --- where the file lives -----------------------------------------------------------------------


def test_coachkit_home_overrides_everything(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FLET_APP_STORAGE_DATA", str(tmp_path / "flet"))
    assert data_dir() == tmp_path / "home"
    assert db_path() == tmp_path / "home" / "coachkit.db"


def test_packaged_app_uses_flet_storage_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("COACHKIT_HOME")
    monkeypatch.setenv("FLET_APP_STORAGE_DATA", str(tmp_path / "flet"))
    assert data_dir() == tmp_path / "flet"


def test_otherwise_platformdirs_user_data_folder(monkeypatch):
    from platformdirs import user_data_dir

    monkeypatch.delenv("COACHKIT_HOME")
    monkeypatch.delenv("FLET_APP_STORAGE_DATA", raising=False)
    assert str(data_dir()) == user_data_dir("coachkit", appauthor=False)


def test_default_store_is_created_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "new" / "folder"))
    store = Store()
    assert (tmp_path / "new" / "folder" / "coachkit.db").is_file()
    store.close()


# --- migrations ---------------------------------------------------------------------------------


def test_new_file_is_migrated_from_zero_to_current(tmp_path):
    path = tmp_path / "coachkit.db"
    Store(path).close()
    assert user_version(path) == VERSION == len(MIGRATIONS)
    assert {"rounds", "turns", "settings", "plans"} <= tables(path)


def test_each_migration_step_applies_on_its_own(tmp_path):
    path = tmp_path / "coachkit.db"
    db = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO rounds (exercise, lang, mode, seed, started) VALUES ('x', 'fi', 'free', 1, 't')"
    )
    assert migrate(db) == (1, VERSION)
    cols = {r[1] for r in db.execute("PRAGMA table_info(rounds)")}
    assert "state" in cols
    assert db.execute("SELECT exercise FROM rounds").fetchall() == [("x",)]  # data kept
    db.close()


def test_failed_migration_leaves_version_untouched(tmp_path, monkeypatch):
    path = tmp_path / "coachkit.db"
    db = sqlite3.connect(path, isolation_level=None)

    def broken(conn):
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr("coachkit.store.schema.MIGRATIONS", [broken])
    monkeypatch.setattr("coachkit.store.schema.VERSION", 1)
    with pytest.raises(RuntimeError):
        migrate(db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 0
    assert "half" not in tables(path)  # rolled back with the version
    db.close()


def test_file_from_newer_coachkit_is_left_alone(tmp_path):
    path = tmp_path / "coachkit.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {VERSION + 5}")
    store = Store(path, clock=clock)
    assert store.notice is not None and store.notice.kind == "newer"
    store.start_round("x", "fi", "free", 1)  # works, in memory
    store.close()
    assert user_version(path) == VERSION + 5
    assert "rounds" not in tables(path)


# --- broken files -------------------------------------------------------------------------------


def test_corrupt_file_is_moved_aside_with_timestamp_and_user_is_told(tmp_path):
    path = tmp_path / "coachkit.db"
    path.write_bytes(b"this is not a database, just some text " * 200)
    store = Store(path, clock=clock)
    moved = tmp_path / "coachkit.db.broken-20261127-101500"
    assert moved.read_bytes().startswith(b"this is not a database")
    assert store.notice is not None
    assert store.notice.kind == "moved"
    assert store.notice.path == str(moved)
    assert store.history() == []  # a fresh, working store
    store.start_round("x", "fi", "free", 1)
    store.close()
    assert user_version(path) == VERSION


def test_second_broken_file_in_the_same_second_does_not_overwrite_the_first(tmp_path):
    path = tmp_path / "coachkit.db"
    for content in (b"first broken " * 100, b"second broken " * 100):
        path.unlink(missing_ok=True)
        path.write_bytes(content)
        Store(path, clock=clock).close()
    names = sorted(p.name for p in tmp_path.glob("coachkit.db.broken-*"))
    assert names == ["coachkit.db.broken-20261127-101500", "coachkit.db.broken-20261127-101500-2"]


def test_healthy_file_gives_no_notice(tmp_path):
    Store(tmp_path / "a.db").close()
    store = Store(tmp_path / "a.db")
    assert store.notice is None
    store.close()


# --- rounds and resume --------------------------------------------------------------------------


def play_two_turns(store: Store) -> int:
    rid = store.start_round("meetings", "fi", "free", 7)
    store.add_turn(
        rid,
        1,
        "Mitä haluat?",
        kind="open",
        grow="goal",
        reply="Lyhyemmät.",
        feedback={"tips": ["hyvä"]},
        state={"turns": ["Mitä haluat?"]},
    )
    store.add_turn(
        rid,
        2,
        "Onko se vaikeaa?",
        kind="closed",
        grow=None,
        reply="On.",
        state={"turns": ["Mitä haluat?", "Onko se vaikeaa?"]},
    )
    return rid


def test_round_survives_a_kill_and_is_offered_for_resume(tmp_path):
    path = tmp_path / "coachkit.db"
    first = Store(path, clock=clock)
    rid = play_two_turns(first)
    del first  # simulated kill: no close(), no finish

    second = Store(path, clock=clock)
    open_round = second.unfinished()
    assert open_round is not None and open_round.id == rid
    assert (open_round.exercise, open_round.lang, open_round.mode, open_round.seed) == (
        "meetings",
        "fi",
        "free",
        7,
    )
    assert [t.coach for t in open_round.turns] == ["Mitä haluat?", "Onko se vaikeaa?"]
    assert open_round.turns[0].feedback == {"tips": ["hyvä"]}
    assert open_round.state == {"turns": ["Mitä haluat?", "Onko se vaikeaa?"]}
    assert second.history() == []  # not finished, not in history
    second.close()


def test_finishing_a_round_moves_it_to_history(tmp_path):
    store = Store(tmp_path / "c.db", clock=clock)
    rid = play_two_turns(store)
    store.finish_round(rid, {"overall": 64, "open_share": 0.5})
    assert store.unfinished() is None
    [done] = store.history()
    assert done.summary == {"overall": 64, "open_share": 0.5}
    assert done.finished == "2026-11-27T10:15:00"
    assert store.round(rid).state is None  # snapshot dropped once finished
    store.close()


def test_discarded_round_is_gone_with_its_turns(tmp_path):
    store = Store(tmp_path / "c.db")
    rid = play_two_turns(store)
    store.discard_round(rid)
    assert store.unfinished() is None and store.round(rid) is None
    assert store._query("SELECT COUNT(*) AS n FROM turns")[0]["n"] == 0
    store.close()


def test_a_failed_write_is_rolled_back_whole(tmp_path):
    store = Store(tmp_path / "c.db")
    rid = store.start_round("x", "fi", "free", 1)
    with pytest.raises(TypeError):
        store.add_turn(rid, 1, "q", state={"bad": object()})  # state not JSON: fails after insert
    assert store.round(rid).turns == []
    store.close()


# --- settings, plans, export, delete --------------------------------------------------------


def test_settings_and_plans_roundtrip(tmp_path):
    store = Store(tmp_path / "c.db")
    store.set_setting("lang", "en")
    store.set_setting("lang", "fi")
    store.save_plan("day", 'title = "Päivä"')
    assert store.get_setting("lang") == "fi" and store.get_setting("nope", "x") == "x"
    assert store.plans() == {"day": 'title = "Päivä"'}
    store.delete_plan("day")
    assert store.plans() == {}
    store.close()


def test_export_json_holds_everything(tmp_path):
    store = Store(tmp_path / "c.db", clock=clock)
    rid = play_two_turns(store)
    store.finish_round(rid, {"overall": 70})
    store.set_setting("lang", "fi")
    store.save_plan("day", "x = 1")
    data = json.loads(export_json(store))
    assert data["format"] == "coachkit-data"
    assert [t["coach"] for t in data["rounds"][0]["turns"]] == ["Mitä haluat?", "Onko se vaikeaa?"]
    assert data["rounds"][0]["summary"] == {"overall": 70}
    assert data["settings"] == {"lang": "fi"}
    assert data["plans"][0]["id"] == "day"
    store.close()


def test_export_csv_has_a_row_per_turn(tmp_path):
    store = Store(tmp_path / "c.db", clock=clock)
    rid = play_two_turns(store)
    store.finish_round(rid, {"overall": 70, "commitment": True})
    store.start_round("other", "en", "choice", 2)  # no turns yet: one row
    rows = list(csv.DictReader(io.StringIO(export_csv(store))))
    assert [(r["round_id"], r["turn"], r["kind"]) for r in rows] == [
        (str(rid), "1", "open"),
        (str(rid), "2", "closed"),
        (str(rid + 1), "", ""),
    ]
    assert rows[0]["coach"] == "Mitä haluat?" and rows[0]["overall"] == "70"
    store.close()


def test_delete_all_leaves_an_empty_working_store(tmp_path):
    path = tmp_path / "c.db"
    store = Store(path)
    play_two_turns(store)
    store.set_setting("lang", "fi")
    store.save_plan("p", "x")
    store.delete_all()
    assert store.dump()["rounds"] == [] and store.settings() == {} and store.plans() == {}
    store.close()
    assert b"Mit\xc3\xa4 haluat" not in path.read_bytes()  # really gone from the file
    assert user_version(path) == VERSION
