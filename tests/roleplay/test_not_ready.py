"""Pushed for a commitment too early (choosing, a first step or when, before any option is named),
the supervisor says they are not there yet in the case's own voice: authored per case, in both
languages, two or more ways, never the engine's neutral line and not the same words twice running.
"""

from __future__ import annotations

import pytest
from test_choice_mode import CASES

from coachkit.roleplay.messages import fallback_lines
from coachkit.roleplay.session import start

TOO_EARLY = {
    "fi": ["Milloin aloitat?", "Mitä teet ensimmäiseksi?", "Minkä vaihtoehdon valitset?"],
    "en": ["When will you start?", "What will you do first?", "Which option will you pick?"],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("case", CASES)
def test_a_will_question_before_any_option_gets_the_cases_own_not_ready_voice(
    exercises, case, lang
):
    exercise = exercises[case]
    own = [line.get(lang) for line in exercise.replies.not_ready]
    assert len(own) >= 2
    session = start(exercise, lang, seed=2)
    replies = []
    for text in TOO_EARLY[lang]:
        turn = session.say(text)
        assert turn.effects.reaction == "not_ready", (text, turn.effects)
        replies.append(turn.reply)
    assert all(reply in own for reply in replies)
    assert not set(replies) & set(fallback_lines(lang)["not_ready"])
    assert all(a != b for a, b in zip(replies, replies[1:], strict=False))
    assert not session.summary().commitment


def test_no_two_cases_share_a_not_ready_line(exercises):
    seen: dict[str, str] = {}
    for case in CASES:
        for line in exercises[case].replies.not_ready:
            for lang in ("fi", "en"):
                text = line.get(lang)
                assert seen.setdefault(text, case) == case, (text, seen[text], case)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_asked_to_choose_with_one_option_named_they_want_more_not_that_they_have_none(
    exercises, lang
):
    """The case's not-ready voice says there is nothing to choose from ("I haven't thought
    through a single option"); with an option named, the supervisor says they want more."""
    exercise = exercises["own-workload"]
    ask = {
        "fi": ["Mitä vaihtoehtoja sulla on?", "Minkä vaihtoehdon valitset?"],
        "en": ["What options do you have?", "Which option will you pick?"],
    }[lang]
    session = start(exercise, lang, seed=2)
    session.state.trust = 70  # trusted enough to say an option (earned pieces aside)
    named = session.say(ask[0])
    assert len(session.state.options) == 1, named.reply
    turn = session.say(ask[1])
    assert turn.effects.reaction == "not_ready"
    assert turn.reply in fallback_lines(lang)["few_options"]
    assert turn.reply not in [line.get(lang) for line in exercise.replies.not_ready]
