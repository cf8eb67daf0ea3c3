"""The score measures listening, not form: four stock questions that reach a step without one
reflection of what was said do not earn the whole ending; a complex reflection counts among every
reflection tried, not only the ones that matched; and a part that lost points with no turn to
blame says what was missing, not a fixed line. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coachkit.roleplay import start
from coachkit.roleplay.messages import translator

STOCK = {
    "en": [
        "What options do you see?",
        "What else?",
        "Which one will you pick?",
        "What will you do?",
    ],
    "fi": [
        "Mitä vaihtoehtoja sä näet?",
        "Mitä muuta?",
        "Minkä niistä valitset?",
        "Mitä aiot tehdä?",
    ],
}
HEARD = {
    "en": ["What goes on in those meetings?", "So the updates alone eat up the whole hour."],
    "fi": ["Mitä niissä palavereissa tapahtuu?", "Eli pelkät kuulumiset vievät koko tunnin."],
}


def part(summary, key):
    return next(p for p in summary.parts if p.key == key)


def play(exercises, lang, lines):
    session = start(exercises["meetings-run-late"], lang, seed=1)
    for line in lines:
        session.say(line)
    return session.summary()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_step_reached_with_no_reflection_earns_only_part_of_the_ending(exercises, lang):
    summary = play(exercises, lang, STOCK[lang])
    assert summary.commitment
    assert part(summary, "ending").points == 5
    assert any(loss.part == "ending" for loss in summary.losses)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_same_step_after_one_reflection_of_what_was_said_earns_the_whole_ending(
    exercises, lang
):
    summary = play(exercises, lang, HEARD[lang] + STOCK[lang])
    assert summary.accurate >= 1
    assert summary.commitment
    assert part(summary, "ending").points == 15


def test_a_complex_reflection_counts_among_every_reflection_tried(exercises):
    lines = [
        "What goes on in those meetings?",
        "It sounds like you feel something.",
        "So you feel the meetings are a lot of things.",
        "It sounds like you're frustrated that the hour keeps slipping away.",
    ]
    summary = play(exercises, "en", lines)
    assert summary.complex_reflections == 1
    assert summary.reflections == 3
    assert summary.complex_share == pytest.approx(1 / 3, abs=0.001)


def test_a_part_lost_with_no_turn_to_blame_names_what_was_missing(exercises):
    summary = play(exercises, "en", HEARD["en"] + STOCK["en"])
    whys = {loss.why for loss in summary.losses if loss.part == "partnership"}
    assert whys == {"No permission asked, and no word that the choice is theirs."}


def test_leave_asked_is_never_blamed_as_a_closed_question(exercises):
    lines = [
        "Would you like to think this through together for a few minutes?",
        "What goes on in those meetings?",
        "Is it always the round of updates?",
    ]
    session = start(exercises["meetings-run-late"], "en", seed=1)
    turns = [session.say(line) for line in lines]
    assert turns[0].effects.reaction == "permission_yes"
    blamed = {loss.turn for loss in session.summary().losses if loss.part == "open"}
    assert blamed == {3}


REFLECT_THEN_ASK = {
    "fi": [
        "Mitä niissä palavereissa tapahtuu?",
        "Eli kuulumiskierros vie koko tunnin. Mitä sä oot jo kokeillut?",
    ],
    "en": [
        "What goes on in those meetings?",
        "So the round of updates takes the whole hour. What have you tried so far?",
    ],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_reflection_said_before_a_question_counts_as_the_reflection_it_is(exercises, lang):
    # reflect, then ask, in one turn is what a skilled coach does: the question is answered, and
    # the reflection is checked and counted, not lost as "you asked on instead of reflecting"
    session = start(exercises["meetings-run-late"], lang, seed=1)
    for line in REFLECT_THEN_ASK[lang]:
        turn = session.say(line)
    assert turn.effects.reaction == "answer"
    assert turn.effects.reflected == "accurate"
    summary = session.summary()
    assert summary.reflections == 1
    t = translator(lang)
    asked_on = {
        t("Something new was said, and you asked on instead of reflecting it."),
        t("A question where a reflection would have shown you listened."),
    }
    assert not [loss for loss in summary.losses if loss.turn == 2 and loss.why in asked_on]
