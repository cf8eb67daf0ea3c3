"""The session as a state machine: determinism, saving and restoring, choice mode, robustness."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from roleplay_helpers import ADVICE_GIVER, GOOD_COACH

from coachkit.roleplay import SessionOver, rebuild, replay, start

MIXED = {
    "fi": [
        "Mitä haluaisit?",
        "Miksi niin käy?",
        "Onko se iso asia?",
        "Sinun kannattaisi pitää tauko.",
        "Kuulostaa siltä, että asia painaa.",
        "Mitä tapahtuu? Ja kuka päättää? Ja mitä sitten?",
        "qwzx prrt",
        "Kiitos.",
    ],
    "en": [
        "What do you want?",
        "Why does that happen?",
        "Is it a big deal?",
        "You should take a break.",
        "It sounds like this is heavy for you.",
        "What happens? And who decides? And then what?",
        "qwzx prrt",
        "Thanks.",
    ],
}


def transcript(session):
    return [(t.coach, t.reply, t.effects.to_dict(), t.feedback.to_dict()) for t in session.turns]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_same_seed_gives_the_same_transcript(exercises, analyze, lang):
    exercise = exercises["meetings-run-late"]
    runs = [rebuild(exercise, lang, "free", 5, MIXED[lang], analyze) for _ in range(2)]
    assert transcript(runs[0]) == transcript(runs[1])
    assert runs[0].summary() == runs[1].summary()


def test_choice_order_depends_on_the_seed_and_hides_the_best_option(exercises, analyze):
    exercise = exercises["meetings-run-late"]
    best = [next(o.text.fi for o in t.options if o.best) for t in exercise.choice_turns]
    positions = set()
    for seed in range(6):
        session = start(exercise, "fi", mode="choice", seed=seed, analyzer=analyze)
        assert session.options() == start(exercise, "fi", "choice", seed, analyze).options()
        positions.add(session.options().index(best[0]))
    assert len(positions) > 1


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("mode", ["free", "choice"])
def test_to_dict_and_replay_round_trip(exercises, analyze, lang, mode):
    exercise = exercises["one-to-one-moment"]
    session = start(exercise, lang, mode=mode, seed=11, analyzer=analyze)
    if mode == "free":
        for line in MIXED[lang][:5]:
            session.say(line)
    else:
        for pick in (1, 0, 2, 0):
            session.pick(pick)
    data = session.to_dict()
    restored = replay(exercise, data, analyzer=analyze)
    assert restored.to_dict() == data
    assert transcript(restored) == transcript(session)
    assert restored.summary() == session.summary()
    assert restored.options() == session.options()


def test_replay_refuses_another_exercises_data(exercises, analyze):
    data = start(exercises["team-conflict"], "fi", analyzer=analyze).to_dict()
    with pytest.raises(ValueError):
        replay(exercises["own-workload"], data, analyzer=analyze)


def test_pick_gives_authored_feedback_and_the_best_option_for_a_weaker_pick(exercises, analyze):
    exercise = exercises["meetings-run-late"]
    session = start(exercise, "en", mode="choice", seed=3, analyzer=analyze)
    best = next(o for o in exercise.choice_turns[0].options if o.best)
    weak_number = next(i for i, t in enumerate(session.options()) if t != best.text.en)
    turn = session.pick(weak_number)
    assert turn.feedback.best is False
    assert turn.feedback.option
    assert turn.feedback.better == best.text.en


def test_pick_and_options_outside_choice_mode(exercises, analyze):
    session = start(exercises["meetings-run-late"], "fi", analyzer=analyze)
    assert session.options() == []
    with pytest.raises(ValueError):
        session.pick(0)
    choice = start(exercises["meetings-run-late"], "fi", mode="choice", analyzer=analyze)
    with pytest.raises(ValueError):
        choice.pick(9)


def test_playing_after_the_end_is_refused(exercises, analyze):
    session = start(exercises["planned-session"], "fi", analyzer=analyze)
    for line in ADVICE_GIVER["fi"]:
        if session.done:
            break
        session.say(line)
    assert session.done
    with pytest.raises(SessionOver):
        session.say("Mitä haluat?")


def test_summary_shows_its_parts_and_they_add_up(exercises, analyze):
    session = rebuild(exercises["own-workload"], "fi", "free", 0, GOOD_COACH["fi"], analyze)
    summary = session.summary()
    assert summary["overall"] == sum(p["points"] for p in summary["parts"])
    assert sum(p["max"] for p in summary["parts"]) == 100
    assert all(p["name"] and p["explanation"] for p in summary["parts"])
    for key in ("open_share", "leading", "advice", "reflection_ratio", "grow_covered", "turns"):
        assert key in summary
    assert summary["reflection_band"] in ("good", "fair", "low")
    assert len(summary["feedback"]) == summary["turns"]


@pytest.mark.parametrize(
    "reflections,questions,band", [(2, 1, "good"), (1, 1, "fair"), (3, 2, "fair"), (1, 3, "low")]
)
def test_reflection_band_follows_miti(reflections, questions, band):
    from coachkit.roleplay.scoring import reflection_band

    assert reflection_band(reflections / questions) == band


def test_a_200_turn_session_neither_crashes_nor_slows_down(exercises, analyze):
    exercise = exercises["team-conflict"].model_copy(update={"max_turns": 200})
    session = start(exercise, "fi", seed=1, analyzer=analyze)
    lines = ["Onko se iso asia?", "Kiitos.", "Mitä muuta?", "Kuulostaa raskaalta."]
    began = time.perf_counter()
    for i in range(200):
        session.say(lines[i % len(lines)])
    elapsed = time.perf_counter() - began
    assert session.done and len(session.turns) == 200
    assert elapsed < 10, f"200 turns took {elapsed:.1f}s"


GARBAGE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["😀🔥💥", "\x00\x01\x1b[31m", "?" * 500, "", "   ", "ja ja ja ? ? ?"]),
    st.just("ä" * 10_000),
    st.just("Mitä? " * 2000),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=GARBAGE, lang=st.sampled_from(["fi", "en"]))
def test_garbage_input_never_crashes(exercises, analyze, text, lang):
    session = start(exercises["meetings-run-late"], lang, analyzer=analyze)
    began = time.perf_counter()
    turn = session.say(text)
    assert time.perf_counter() - began < 1.0
    assert isinstance(turn.reply, str) and turn.reply
    assert len(turn.coach) <= 1000
    assert replay(exercises["meetings-run-late"], session.to_dict(), analyze).turns[0].reply == (
        turn.reply
    )
