"""The reveal's picture: per section, one source at a time, numbers only."""

from __future__ import annotations

import random

import pytest

from coachkit.workshop.reveal import compare, grow_turns, picture
from coachkit.workshop.room import BadSummary, Room


def roleplay(open_share: float, ratio: float, committed: bool, grow=None) -> dict:
    return {
        "open_share": open_share,
        "reflection_ratio": ratio,
        "overall": 70,
        "commitment": committed,
        "kinds": {"open": 6, "closed": 2, "reflection": 2},
        "grow": grow or {"goal": 2, "reality": 4, "options": 2, "will": 0},
        "transcript": [{"coach": "SECRET words", "analysis": {"grow": "goal"}}],
    }


@pytest.fixture
def room() -> Room:
    return Room(random.Random(3), clock=lambda: 0.0, rate_limit=50)


def test_a_section_picture_has_medians_shares_and_commitments(room):
    a, b, c = room.join("A"), room.join("B"), room.join("C")
    room.record_round(a, roleplay(0.5, 0.2, True), section=3)
    room.record_round(b, roleplay(0.7, 0.4, False), section=3)
    room.record_round(c, roleplay(0.9, 0.6, True), section=3)
    p = picture(room.records(), 3, "roleplay")
    assert p.rounds == 3 and p.open_pct == 70.0 and p.reflections_per_question == 0.4
    assert (p.commitments, p.scored) == (2, 3)
    assert dict(p.kinds) == {"open": 60.0, "closed": 20.0, "reflection": 20.0}
    assert dict(p.grow) == {"goal": 25.0, "reality": 50.0, "options": 25.0}
    assert "SECRET" not in repr(p.to_dict())


def test_this_round_is_compared_with_the_last_earlier_round_that_has_results(room):
    a = room.join()
    room.record_round(a, roleplay(0.4, 0.1, False), section=3)
    room.record_round(a, roleplay(0.8, 0.5, True), section=5)  # section 4 had no results
    now, before = compare(room.records(), 5)
    assert now.open_pct == 80.0 and before.section == 3 and before.open_pct == 40.0
    first, none = compare(room.records(), 3)
    assert none is None and first.rounds == 1


def test_observer_tallies_never_enter_the_role_play_picture_or_aggregates(room):
    a, b = room.join(), room.join()
    room.record_round(a, roleplay(0.5, 0.5, True), section=3)
    before = (room.aggregates(), picture(room.records(), 3, "roleplay"))
    tally = {"open_share": 0.1, "reflection_ratio": 0.0, "kinds": {"closed": 9, "open": 1}}
    room.record_round(b, tally, section=3, source="tally")
    assert (room.aggregates(), picture(room.records(), 3, "roleplay")) == before
    tallies = picture(room.records(), 3, "tally")
    assert tallies.rounds == 1 and tallies.open_pct == 10.0 and tallies.commitments is None
    assert room.tally_aggregates().rounds == 1


def test_a_tally_cannot_carry_a_score_or_a_commitment(room):
    a = room.join()
    record = room.record_round(a, roleplay(0.5, 0.5, True), source="tally")
    assert record.overall is None and record.commitment is None


@pytest.mark.parametrize("bad", [{"source": "chat"}, {"section": -1}, {"section": True}])
def test_a_bad_source_or_section_is_refused_with_its_name(room, bad):
    with pytest.raises(BadSummary, match=next(iter(bad))):
        room.record_round(room.join(), roleplay(0.5, 0.5, True), **bad)


def test_grow_turns_come_from_the_summary_the_transcript_or_the_stages_covered():
    assert grow_turns({"grow": {"goal": 3, "nonsense": 4}}) == {"goal": 3}
    transcript = [{"analysis": {"grow": "reality"}}, {"analysis": {"grow": "reality"}}, {}]
    assert grow_turns({"transcript": transcript}) == {"reality": 2}
    assert grow_turns({"grow_covered": ["goal", "will"]}) == {"goal": 1, "will": 1}
    assert grow_turns({}) == {}
