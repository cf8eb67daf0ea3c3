"""A statement that opens as a reflection ("It sounds like...", "Kuulostaa siltä...") is read as one,
whatever its topic words; an affirmation or a word on the other's autonomy stays other talk.

Examples written for this class (none from a labelled set).
"""

from __future__ import annotations

import pytest

from coachkit.analysis import analyze

REFLECTIONS = [
    ("en", "It sounds like you are alone with this decision."),
    ("en", "Sounds like the budget decision keeps you up at night."),
    ("en", "It seems the reorganisation decision came out of the blue for you."),
    ("en", "It sounds like the decision on the rota is yours to carry."),
    ("fi", "Kuulostaa siltä, että päätös on jäänyt sinulle yksin."),
    ("fi", "Kuulostaa siltä, että budjettipäätös painaa sinua."),
    ("fi", "Kuulostaa siltä, että vuorolistapäätös tuli sinulle yllätyksenä."),
]

OTHER = [
    ("en", "Great job on that decision!"),
    ("fi", "Sinä tunnet tämän tiimin parhaiten, joten päätös on sinun."),
    ("en", "You know your team best, so the decision is entirely yours."),
]


@pytest.mark.parametrize(("lang", "text"), REFLECTIONS)
def test_a_reflective_opener_keeps_a_statement_a_reflection(lang, text):
    assert analyze(text, lang).kind == "reflection"


@pytest.mark.parametrize(("lang", "text"), OTHER)
def test_affirmations_and_autonomy_stay_other_talk(lang, text):
    assert analyze(text, lang).kind == "other"
