"""Drills: weak turns become items, the analyser checks each rewrite, and FSRS brings a missed
item back sooner than one answered well."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coachkit.content import load_library
from coachkit.progress import DrillItem, check, pick_items, review, weak_items
from coachkit.progress.drill import content_items, due_now, due_of
from coachkit.store import Store
from coachkit.store.store import WeakTurn

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def item(text="Oletko kokeillut esityslistaa?", lang="fi", key="turn:1:2"):
    return DrillItem(key, text, lang, "closed", "turn")


@pytest.mark.parametrize(
    ("answer", "lang", "ok"),
    [
        ("Mitä olet jo kokeillut?", "fi", True),
        ("Mitä haluaisit palavereilta?", "fi", True),
        ("Miksi et ole kokeillut esityslistaa?", "fi", False),  # why-question
        ("Oletko kokeillut esityslistaa?", "fi", False),  # the same text
        ("Kannattaisi tehdä esityslista.", "fi", False),  # advice
        ("What have you tried so far?", "en", True),
        ("Have you tried an agenda?", "en", False),
    ],
)
def test_the_analyser_checks_each_rewrite(answer, lang, ok):
    assert check(answer, item(lang=lang)).ok is ok


def test_weak_turns_become_items_newest_first_without_duplicates():
    turns = [
        WeakTurn(1, 1, "Oletko kokeillut esityslistaa?", "closed", False, "fi"),
        WeakTurn(1, 2, "Mitä haluat?", "open", False, "fi"),
        WeakTurn(2, 1, "Oletko  kokeillut esityslistaa?", "closed", False, "fi"),
        WeakTurn(2, 3, "Miksi palaverit venyvät?", "open", True, "fi"),
        WeakTurn(3, 1, "Sinun pitäisi lopettaa ajoissa.", "advice", False, "fi"),
    ]
    items = weak_items(turns)
    assert [(i.key, i.kind) for i in items] == [
        ("turn:3:1", "advice"),
        ("turn:2:3", "why"),
        ("turn:2:1", "closed"),
    ]


def test_closed_questions_that_pin_down_a_step_are_not_drilled():
    turns = [
        WeakTurn(1, 1, "When will you start?", "closed", False, "en", "will"),
        WeakTurn(1, 2, "Is the goal clear enough?", "closed", False, "en", "goal"),
        WeakTurn(1, 3, "You should start on Monday.", "advice", False, "en", "will"),
    ]
    assert [i.key for i in weak_items(turns)] == ["turn:1:3", "turn:1:2"]
    bank = [i for i in content_items(load_library(), "en", limit=100) if i.source == "bank"]
    library = load_library()
    stages = {q.id: q.stage for q in library.questions}
    assert bank and all(stages[i.key.split(":", 1)[1]] not in ("will", None) for i in bank)


def test_a_missed_item_comes_back_sooner_than_one_answered_well():
    good = review(None, True, NOW)
    missed = review(None, False, NOW)
    assert due_of(missed) < due_of(good)
    again = review(good, False, due_of(good))
    kept = review(good, True, due_of(good))
    assert due_of(again) - due_of(good) < due_of(kept) - due_of(good)
    assert due_of(again) - due_of(good) >= dt.timedelta(days=1)  # not again within the hour


def test_a_drill_takes_due_items_first_then_new_ones_in_order():
    a, b, c, d = (item(key=k) for k in ("turn:1:1", "turn:1:2", "bank:q1", "bank:q2"))
    cards = {
        a.key: {"item": a.to_dict(), "card": review(None, False, NOW - dt.timedelta(days=3))},
        b.key: {"item": b.to_dict(), "card": review(None, True, NOW)},  # not due yet
    }
    picked = pick_items(cards, [a, b, c, d], NOW)
    assert [i.key for i in picked] == ["turn:1:1", "bank:q1", "bank:q2"]


OTHER_FORMATS = [
    {"due": "2026-11-20"},  # a card of another version of the scheduler: fields missing
    {"card_id": 1, "state": 9, "step": 0, "stability": 1, "difficulty": 1, "due": "x"},
    {"card_id": "one", "state": 2},
    [],
]


@pytest.mark.parametrize("other", OTHER_FORMATS)
def test_a_card_in_another_format_counts_as_not_scheduled_and_is_reset_by_the_next_answer(other):
    """A store can hold a card the scheduler cannot read (written by another version after an
    upgrade or a downgrade): it is not due, the item is offered as new, and answering it writes a
    readable card over it. Nothing raises, so Home and the drill still draw."""
    a, b, c = (item(key=k) for k in ("turn:1:1", "bank:q1", "bank:q2"))
    cards = {
        a.key: {"item": a.to_dict(), "card": other},
        b.key: {"item": b.to_dict(), "card": review(None, False, NOW - dt.timedelta(days=3))},
        "bank:gone": {
            "item": {"text": "x"},
            "card": review(None, False, NOW - dt.timedelta(days=3)),
        },
    }
    assert due_now(cards, NOW) == 1
    assert [i.key for i in pick_items(cards, [a, b, c], NOW)] == ["bank:q1", "turn:1:1", "bank:q2"]
    fresh = review(other, False, NOW)
    assert due_of(fresh) > NOW and due_now({a.key: {"item": a.to_dict(), "card": fresh}}, NOW) == 0


def test_content_items_are_closed_bank_questions_and_weak_options():
    items = content_items(load_library(), "en")
    assert items and all(i.lang == "en" and i.text for i in items)
    assert {i.source for i in items} <= {"bank", "option"}
    assert any(i.source == "bank" for i in items)


def test_the_store_keeps_weak_turns_and_drill_cards_per_owner(tmp_path: Path):
    store = Store(tmp_path / "d.db")
    rid = store.start_round("ex", "fi", "free", 1)
    store.add_turn(rid, 1, "Oletko kokeillut?", kind="closed")
    store.add_turn(rid, 2, "Mitä haluat?", kind="open")
    assert store.weak_turns() == []  # unfinished rounds are not drilled
    store.finish_round(rid, {"overall": 10})
    assert [t.coach for t in store.weak_turns()] == ["Oletko kokeillut?"]
    card = review(None, False, NOW)
    store.save_drill_card("turn:1:1", item().to_dict(), card, due_of(card).isoformat(), False)
    store.save_drill_card("turn:1:1", item().to_dict(), card, due_of(card).isoformat(), True)
    saved = store.drill_cards()["turn:1:1"]
    assert (saved["reviews"], saved["misses"]) == (2, 1)
    phone = store.for_owner("d-1")
    assert phone.drill_cards() == {} and phone.weak_turns() == []
    store.delete_all()
    assert store.drill_cards() == {}
