"""Phones served by one laptop in a LAN workshop share its data file but never each other's data."""

from __future__ import annotations

import json

import pytest

from coachkit.store import LOCAL, export_csv, export_json, open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "coachkit.db")
    yield s
    s.close()


def play(store, exercise="meetings-run-late", text="Mitä haluat?"):
    rid = store.start_round(exercise, "fi", "free", 1)
    store.add_turn(rid, 1, text, kind="open")
    store.finish_round(rid, {"overall": 50})
    return rid


def test_each_owner_sees_only_its_own_rounds(store):
    anna, ville = store.for_owner("anna-phone"), store.for_owner("ville-phone")
    a = play(anna, text="Annan kysymys")
    v = play(ville, text="Villen kysymys")
    play(store)
    assert [r.id for r in anna.history()] == [a]
    assert [r.id for r in ville.history()] == [v]
    assert len(store.history()) == 1 and store.owner == LOCAL
    assert anna.round(v) is None and ville.round(a) is None and store.round(a) is None
    assert "Villen" not in export_json(anna) and "Villen" not in export_csv(anna)
    assert "Annan" in export_json(anna)


def test_unfinished_round_is_per_owner(store):
    anna = store.for_owner("anna-phone")
    anna.start_round("own-workload", "en", "choice", 2)
    assert store.unfinished() is None
    assert anna.unfinished().exercise == "own-workload"


def test_settings_are_per_owner(store):
    anna = store.for_owner("anna-phone")
    store.set_setting("lang", "fi")
    anna.set_setting("lang", "en")
    assert store.get_setting("lang") == "fi" and anna.get_setting("lang") == "en"
    assert store.settings() == {"lang": "fi"}
    assert anna.settings() == {"lang": "en"}


def test_delete_all_touches_only_the_owner(store):
    anna, ville = store.for_owner("anna-phone"), store.for_owner("ville-phone")
    play(anna)
    play(ville)
    anna.set_setting("lang", "en")
    store.save_plan("mine", "x = 1")
    anna.delete_all()
    assert anna.history() == [] and anna.settings() == {}
    assert len(ville.history()) == 1 and store.plans() == {"mine": "x = 1"}
    store.delete_all()
    assert store.plans() == {} and len(ville.history()) == 1


def test_a_phone_cannot_finish_or_discard_another_owners_round(store):
    anna, ville = store.for_owner("anna-phone"), store.for_owner("ville-phone")
    rid = anna.start_round("own-workload", "fi", "free", 1)
    ville.discard_round(rid)
    ville.finish_round(rid, {"overall": 100})
    assert anna.unfinished().id == rid


def test_export_of_a_phone_leaves_out_the_laptops_plans(store):
    store.save_plan("secret-plan", "x = 1")
    assert json.loads(export_json(store.for_owner("anna-phone")))["plans"] == []


@pytest.mark.parametrize("bad", ["", "a b", "x" * 65, "../etc", "a;drop"])
def test_owner_ids_are_checked(store, bad):
    with pytest.raises(ValueError):
        store.for_owner(bad)


def test_old_file_rounds_belong_to_the_local_owner(tmp_path):
    import sqlite3

    from coachkit.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for i, step in enumerate(MIGRATIONS[:2]):
        step(db)
        db.execute(f"PRAGMA user_version = {i + 1}")
    db.execute(
        "INSERT INTO rounds (exercise, lang, mode, seed, started, finished, summary) "
        "VALUES ('x', 'fi', 'free', 1, '2026-01-01T10:00:00', '2026-01-01T10:10:00', '{}')"
    )
    db.commit()
    db.close()
    s = open_store(path)
    assert [r.exercise for r in s.history()] == ["x"]
    assert s.for_owner("phone").history() == []
    s.close()
