"""The room's numbers kept in the data folder: a restarted server gets the same totals back, the
file holds numbers and random ids only, and a stale or damaged file never stops a room."""

from __future__ import annotations

import random
import sqlite3

from coachkit.workshop.room import Room
from coachkit.workshop.room_file import MAX_AGE, RoomFile

SUMMARY = {
    "open_share": 0.75,
    "leading": 1,
    "advice": 0,
    "reflection_ratio": 0.5,
    "overall": 72.0,
    "commitment": True,
    "kinds": {"open": 3, "closed": 1},
    "grow": {"goal": 1, "reality": 2},
}


class Clock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def kept_room(path, wall: Clock, mono: Clock, seed: int = 1) -> tuple[Room, RoomFile]:
    keep = RoomFile(path, clock=wall)
    saved = keep.load()
    room = Room(random.Random(seed), mono, journal=keep)
    if saved is not None:
        room.restore(saved.participants, saved.rounds, saved.seconds_open)
    keep.opened(room.seconds_open())
    return room, keep


def test_a_restarted_room_has_the_same_totals_and_rounds(tmp_path):
    wall, mono = Clock(50_000.0), Clock()
    room, keep = kept_room(tmp_path / "room-8550.sqlite3", wall, mono)
    anna, ben, cara = room.join("Anna"), room.join("Ben"), room.join()
    mono.now += 180
    wall.now += 180
    room.record_round(anna, SUMMARY, section=2)
    room.record_round(ben, {**SUMMARY, "open_share": 0.25, "overall": 40.0, "commitment": False})
    room.record_round(cara, {"open_share": 0.5, "kinds": {"open": 2}}, source="tally")
    before, records, tallies = room.aggregates(), room.records(), room.tally_aggregates()
    keep.close()  # the server stops (or dies): nothing more is written

    wall.now += 600  # ten minutes later, a new process with a new monotonic clock
    again, _ = kept_room(tmp_path / "room-8550.sqlite3", wall, Clock(5.0), seed=2)

    assert again.aggregates() == before
    assert again.tally_aggregates() == tallies
    assert again.records() == records
    assert again.participant_view(anna) == room.participant_view(anna)
    later = again.record_round(ben, SUMMARY)
    assert later.seq == max(r.seq for r in records) + 1  # rounds keep their order
    assert later.minute == 13  # the room has been open 3 + 10 minutes


def test_the_file_holds_numbers_and_random_ids_never_a_nickname(tmp_path):
    path = tmp_path / "room-8550.sqlite3"
    room, keep = kept_room(path, Clock(), Clock())
    pid = room.join("Marjatta Virtanen")
    room.record_round(pid, {**SUMMARY, "transcript": "Mitä haluaisit saada aikaan?"})
    keep.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"Marjatta" not in raw and b"haluaisit" not in raw
    again, _ = kept_room(path, Clock(), Clock())
    assert again.nickname(pid) is None  # the participant is back, unnamed


def test_a_phone_that_joins_again_after_a_restart_is_the_same_participant(tmp_path):
    from coachkit.server.live import LiveRoom

    path = tmp_path / "room-8551.sqlite3"
    live = LiveRoom(keep=RoomFile(path))
    pid = live.join("Ben", device="d-" + "a" * 24)
    live.keep.close()

    again = LiveRoom(keep=RoomFile(path))
    assert again.restored == (1, 0)
    assert again.join("Ben", device="d-" + "a" * 24) == pid
    assert again.aggregates().joined == 1


def test_a_room_from_an_earlier_day_is_not_restored(tmp_path):
    path = tmp_path / "room-8550.sqlite3"
    wall = Clock(100_000.0)
    room, keep = kept_room(path, wall, Clock())
    room.record_round(room.join(), SUMMARY)
    keep.close()
    wall.now += MAX_AGE + 60
    again, _ = kept_room(path, wall, Clock())
    assert again.aggregates().joined == 0 and again.records() == []
    wall.now += 1  # and the old numbers are gone from the file
    assert RoomFile(path, clock=wall).load() is not None
    assert RoomFile(path, clock=wall).load().participants == []


def test_a_damaged_round_is_left_out_and_the_rest_restored(tmp_path):
    path = tmp_path / "room-8550.sqlite3"
    room, keep = kept_room(path, Clock(), Clock())
    pid = room.join()
    room.record_round(pid, SUMMARY)
    room.record_round(pid, SUMMARY)
    keep.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE rounds SET open_share = 7.5 WHERE seq = 1")
        db.execute("UPDATE rounds SET kinds = '{\"open\": -3}' WHERE seq = 2")
        db.execute("INSERT INTO participants (pid) VALUES ('p2')")
        db.execute(
            "INSERT INTO rounds VALUES (3, 'p2', 0, NULL, 'roleplay', 0.5, 0, 0, 0.2, 50, 1, "
            "'{\"open\": 1}', '{}')"
        )
    again, _ = kept_room(path, Clock(), Clock())
    assert [r.seq for r in again.records()] == [3]
    assert again.aggregates().joined == 2


def test_a_folder_that_cannot_be_written_leaves_the_room_in_memory_with_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    keep = RoomFile(blocker / "room-8550.sqlite3")
    assert not keep.kept
    assert keep.problem is not None and "\n" not in keep.problem
    assert "reset when the server restarts" in keep.problem
    room = Room(journal=keep)
    room.record_round(room.join(), SUMMARY)  # the room works on
    assert room.aggregates().rounds == 1
    assert keep.load() is None
