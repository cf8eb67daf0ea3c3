"""Any string at all gives a valid, repeatable result (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coachkit.analysis import GROW_STAGES, KINDS, analyze

ODD = st.sampled_from(
    [
        "",
        " ",
        "\n\t\r",
        "\x00\x01\x1b[31m",
        "🙂🙃 👍🏽",
        "שלום, מה שלומך?",
        "مرحبا؟",
        "\u202eMitä?\u202c",
        "İstanbul?",
        "ﬀ ß ǅ",
        "?" * 50,
        "mitä " * 5000,
        "a?" * 5000,
        "Miksi " + "ja miten " * 3000 + "?",
    ]
)


def _check(text: str, lang: str) -> None:
    first = analyze(text, lang)
    assert first == analyze(text, lang)
    assert first.kind in KINDS
    assert first.grow is None or first.grow in GROW_STAGES
    assert first.lang in ("fi", "en")
    assert first.question == (first.kind in ("open", "closed", "leading"))
    assert first.stacked == (first.questions >= 2)
    assert first.grow is None or first.question
    assert not first.why or first.question
    assert not (first.affirm and first.kind == "reflection")  # an affirmation is never a reflection
    assert (first.depth in ("simple", "complex")) == (first.kind == "reflection")
    assert all(0.0 <= p <= 1.0 for p in first.confidence.values())
    assert "grow" not in first.confidence or first.question
    for cue in first.cues:
        assert 0 <= cue.start <= cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text
    first.to_dict()


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["auto", "fi", "en"]))
def test_any_text(text, lang):
    _check(text, lang)


@settings(max_examples=100, deadline=None)
@given(ODD, st.sampled_from(["auto", "fi", "en"]))
def test_odd_text(text, lang):
    _check(text, lang)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=300).map(lambda s: (s * (100_000 // len(s) + 1))[:100_000]))
def test_long_text(text):
    _check(text, "auto")


MIRRORS = st.sampled_from(
    [
        ("en", "It sounds like you're fed up with the rota"),
        ("en", "And you've already tried a one-to-one with him"),
        ("en", "So the budget is the real worry for you"),
        ("fi", "Kuulostaa siltä, että olet aika väsynyt koko juttuun"),
        ("fi", "Sä oot siis jo puhunu sen kanssa kahden kesken"),
    ]
)


@given(MIRRORS, st.sampled_from(["?", " ?", "??"]))
@settings(max_examples=30, deadline=None)
def test_a_mirror_said_with_a_rising_question_mark_is_a_question(mirror, mark):
    lang, text = mirror
    assert analyze(text + mark, lang).question  # LABELS.md: a rising reflection is closed
    assert not analyze(text + ".", lang).question
