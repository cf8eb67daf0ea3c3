"""The live room: anonymous ids, numbers only, aggregates without text, limits, code, export."""

from __future__ import annotations

import csv
import io
import random
import threading

import pytest

from coachkit.workshop.room import (
    NICKNAME_MAX,
    BadSummary,
    RateLimited,
    Room,
    RoomFull,
    UnknownParticipant,
    clean_nickname,
)


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def summary(**overrides):
    base = {
        "open_share": 0.6,
        "leading": 1,
        "advice": 0,
        "reflection_ratio": 1.5,
        "overall": 70,
        "commitment": True,
        "kinds": {"open": 6, "closed": 3, "leading": 1},
        "grow_covered": ["goal", "reality"],
        "transcript": [{"coach": "SECRET-COACH-TEXT", "supervisor": "SECRET-REPLY"}],
        "note": "SECRET-NOTE",
    }
    base.update(overrides)
    return base


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def room(clock):
    return Room(random.Random(1), clock)


def test_the_core_room_holds_no_facilitator_code():
    """The facilitator code lives with the server (coachkit.server.auth), kept and backed off
    per client there; the room itself is numbers and participants only."""
    room = Room(random.Random(5))
    assert not hasattr(room, "code") and not hasattr(room, "check_code")


def test_ids_are_opaque_random_and_distinct(room):
    ids = {room.join() for _ in range(50)}
    assert len(ids) == 50
    assert all(len(pid) == 24 and int(pid, 16) >= 0 for pid in ids)


def test_a_round_keeps_numbers_only(room):
    pid = room.join("Anna")
    record = room.record_round(pid, summary())
    values = list(record.to_dict().values()) + list(record.to_dict()["kinds"].keys())
    assert not any(isinstance(v, str) and "SECRET" in v for v in values)
    assert "SECRET" not in repr(record)
    assert record.open_share == 0.6 and record.overall == 70.0 and record.commitment is True
    assert dict(record.kinds) == {"open": 6, "closed": 3, "leading": 1}


def test_a_participant_sees_only_their_own_rounds(room):
    anna, bo = room.join("Anna"), room.join("Bo")
    room.record_round(anna, summary(overall=90))
    room.record_round(bo, summary(overall=20))
    room.record_round(bo, summary(overall=30))
    assert [r["overall"] for r in room.participant_view(anna)] == [90.0]
    assert [r["overall"] for r in room.participant_view(bo)] == [20.0, 30.0]
    with pytest.raises(UnknownParticipant):
        room.participant_view("0" * 24)


def test_aggregates_hold_counts_and_medians_but_no_text_or_id(room):
    pids = [room.join(name) for name in ("Anna", "Bo", "Cai")]
    room.record_round(pids[0], summary(open_share=0.2, overall=40, kinds={"closed": 5, "open": 1}))
    room.record_round(pids[1], summary(open_share=0.5, overall=60, kinds={"open": 4, "advice": 2}))
    room.record_round(pids[1], summary(open_share=0.9, overall=80, commitment=False))
    agg = room.aggregates()
    assert agg.joined == 3
    assert agg.rounds == 3
    assert agg.median_open_pct == 50.0
    assert agg.median_overall == 60.0
    assert agg.commitment_pct == pytest.approx(66.7)
    assert agg.top_kinds == (("open", 11), ("closed", 8), ("advice", 2))
    shown = repr(agg) + repr(agg.to_dict()) + room.aggregates_csv()
    for secret in ("Anna", "Bo", "Cai", "SECRET", *pids):
        assert secret not in shown


def test_aggregates_of_an_empty_room(room):
    agg = room.aggregates()
    assert (agg.joined, agg.rounds, agg.median_open_pct, agg.top_kinds) == (0, 0, None, ())


def test_forget_removes_a_participant_and_their_rounds(room):
    pid = room.join()
    room.record_round(pid, summary())
    room.forget(pid)
    assert (room.aggregates().joined, room.aggregates().rounds) == (0, 0)
    with pytest.raises(UnknownParticipant):
        room.record_round(pid, summary())


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Anna  ", "Anna"),
        ("An\x00na\x1b[31m", "An na [31m"),
        ("tab\tand\nnewline", "tab and newline"),
        ("zero\u200bwidth", "zero width"),
        ("x" * 100, "x" * NICKNAME_MAX),
        ("\x00\x01 ", None),
        ("", None),
        (None, None),
    ],
)
def test_nicknames_are_cleaned_and_bounded(raw, clean):
    assert clean_nickname(raw) == clean


def test_joined_nickname_is_stored_clean(room):
    pid = room.join("Ä" * 40 + "\x07")
    assert room.nickname(pid) == "Ä" * NICKNAME_MAX


def test_the_room_is_bounded(clock):
    room = Room(random.Random(2), clock, max_participants=3)
    for _ in range(3):
        room.join()
    with pytest.raises(RoomFull):
        room.join()


def test_record_round_is_rate_limited_per_participant(clock):
    room = Room(random.Random(3), clock, rate_limit=2, rate_window=60)
    anna, bo = room.join(), room.join()
    room.record_round(anna, summary())
    clock.now += 1
    room.record_round(anna, summary())
    with pytest.raises(RateLimited):
        room.record_round(anna, summary())
    room.record_round(bo, summary())  # others are not affected
    clock.now += 59
    room.record_round(anna, summary())  # the first round left the window
    assert room.aggregates().rounds == 4


@pytest.mark.parametrize(
    "bad",
    [
        {"open_share": 1.5},
        {"open_share": -0.1},
        {"open_share": "0.5"},
        {"open_share": float("nan")},
        {"overall": 101},
        {"overall": True},
        {"leading": 1.5},
        {"advice": -1},
        {"reflection_ratio": float("inf")},
        {"commitment": "yes"},
        {"kinds": ["open"]},
        {"kinds": {"open": -2}},
    ],
)
def test_bad_summaries_are_refused_and_nothing_is_stored(room, bad):
    pid = room.join()
    with pytest.raises(BadSummary):
        room.record_round(pid, summary(**bad))
    assert room.aggregates().rounds == 0


def test_unknown_kinds_are_not_stored(room):
    pid = room.join()
    record = room.record_round(pid, summary(kinds={"open": 2, "<script>": 5}))
    assert dict(record.kinds) == {"open": 2}


def test_rounds_csv_is_anonymous_unless_nicknames_are_asked_for(room, clock):
    anna = room.join("=Anna")
    room.record_round(anna, summary(open_share=0.25))
    clock.now += 125
    room.record_round(room.join(), summary())
    text = room.rounds_csv()
    assert "Anna" not in text and anna not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["round"], r["minute"], r["open_pct"]) for r in rows] == [
        ("1", "0", "25.0"),
        ("2", "2", "60.0"),
    ]
    assert rows[0]["kind_open"] == "6"
    named = list(csv.DictReader(io.StringIO(room.rounds_csv(include_nicknames=True))))
    assert [r["nickname"] for r in named] == ["'=Anna", ""]


def test_subscribers_hear_every_change_and_can_leave(room):
    heard = []
    room.subscribe(lambda agg: heard.append(("first", agg.joined, agg.rounds)))

    def broken(_agg):
        raise RuntimeError("screen gone")

    room.subscribe(broken)
    pid = room.join()
    room.record_round(pid, summary())
    room.unsubscribe(broken)
    room.unsubscribe(broken)  # twice is harmless
    room.forget(pid)
    assert heard == [("first", 1, 0), ("first", 1, 1), ("first", 0, 0)]


def test_concurrent_rounds_are_all_counted():
    room = Room(random.Random(9), rate_limit=10_000)
    pids = [room.join() for _ in range(20)]

    def play(pid):
        for _ in range(25):
            room.record_round(pid, summary())
            room.aggregates()

    threads = [threading.Thread(target=play, args=(pid,)) for pid in pids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert room.aggregates().rounds == 500
    seqs = sorted(r["round"] for pid in pids for r in room.participant_view(pid))
    assert seqs == list(range(1, 501))


def test_forgetting_one_participant_updates_the_medians(room):
    anna, bo = room.join(), room.join()
    room.record_round(anna, summary(overall=10, open_share=0.1))
    room.record_round(bo, summary(overall=90, open_share=0.9))
    room.record_round(bo, summary(overall=80, open_share=0.7))
    assert room.aggregates().median_overall == 80.0
    room.forget(bo)
    agg = room.aggregates()
    assert (agg.rounds, agg.median_overall, agg.median_open_pct) == (1, 10.0, 10.0)
    assert agg.top_kinds == (("open", 6), ("closed", 3), ("leading", 1))


def test_a_role_play_summary_as_the_engine_gives_it_is_accepted(room):
    # the shape of coachkit.roleplay.scoring.summarise: counts at the top level, texts inside
    engine_summary = {
        "overall": 64,
        "parts": [{"name": "Avoimet", "explanation": "SECRET-EXPLANATION", "points": 20}],
        "commitment": False,
        "open_share": 0.571,
        "questions": 7,
        "open": 4,
        "closed": 2,
        "leading": 1,
        "advice": 1,
        "reflections": 3,
        "reflection_ratio": 0.43,
        "grow_covered": ["goal", "reality"],
        "feedback": [{"coach": "SECRET-COACH-TURN", "did": "SECRET"}],
    }
    record = room.record_round(room.join(), engine_summary)
    assert dict(record.kinds) == {
        "open": 4,
        "closed": 2,
        "leading": 1,
        "advice": 1,
        "reflection": 3,
    }
    assert "SECRET" not in repr(record) and "SECRET" not in room.rounds_csv()


def test_an_observer_tally_round_leaves_score_and_commitment_figures_alone():
    """A tally has no overall score or commitment: it must not drag those medians to 0."""
    from coachkit.workshop.room import Room

    room = Room(rng=__import__("random").Random(1), clock=lambda: 0.0)
    pid = room.join("A")
    room.record_round(pid, {"open_share": 0.5, "overall": 80, "commitment": True})
    room.record_round(pid, {"open_share": 0.7, "reflection_ratio": 1.0})  # tally: no score
    agg = room.aggregates()
    assert (agg.rounds, agg.median_overall, agg.commitment_pct) == (2, 80.0, 100.0)
    assert agg.median_open_pct == 60.0
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(room.rounds_csv())))
    assert (rows[-1]["overall"], rows[-1]["commitment"]) == ("", "")
    assert (rows[0]["overall"], rows[0]["commitment"]) == ("80.0", "1")
