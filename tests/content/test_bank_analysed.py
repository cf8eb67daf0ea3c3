"""Every question bank entry is, to the analyser, a question of the kind and GROW stage it is tagged
with. A mismatch is a content bug or an analyser bug; fix the right one."""

from __future__ import annotations

import pytest

from coachkit.analysis import analyze
from coachkit.content import load_library

BANK = load_library().questions


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_bank_is_large_enough(lang):
    assert len(BANK) >= 200


@pytest.mark.parametrize(
    ("question", "lang"),
    [(q, lang) for q in BANK for lang in ("fi", "en")],
    ids=[f"{q.id}-{lang}" for q in BANK for lang in ("fi", "en")],
)
def test_bank_question_is_analysed_as_tagged(question, lang):
    text = question.text.get(lang)
    result = analyze(text, lang=lang)
    assert (result.kind, result.grow) == (question.kind, question.stage), text
    assert not result.stacked, text
