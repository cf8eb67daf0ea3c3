"""The analyse() contract other parts of coachkit rely on."""

from __future__ import annotations

import dataclasses
import json

import pytest

from coachkit.analysis import GROW_STAGES, KINDS, Analysis, Cue, analyze


def test_contract_fields():
    result = analyze("Oletko harkinnut delegointia?")
    assert isinstance(result, Analysis)
    assert (result.lang, result.kind, result.grow, result.question) == (
        "fi",
        "leading",
        "options",
        True,
    )
    assert result.better == "Mitä vaihtoehtoja sinulla on?"
    assert result.tips and all(isinstance(t, str) and t for t in result.tips)
    assert all(isinstance(c, Cue) for c in result.cues)


def test_frozen():
    result = analyze("What happened?")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kind = "closed"  # type: ignore[misc]


def test_to_dict_is_json_ready_and_complete():
    result = analyze("What happened, and how did you feel?", "en")
    data = json.loads(json.dumps(result.to_dict()))
    for key in [
        "text",
        "lang",
        "kind",
        "why",
        "stacked",
        "grow",
        "question",
        "questions",
        "cues",
        "tips",
        "better",
        "word_count",
        "focus",
        "coach_centred",
        "what_else",
    ]:
        assert key in data
    assert data["stacked"] is True and data["questions"] == 2
    assert data["cues"][0].keys() == {"rule", "start", "end", "text"}


@pytest.mark.parametrize(
    "text",
    ["Ymmärrän. Mitä seuraavaksi?", "So, what would you like to change?", "Kerro lisää!"],
)
def test_cue_spans_point_into_the_text(text):
    result = analyze(text)
    for cue in result.cues:
        assert text[cue.start : cue.end] == cue.text


def test_tips_language_can_differ_from_text():
    fi = analyze("Have you considered delegating?", "en", tips_lang="fi")
    assert fi.lang == "en" and fi.better == "Mitä vaihtoehtoja sinulla on?"
    en = analyze("Oletko harkinnut delegointia?", tips_lang="en")
    assert en.better == "What options do you have?"
    assert en.tips != analyze("Oletko harkinnut delegointia?").tips


@pytest.mark.parametrize(
    ("text", "lang", "why_tip", "stacked_tip"),
    [
        ("Miksi teit niin?", "fi", True, False),
        ("Mitä tapahtui ja miltä se tuntui?", "fi", False, True),
        ("Why did you do that?", "en", True, False),
    ],
)
def test_tips_name_the_problem(text, lang, why_tip, stacked_tip):
    result = analyze(text, lang)
    joined = " ".join(result.tips).lower()
    assert (("miksi" in joined) or ("why" in joined)) is why_tip
    assert (("monta" in joined) or ("several" in joined)) is stacked_tip


def test_reflection_and_open_have_no_better_question():
    assert analyze("It sounds like you're torn.", "en").better is None
    assert analyze("Mitä haluat saavuttaa?", "fi").better is None


@pytest.mark.parametrize("bad", ["sv", "xx", "english"])
def test_unknown_language_is_an_error(bad):
    with pytest.raises(ValueError):
        analyze("Hello?", bad)
    with pytest.raises(ValueError):
        analyze("Hello?", "en", tips_lang=bad)


def test_text_must_be_a_string():
    with pytest.raises(TypeError):
        analyze(None)  # type: ignore[arg-type]


def test_labels_come_from_the_documented_sets():
    result = analyze("Mitä jos kokeilisit?")
    assert result.kind in KINDS and result.grow in GROW_STAGES


def test_word_count_and_question_count():
    result = analyze("Kiitos. Mitä tapahtui? Entä miltä se tuntui?", "fi")
    assert result.word_count == 7
    assert result.questions == 2 and result.stacked


def test_question_flag_follows_kind():
    assert analyze("Tell me more.", "en").question is True
    assert analyze("You should rest.", "en").question is False
