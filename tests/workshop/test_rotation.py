"""Groups and role rotation: sizes by rule, every role once per cycle, the supervisor variant."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachkit.workshop.rotation import (
    RotationError,
    fit,
    group_sizes,
    make_groups,
    rotate,
    supervisor_rounds,
)


@pytest.mark.parametrize(
    ("people", "sizes"),
    [
        (2, [2]),
        (3, [3]),
        (4, [4]),
        (5, [3, 2]),
        (6, [3, 3]),
        (7, [3, 4]),
        (8, [4, 4]),
        (9, [3, 3, 3]),
        (10, [3, 3, 4]),
        (11, [3, 4, 4]),
        (12, [3, 3, 3, 3]),
        (13, [3, 3, 3, 4]),
        (14, [3, 3, 4, 4]),
        (30, [3] * 10),
        (31, [3] * 9 + [4]),
        (200, [3] * 64 + [4, 4]),
    ],
)
def test_group_sizes_prefer_threes_then_fours_then_a_pair(people, sizes):
    assert group_sizes(people) == sizes


@pytest.mark.parametrize("people", [-1, 0, 1])
def test_fewer_than_two_people_cannot_be_grouped(people):
    with pytest.raises(RotationError):
        group_sizes(people)


def test_too_many_people_are_refused():
    with pytest.raises(RotationError, match="2..200"):
        rotate(201)


def test_duplicate_names_are_refused():
    with pytest.raises(RotationError, match="duplicate"):
        rotate(["Anna", "Bo", "Anna"])


def test_a_triad_rotates_so_that_the_coach_observes_next():
    rounds = rotate(["Anna", "Bo", "Cai"]).rounds
    roles = [(g.coach, g.coachee, g.observers) for r in rounds for g in r.groups]
    assert roles == [
        ("Anna", "Bo", ("Cai",)),
        ("Bo", "Cai", ("Anna",)),
        ("Cai", "Anna", ("Bo",)),
    ]


def test_a_pair_has_no_observer_and_two_rounds():
    rotation = rotate(2)
    assert [(g.coach, g.coachee, g.observers) for r in rotation.rounds for g in r.groups] == [
        (1, 2, ()),
        (2, 1, ()),
    ]


def test_a_four_has_four_rounds_with_two_observers_each():
    rotation = rotate(4)
    assert len(rotation.rounds) == 4
    for r in rotation.rounds:
        assert len(r.groups[0].observers) == 2
    assert sorted(r.groups[0].coach for r in rotation.rounds) == [1, 2, 3, 4]


def test_a_triad_beside_a_four_repeats_its_first_round_in_round_four():
    rotation = rotate(7)
    triad_rounds = [r.groups[0] for r in rotation.rounds]
    assert [g.repeat for g in triad_rounds] == [False, False, False, True]
    last, first = triad_rounds[3], triad_rounds[0]
    assert (last.coach, last.coachee, last.observers) == (
        first.coach,
        first.coachee,
        first.observers,
    )


def test_json_shape_is_exactly_rounds_groups_coach_coachee_observers():
    data = rotate(["A", "B", "C"]).to_dict()
    assert data == {
        "rounds": [
            {"groups": [{"coach": "A", "coachee": "B", "observers": ["C"]}]},
            {"groups": [{"coach": "B", "coachee": "C", "observers": ["A"]}]},
            {"groups": [{"coach": "C", "coachee": "A", "observers": ["B"]}]},
        ]
    }


def test_same_seed_same_groups_and_no_seed_keeps_order():
    assert rotate(20, seed=7) == rotate(20, seed=7)
    assert rotate(20, seed=7) != rotate(20, seed=8)
    assert make_groups(6) == ((1, 2, 3), (4, 5, 6))


@settings(max_examples=200, deadline=None)
@given(people=st.integers(min_value=2, max_value=60), seed=st.one_of(st.none(), st.integers()))
def test_rotation_properties(people, seed):
    rotation = rotate(people, seed=seed)
    everyone = set(range(1, people + 1))
    sizes = [len(g) for g in rotation.groups]

    # group sizes within 2..4, a pair only when threes and fours cannot make the count
    assert all(2 <= s <= 4 for s in sizes)
    assert sum(sizes) == people
    if 2 in sizes:
        assert people in (2, 5) and sizes.count(2) == 1

    # the cycle is as long as the largest group
    assert len(rotation.rounds) == max(sizes)

    for r in rotation.rounds:
        seen = Counter(p for g in r.groups for p in g.members)
        # everyone is in exactly one group per round
        assert set(seen) == everyone
        assert all(n == 1 for n in seen.values())
        for g in r.groups:
            # each role filled; observers are everyone else in the group
            assert g.coach != g.coachee
            assert len(g.observers) == len(g.members) - 2

    # over each group's own cycle: coach once, coachee once, observer once where the group has >= 3
    for gi, members in enumerate(rotation.groups):
        own = [r.groups[gi] for r in rotation.rounds[: len(members)]]
        assert not any(g.repeat for g in own)
        assert Counter(g.coach for g in own) == Counter(members)
        assert Counter(g.coachee for g in own) == Counter(members)
        observed = Counter(o for g in own for o in g.observers)
        if len(members) >= 3:
            assert set(observed) == set(members)
            assert all(n == len(members) - 2 for n in observed.values())
        else:
            assert not observed


def test_supervisor_is_coached_by_each_member_in_turn_while_the_others_observe():
    rounds = supervisor_rounds("Boss", ["A", "B", "C"])
    assert [(r.groups[0].coach, r.groups[0].coachee) for r in rounds] == [
        ("A", "Boss"),
        ("B", "Boss"),
        ("C", "Boss"),
    ]
    assert [r.groups[0].observers for r in rounds] == [("B", "C"), ("C", "A"), ("A", "B")]
    assert all(r.resting == () for r in rounds)


def test_supervisor_rounds_with_one_observer_let_the_others_rest():
    rounds = supervisor_rounds("Boss", ["A", "B", "C", "D"], observers=1)
    assert [r.groups[0].observers for r in rounds] == [("B",), ("C",), ("D",), ("A",)]
    assert rounds[0].resting == ("C", "D")
    for r in rounds:
        assert len(r.groups[0].members) + len(r.resting) == 5


@pytest.mark.parametrize(
    ("supervisor", "members", "observers"),
    [
        ("Boss", [], None),
        ("Boss", ["A", "A"], None),
        ("Boss", ["A", "Boss"], None),
        ("Boss", ["A"], -1),
    ],
)
def test_supervisor_rounds_refuse_bad_teams(supervisor, members, observers):
    with pytest.raises(RotationError):
        supervisor_rounds(supervisor, members, observers)


# --- how a rotation fits the plan's practice rounds ----------------------------------------------


def test_seven_people_need_four_rounds_and_three_leave_one_person_without_coaching():
    names = ["Aino", "Minna", "Pekka", "Ville", "Sanni", "Otto", "Kaisa"]
    f = fit(rotate(names), 3)
    assert f.short and f.needed == 4 and f.never_coach == ("Kaisa",)
    added = fit(rotate(names), 4)
    assert not added.short and added.never_coach == () and added.repeats == 1  # the triad


def test_threes_and_pairs_rotate_within_three_rounds():
    assert group_sizes(7, largest=3) == [3, 2, 2]
    assert group_sizes(8, largest=3) == [3, 3, 2]
    assert group_sizes(4, largest=3) == [2, 2]
    assert group_sizes(9, largest=3) == [3, 3, 3]
    f = fit(rotate(7, largest=3), 3)
    assert not f.short and f.never_coach == ()


def test_more_planned_rounds_than_the_cycle_repeat_and_are_counted():
    f = fit(rotate(6), 4)
    assert not f.short and f.repeats == 2
