"""A phone finds its own role in the facilitator's current section by the name it joined with."""

from __future__ import annotations

import pytest

from coachkit.workshop.rotation import rotate
from coachkit.workshop.run_state import RunState, match_name

NAMES = ["Aino", "Minna", "Pekka", "Ville", "Sanni", "Otto"]


def state(round_no: int | None = 2, kind: str = "triad-round", names=NAMES) -> RunState:
    rotation = rotate(names)
    groups = rotation.rounds[(round_no or 1) - 1].groups if round_no else ()
    return RunState(
        version=1,
        section=4,
        sections=7,
        kind=kind,
        title={"fi": "Triadikierros 2", "en": "Triad round 2"},
        exercise="own-workload",
        round=round_no,
        rounds=3,
        groups=groups,
        names=tuple(names),
    )


def test_each_person_of_a_triad_gets_one_role_and_sees_the_other_two():
    s = state(2)  # round 2 of [Aino, Minna, Pekka]: Minna coaches Pekka, Aino observes
    coach, coachee, observer = (s.assignment(n) for n in ("Minna", "Pekka", "Aino"))
    assert (coach.role, coachee.role, observer.role) == ("coach", "coachee", "observer")
    assert coach.coachee == "Pekka" and coach.observers == ("Aino",)
    assert {coach.group, coachee.group, observer.group} == {1}
    assert s.assignment("Ville").group == 2


@pytest.mark.parametrize("typed", ["minna", "  MINNA ", "Minna"])
def test_a_typed_name_matches_whatever_its_case_and_spaces(typed):
    assert state(2).assignment(typed).role == "coach"


def test_a_first_name_matches_only_when_one_person_has_it():
    names = ["Aino Koski", "Aino Lahti", "Minna Virta", "Pekka", "Ville", "Sanni"]
    assert match_name("Minna", names) == "Minna Virta"
    assert match_name("Aino", names) is None  # two Ainos: ask the facilitator
    assert match_name("aino lahti", names) == "Aino Lahti"


@pytest.mark.parametrize("name", [None, "", "Zoe", "1"])
def test_no_name_or_an_unknown_one_gets_no_role_but_the_section_still_shows(name):
    s = state(2)
    assert s.assignment(name) is None
    assert s.title["fi"] == "Triadikierros 2" and s.exercise == "own-workload"


def test_outside_practice_blocks_nobody_has_a_role():
    assert state(None, kind="break").assignment("Aino") is None


def test_an_anonymous_plan_numbers_people_and_no_typed_name_matches_a_number():
    s = state(1, names=list(range(1, 7)))
    assert s.assignment("1") is None


def test_the_run_state_as_a_dict_carries_numbers_and_plan_names_only():
    data = state(2).to_dict()
    assert data["round"] == 2 and data["rounds"] == 3 and data["kind"] == "triad-round"
    assert data["groups"][0] == {"coach": "Minna", "coachee": "Pekka", "observers": ["Aino"]}
