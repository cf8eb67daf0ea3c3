"""The analyse() contract other parts of coachkit rely on."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from coachkit.analysis import GROW_STAGES, KINDS, Analysis, Cue, analyze, label_for
from coachkit.analysis.tips import tips_for


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


def test_behaviour_flags_depth_and_confidence_are_part_of_the_contract():
    data = analyze("It sounds like you're torn between the two jobs.", "en").to_dict()
    assert {"permission", "affirm", "autonomy", "depth", "confidence"} <= data.keys()
    assert isinstance(data["permission"], bool) and isinstance(data["affirm"], bool)
    assert data["depth"] in ("simple", "complex") and data["kind"] == "reflection"
    assert set(data["confidence"]) <= {"kind", "grow", "permission", "affirm", "autonomy", "depth"}


def test_rules_alone_make_no_claim_of_confidence():
    assert analyze("What happened?", "en", learned=False).confidence == {}
    assert analyze("What happened?", "en").confidence["kind"] > 0.5


def test_depth_only_for_reflections_and_stage_only_for_questions():
    statement = analyze("You should rest.", "en")
    assert statement.depth is None and statement.grow is None and not statement.why


@pytest.mark.parametrize(("lang", "soft"), [("fi", "luultavasti avoin"), ("en", "probably open")])
def test_unsure_kind_is_labelled_softly(lang, soft):
    unsure = dataclasses.replace(analyze("What happened?", "en"), confidence={"kind": 0.4})
    sure = dataclasses.replace(unsure, confidence={"kind": 0.9})
    assert label_for(unsure, lang) == soft
    assert label_for(sure, lang) in ("Avoin kysymys", "Open question")


def test_a_tip_never_asserts_a_kind_the_model_is_unsure_of():
    sure, _ = tips_for("en", "leading", False, False, "options", False, False)
    unsure, _ = tips_for("en", "leading", False, False, "options", False, False, sure=False)
    assert "suggestion" in sure[0] and "suggestion" not in unsure[0]
    assert "more than one way" in unsure[0]


def test_handing_the_choice_back_is_named_as_such_not_as_talk_about_the_coach():
    tips, _ = tips_for("en", "other", False, False, None, True, False, autonomy=True)
    assert "choice back" in tips[0]
    assert not any("centres on you" in tip for tip in tips)  # "...better than I do" is about them
    plain, _ = tips_for("en", "other", False, False, None, False, False)
    assert "choice back" not in plain[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On a scale of zero to ten, how ready do you feel to tell the board?", "en"),
        ("How committed are you to trying the new rota?", "en"),
        ("Where would you put the team's mood out of ten?", "en"),
        ("Asteikolla yhdestä kymmeneen, kuinka sitoutunut oot tähän?", "fi"),
        ("Kuinka varma sä oot, että ehdit hoitaa sen ennen lomia?", "fi"),
        ("Nollasta kymppiin, missä tiimin jaksaminen on nyt?", "fi"),
    ],
)
def test_a_scaling_question_is_closed_but_never_told_to_become_a_what_question(text, lang):
    result = analyze(text, lang)
    assert result.kind == "closed"
    first = result.tips[0].lower()
    assert ("scaling question" in first) if lang == "en" else ("asteikkokysymy" in first)
    assert result.better and ("scale" in result.better or "asteiko" in result.better)


def test_a_closed_question_with_no_scale_keeps_the_plain_closed_tip():
    result = analyze("Did you send the rota to the team yesterday?", "en")
    assert result.kind == "closed"
    assert "scaling" not in " ".join(result.tips)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("I'd move the stand-up to Thursday. What do you think?", "en", "question after it"),
        ("Mä siirtäisin palaverin torstaille. Mitä mieltä oot?", "fi", "kysymys sen perässä"),
    ],
)
def test_advice_with_a_question_tacked_on_is_told_why_the_question_does_not_help(text, lang, words):
    result = analyze(text, lang)
    assert (result.kind, result.question, result.grow) == ("advice", False, None)
    assert words in result.tips[0]
    assert result.better


def test_advice_alone_keeps_the_plain_advice_tip():
    result = analyze("I'd move the stand-up to Thursday.", "en")
    assert result.kind == "advice"
    assert "question after it" not in result.tips[0]


def test_the_model_runs_without_numpy_or_scikit_learn():
    code = (
        "import sys; from coachkit.analysis import analyze; a = analyze('Mitä haluat?', 'fi'); "
        "assert a.confidence, 'no model loaded'; "
        "assert not {'numpy', 'sklearn'} & set(sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
