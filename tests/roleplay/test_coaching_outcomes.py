"""Whole rounds in every built-in exercise: good coaching works, advice does not, choice mode too."""

from __future__ import annotations

import pytest
from roleplay_helpers import ADVICE_GIVER, GOOD_COACH

from coachkit.roleplay import start

IDS = [
    "first-contract",
    "planned-session",
    "one-to-one-moment",
    "meetings-run-late",
    "own-workload",
    "doubted-change",
    "feedback-from-above",
    "team-conflict",
]
LANGS = ["fi", "en"]


def present(exercises):
    return [i for i in IDS if i in exercises]


def play_script(exercise, lang, lines, analyze, seed=0):
    session = start(exercise, lang, seed=seed, analyzer=analyze)
    for line in lines:
        if session.done:
            break
        session.say(line)
    return session


@pytest.fixture(params=[(i, lang) for i in IDS for lang in LANGS], ids=lambda p: f"{p[0]}-{p[1]}")
def case(request, exercises):
    ex_id, lang = request.param
    if ex_id not in exercises:
        pytest.skip(f"{ex_id} not written yet")
    return exercises[ex_id], lang


def test_generic_good_coach_reaches_the_supervisors_own_commitment(case, analyze):
    exercise, lang = case
    session = play_script(exercise, lang, GOOD_COACH[lang], analyze)
    summary = session.summary()
    transcript = [
        (t.coach, t.effects.reaction, t.analysis.kind, t.analysis.grow) for t in session.turns
    ]
    assert session.commitment_reached, transcript
    assert summary["commitment"] is True
    assert summary["advice"] == summary["leading"] == 0
    assert set(summary["grow_covered"]) >= {"goal", "reality", "options", "will"}


def test_advice_giver_never_commits_and_scores_far_below_the_good_coach(case, analyze):
    exercise, lang = case
    good = play_script(exercise, lang, GOOD_COACH[lang], analyze).summary()
    advice = play_script(exercise, lang, ADVICE_GIVER[lang], analyze)
    assert not advice.commitment_reached
    assert advice.summary()["advice"] + advice.summary()["leading"] >= 3
    assert good["overall"] - advice.summary()["overall"] >= 30


def test_choice_mode_best_option_every_turn_reaches_commitment(case, analyze):
    exercise, lang = case
    session = start(exercise, lang, mode="choice", seed=7, analyzer=analyze)
    picks = []
    while session.options():
        choice = exercise.choice_turns[len(picks)]
        best = next(o.text.get(lang) for o in choice.options if o.best)
        number = session.options().index(best)
        turn = session.pick(number)
        picks.append((turn.coach, turn.effects.reaction, turn.analysis.kind, turn.analysis.grow))
        assert turn.feedback.best is True and turn.feedback.option
    assert session.commitment_reached, picks


def test_choice_turns_are_instructive(case):
    exercise, _ = case
    assert len(exercise.choice_turns) >= 5
    for turn in exercise.choice_turns:
        assert 3 <= len(turn.options) <= 4
        assert sum(o.best for o in turn.options) == 1


def test_every_built_in_exercise_is_present(exercises):
    assert present(exercises) == IDS
