"""The sentences issue 12 lists as teaching the wrong lesson, each read as the team reads it
(docs/analyser.md, "Labelling decisions"). Each stands for a class; the class's own sentences are
in the rule tables' examples, in test_rules.py and in bench/data/classes.jsonl."""

from __future__ import annotations

import pytest

from coachkit.analysis import analyze

ISSUE_LIST = [
    # advice with a question tacked on: advice, not open (decision 1, by the writers' count)
    ("fi", "Minä ottaisin asian puheeksi tiimin kanssa. Mitä mieltä olet?", "advice", False),
    ("en", "I'd raise it with the team. What do you think?", "advice", False),
    # a suggestion as a polite request: leading
    ("fi", "Voisitko antaa ne Minnalle?", "leading", False),
    ("en", "Antti could probably do them?", "leading", False),
    # a choice among their own options: open; a bare time after a question: not stacked
    ("en", "Which of those options feels best to you?", "open", False),
    ("fi", "Mikä näistä vaihtoehdoista tuntuu parhaalta?", "open", False),
    ("en", "What will you do first, and by when?", "open", False),
    # imperatives and opinions: advice; a short feeling: a reflection
    ("en", "Rehearse it in front of a mirror beforehand.", "advice", False),
    ("en", "I think we should start tomorrow.", "advice", False),
    ("en", "Sounds tough.", "reflection", False),
    # "why not" said to agree is no why-question
    ("en", "Sure, why not. What did you have in mind?", "open", False),
    # affirmations: other with the flag, never a reflection
    ("en", "I believe in you.", "other", True),
    ("fi", "Arvostan, että otit tämän puheeksi.", "other", True),
]


@pytest.mark.parametrize(("lang", "text", "kind", "affirm"), ISSUE_LIST)
def test_the_issues_list_is_read_as_the_team_reads_it(lang, text, kind, affirm):
    result = analyze(text, lang)
    assert result.kind == kind
    assert result.affirm is affirm
    assert result.stacked is False
    assert result.why is False


@pytest.mark.parametrize(
    ("text", "grow"),
    [
        ("How important is it to you, on a scale of 1 to 10?", "goal"),
        ("How confident are you that you can do it?", "will"),
    ],
)
def test_scaling_questions_are_closed_with_their_stage_and_a_scaling_tip(text, grow):
    result = analyze(text, "en")
    assert (result.kind, result.grow) == ("closed", grow)
    assert "scaling question" in result.tips[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "How was the long weekend?"),
        ("en", "Hi Maria, how are you doing?"),
        ("fi", "Miten lomaviikko meni?"),
        ("fi", "Moi, mitäs kuuluu?"),
    ],
)
def test_a_small_talk_question_is_a_question_with_no_stage(lang, text):
    """docs/analyser.md, decision 9."""
    result = analyze(text, lang)
    assert result.kind in ("open", "closed")
    assert result.grow is None
