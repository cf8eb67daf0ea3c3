"""What a round card says, in Finnish with names inflected, and in English."""

from __future__ import annotations

import pytest

from coachkit.i18n import Translator
from coachkit.ui.phone.words import partitive, role_line
from coachkit.workshop.run_state import Assignment


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Aino", "Ainoa"),
        ("Minna", "Minnaa"),
        ("Ville", "Villeä"),
        ("Sanni", "Sannia"),
        ("Heidi", "Heidiä"),
        ("Eetu", "Eetua"),
        ("Niklas", "Niklasta"),
        ("Kim", "Kimiä"),
        ("Leon", "Leonia"),
        ("Aino K.", "Aino K."),  # no letter at the end: left as it is
        ("3", "3"),
    ],
)
def test_finnish_first_names_take_the_partitive_by_their_ending_and_vowels(name, expected):
    assert partitive(name) == expected


def test_the_round_card_says_each_role_in_finnish_as_a_trainer_would():
    fi = Translator("fi")
    coach = Assignment(1, "coach", "Minna", "Aino", ("Pekka",))
    coachee = Assignment(1, "coachee", "Minna", "Aino", ("Pekka",))
    observer = Assignment(1, "observer", "Minna", "Aino", ("Pekka",))
    four = Assignment(2, "coach", "Ville", "Sanni", ("Otto", "Kaisa"), repeat=True)
    assert role_line(fi, "fi", coach) == "sinä valmennat Ainoa, Pekka havainnoi"
    assert role_line(fi, "fi", coachee) == "Minna valmentaa sinua, Pekka havainnoi"
    assert role_line(fi, "fi", observer) == "sinä havainnoit: Minna valmentaa Ainoa"
    assert role_line(fi, "fi", four) == "sinä valmennat Sannia, Otto ja Kaisa havainnoivat (toisto)"


def test_english_names_are_never_inflected():
    en = Translator("en")
    coach = Assignment(1, "coach", "Minna", "Aino", ())
    assert role_line(en, "en", coach) == "you coach Aino"
