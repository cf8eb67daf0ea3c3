"""Praise and reflection side by side (docs/analyser.md, decision 8 and the eighth round).

The coach's own appraisal of who the supervisor is ("You're a calm boss.") is an affirmation:
other talk with the flag, never a reflection. A mirror of their situation said in the same shape
("You're a month away from the launch.") is a reflection. A turn that mirrors what they said and
also praises or hands the choice back stays the reflection it is: an affirmation is never a
reflection, so the praise flag goes, while a word on their autonomy keeps its flag.

Examples written for these classes (none from a labelled set).
"""

from __future__ import annotations

import pytest

from coachkit.analysis import analyze

APPRAISALS = [
    ("en", "You're a calm boss."),
    ("en", "You're a great listener."),
    ("en", "You're an honest supervisor."),
    ("fi", "Olet reilu esihenkilö."),
    ("fi", "Sä oot tosi kärsivällinen esihenkilö."),
]

SITUATIONS = [
    ("en", "You're a month away from the launch."),
    ("en", "You're a team lead now, not one of the crew."),
    ("en", "You're a bit shaken by all this."),
]

REFLECTIONS_THAT_HAND_BACK = [
    ("en", "You'd like to settle the rota on your own, and that's entirely your decision."),
    ("en", "You're leaning towards the trial, and in the end the call is yours."),
]


@pytest.mark.parametrize(("lang", "text"), APPRAISALS)
def test_an_appraisal_of_who_they_are_is_an_affirmation(lang, text):
    result = analyze(text, lang)
    assert (result.kind, result.affirm) == ("other", True)


@pytest.mark.parametrize(("lang", "text"), SITUATIONS)
def test_a_mirror_of_their_situation_in_the_same_shape_is_a_reflection(lang, text):
    result = analyze(text, lang)
    assert (result.kind, result.affirm) == ("reflection", False)


@pytest.mark.parametrize(("lang", "text"), REFLECTIONS_THAT_HAND_BACK)
def test_a_reflection_that_hands_the_choice_back_keeps_both(lang, text):
    result = analyze(text, lang)
    assert (result.kind, result.autonomy) == ("reflection", True)


@pytest.mark.parametrize(
    ("lang", "text", "affirm"),
    [
        ("en", "How did you manage to keep the whole crew going through that winter?", True),
        ("fi", "Huomasitko, miten taitavasti sä rauhoittelit sen asiakkaan?", True),
        ("en", "What did the client say?", False),
        ("fi", "Miten se demo meni?", False),
    ],
)
def test_an_affirmation_asked_as_a_question_keeps_its_flag(lang, text, affirm):
    assert analyze(text, lang).affirm is affirm
