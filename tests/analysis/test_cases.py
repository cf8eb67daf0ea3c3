"""Whole-utterance labels on 270+ utterances written for these tests (see cases_fi, cases_en)."""

from __future__ import annotations

import pytest
from cases_en import CASES as EN
from cases_fi import CASES as FI

from coachkit.analysis import analyze

QUESTION_KINDS = ("open", "closed", "leading")
ROWS = [("fi", *row) for row in FI] + [("en", *row) for row in EN]


def test_enough_own_cases():
    assert len(FI) >= 100 and len(EN) >= 100


@pytest.mark.parametrize(("lang", "text", "kind", "why", "stacked", "grow"), ROWS)
def test_labels(lang, text, kind, why, stacked, grow):
    result = analyze(text, lang)
    expected = (kind, bool(why), bool(stacked), grow if kind in QUESTION_KINDS else None)
    assert (result.kind, result.why, result.stacked, result.grow) == expected


@pytest.mark.parametrize(("lang", "text", "kind", "why", "stacked", "grow"), ROWS)
def test_language_is_detected(lang, text, kind, why, stacked, grow):
    if len(text.split()) >= 3:
        assert analyze(text).lang == lang
