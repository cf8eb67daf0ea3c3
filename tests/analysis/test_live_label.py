"""The practice screen's live feedback shows a kind the model is unsure of softly."""

from __future__ import annotations

import dataclasses

import pytest

from coachkit.analysis import analyze
from coachkit.i18n import Translator
from coachkit.ui.components.chips import analysis_chips


def _kind_text(chips) -> str:
    kind = next(c for c in chips if c.key == "kind")
    return kind.content.controls[-1].value


@pytest.mark.parametrize(
    ("lang", "sure", "unsure"),
    [("fi", "Avoin kysymys", "luultavasti avoin"), ("en", "Open question", "probably open")],
)
def test_kind_chip_is_soft_when_the_model_is_unsure(lang, sure, unsure):
    result = analyze("What happened?", "en")
    low = dataclasses.replace(result, confidence={**result.confidence, "kind": 0.45})
    high = dataclasses.replace(result, confidence={**result.confidence, "kind": 0.95})
    assert _kind_text(analysis_chips(Translator(lang), high)) == sure
    assert _kind_text(analysis_chips(Translator(lang), low)) == unsure
