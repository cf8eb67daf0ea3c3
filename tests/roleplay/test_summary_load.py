"""Stored summaries of any version load as the typed Summary: what History, progress and the live
room read. A stored row is never an error."""

from __future__ import annotations

from coachkit.progress import measures_of
from coachkit.roleplay.summary import Summary


def test_an_older_row_with_nested_counts_and_a_turn_list_reads_as_numbers():
    row = {"advice": {"count": 3}, "turns": [{"coach": "a"}, {"coach": "b"}], "overall": 40}
    loaded = Summary.load(row)
    assert (loaded.advice, loaded.turns, loaded.overall) == (3, 2, 40)
    assert measures_of(row).advice == 3


def test_a_field_that_no_longer_fits_keeps_its_default_and_the_rest_still_loads():
    loaded = Summary.load({"overall": "lots", "open_share": 0.25, "commitment": True})
    assert (loaded.overall, loaded.open_share, loaded.commitment) == (0, 0.25, True)


def test_anything_that_is_not_a_mapping_is_an_empty_summary():
    for stored in (None, [], "x", 7):
        assert Summary.load(stored).overall == 0


def test_the_title_is_read_in_the_language_asked_else_the_exercise_id():
    loaded = Summary.load({"exercise": "meetings-run-late", "title": {"fi": "Palaverit"}})
    assert loaded.title_in("fi") == "Palaverit"
    assert loaded.title_in("en") == "meetings-run-late"


def test_the_figures_the_room_reads_keep_only_what_the_row_had():
    row = {"advice": {"count": 2}, "open_share": 0.5, "kinds": {"open": 3}}
    sent = Summary.load(row).model_dump(exclude_unset=True)
    assert sent == {"advice": 2, "open_share": 0.5, "kinds": {"open": 3}}
