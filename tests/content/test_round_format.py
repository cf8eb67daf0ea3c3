"""A triad round's timing, feedback order and rotation have one source: the plan's ``round`` data.

Role cards, the facilitator guide and the plan notes must not state them on their own, so that they
cannot drift apart again (once "15 + 5", "10 + 5" and "2 + 15 + 5" for the same 15-minute round)."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from coachkit.content import load_library
from coachkit.content.models import RoundFormat
from coachkit.handouts import facilitator_guide, role_cards
from coachkit.handouts.pack import round_minutes
from coachkit.i18n import Translator
from coachkit.resources import locales_dir
from coachkit.workshop import rotate, round_text
from tests.handouts.conftest import text_of

LIB = load_library()
TIMING = re.compile(r"\d+\s*\+\s*\d+|\b\d+\s*min\b", re.I)
ORDER_OR_ROTATION = re.compile(
    r"palaute|feedback|kiittää|thank|vaihtu|rotat|roles turn|coaches next|valmentaa seuraava", re.I
)


@pytest.mark.parametrize("plan", LIB.plans, ids=lambda p: p.id)
def test_triad_round_notes_leave_timing_order_and_rotation_to_the_round_data(plan):
    for i, block in enumerate(plan.blocks):
        if block.kind != "triad-round" or block.notes is None:
            continue
        for lang in ("fi", "en"):
            note = block.notes.get(lang)
            assert not TIMING.search(note), (plan.id, i, lang, note)
            assert not ORDER_OR_ROTATION.search(note), (plan.id, i, lang, note)


@pytest.mark.parametrize("plan", LIB.plans, ids=lambda p: p.id)
def test_every_triad_round_leaves_a_real_conversation(plan):
    for block in plan.blocks:
        if block.kind == "triad-round":
            brief, talk, feedback = plan.round.split(block.minutes)
            assert brief + talk + feedback == block.minutes
            assert talk >= 8, (plan.id, block.title.en)


def test_the_rotation_the_data_names_is_the_one_the_engine_makes():
    fmt = RoundFormat()
    assert fmt.rotation == "coachee-coaches-next"
    first, second = rotate(["a", "b", "c"]).rounds[:2]
    a, b = first.groups[0], second.groups[0]
    assert b.coach == a.coachee
    assert b.coachee == a.observers[0]
    assert b.observers == (a.coach,)
    sentence = round_text.rotation(Translator("en"), fmt)
    assert "the coachee coaches" in sentence and "the coach observes" in sentence


def test_feedback_order_is_written_from_the_data():
    t = Translator("en")
    text = round_text.feedback_order(t, RoundFormat(feedback_order=["observer", "coachee"]))
    assert text.index("observer") < text.index("coachee")
    assert "thank you" in round_text.coach_closes(t, RoundFormat(coach_closes="thanks"))


def test_a_short_block_still_adds_up():
    for minutes in range(1, 40):
        assert sum(RoundFormat().split(minutes)) >= minutes


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_role_cards_and_guide_say_what_the_plan_says(lang):
    plan = LIB.items["plan"]["intro-90"]
    t = Translator(lang)
    block = next(b for b in plan.blocks if b.kind == "triad-round")
    exercise = LIB.items["exercise"][block.exercise]
    minutes = round_minutes(plan, exercise.id)
    cards = text_of(role_cards(exercise, lang, fmt=plan.round, minutes=minutes))
    _, talk, feedback = plan.round.split(minutes)
    for step in round_text.steps(t, plan.round, minutes):
        assert " ".join(step.split()) in cards
    guide = text_of(facilitator_guide(plan, LIB, lang))
    assert round_text.timing(t, plan.round, block.minutes) in guide
    assert str(talk) in guide and str(feedback) in guide


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_no_ui_string_states_a_round_timing_of_its_own(lang):
    with (locales_dir() / lang / "LC_MESSAGES" / "coachkit.po").open("rb") as f:
        catalog = read_po(f, locale=lang)
    for message in catalog:
        if not message.id or isinstance(message.id, tuple):
            continue
        text = f"{message.id} {message.string}"
        if "{" in message.id:  # the sentences round_text fills in from the data
            continue
        stated = re.search(r"\d", text) and re.search(r"feedback|palaute", text, re.I)
        assert not stated, text
