"""Engine 2.0 as a specification: the supervisor answers what was asked, checks reflections, earns
the commitment from their own options, honours a no, and every lost point names its turn.

Rule tests use a scripted analysis (kind and flags fixed) so that they state the engine's rules
independently of the analyser; routing and listening run for real.
"""

from __future__ import annotations

import pytest
from roleplay_helpers import FakeAnalysis, ScriptedAnalyzer, small_exercise

from coachkit.analysis import analyze
from coachkit.roleplay import rebuild, replay, start

OPEN = FakeAnalysis("open")
CLOSED = FakeAnalysis("closed")
REFLECT = FakeAnalysis("reflection", question=False)
ADVICE = FakeAnalysis("advice", question=False)


def session_with(table: dict, **changes):
    return start(small_exercise(**changes), "fi", analyzer=ScriptedAnalyzer(table), seed=1)


def session_refusing(table: dict):
    """A session whose supervisor says no to leave until trust reaches 90."""
    persona = {**small_exercise().persona.model_dump(), "permission": {"trust": 90}}
    return session_with(table, persona=persona)


def test_each_question_gets_the_piece_of_the_intent_it_asks():
    s = session_with({"Kuka vois auttaa?": OPEN, "Mitä tapahtuu nyt?": OPEN})
    assert s.say("Kuka vois auttaa?").reply.startswith("Talouspäällikkö")
    turn = s.say("Mitä tapahtuu nyt?")
    assert turn.reply.startswith("Kolme projektia") and turn.effects.intent == "facts"


def test_asked_again_the_supervisor_refers_back_instead_of_repeating():
    s = session_with({"Mitä tapahtuu nyt?": OPEN, "Mitä siellä tarkalleen tapahtuu?": OPEN})
    s.say("Mitä tapahtuu nyt?")
    again = s.say("Mitä siellä tarkalleen tapahtuu?")
    assert again.effects.reaction == "repeat"
    assert again.reply.lower().count("kolme projektia") == 1


def test_referring_back_quotes_what_was_said_not_another_phrasing():
    from coachkit.roleplay.case import Case

    exercise = small_exercise()
    piece = next(p for p in exercise.pieces if len(p.say) > 1)
    for seed in range(12):
        case = Case(exercise, "fi", seed)
        state = start(exercise, "fi", seed=seed).state
        first = case.phrasing(piece, 1, state)
        assert all(case.phrasing(piece, turn, state) == first for turn in range(2, 9))


@pytest.mark.parametrize(
    ("eid", "lang", "now"),
    [
        ("own-workload", "en", "Where are you now on a scale of zero to ten?"),
        ("own-workload", "fi", "Missä olet nyt asteikolla nollasta kymmeneen?"),
    ],
)
def test_a_scale_asked_about_now_gets_the_present_not_the_confidence_in_a_plan(eid, lang, now):
    from coachkit.content import load_library

    exercise = load_library().items["exercise"][eid]
    turn = start(exercise, lang, seed=1).say(now)
    piece = next(p for p in exercise.pieces if p.id == "scale-now")
    assert piece.short is not None and turn.reply == piece.short.get(lang)  # "At three."
    confident = start(exercise, lang, seed=1).say(
        "How confident are you that you'll do it, from 1 to 10?"
        if lang == "en"
        else "Kuinka varma olet asteikolla yhdestä kymppiin, että teet sen?"
    )
    assert confident.effects.reaction == "not_ready"  # no plan named yet to be confident in


def test_an_intent_the_case_does_not_cover_gets_an_in_character_no_answer():
    s = session_with({"Miltä tämä tuntuu?": OPEN})
    turn = s.say("Miltä tämä tuntuu?")
    assert turn.effects.reaction == "unknown"
    assert not any(p in turn.reply for p in ("Budjetti", "Kolme", "Talous", "Voisin"))


def test_a_closed_question_gets_the_short_answer_to_that_question():
    s = session_with({"Onko tavoitteesi, että budjetti riittää?": CLOSED})
    turn = s.say("Onko tavoitteesi, että budjetti riittää?")
    assert turn.reply == "Kyllä." and turn.effects.reaction == "short"


def test_a_question_for_one_fact_the_case_does_not_hold_gets_no_yes_or_no():
    # "Kuka sun kalenterin varaa?": a who-question off the case; "Kyllä." would answer a
    # question that was not asked
    fact = FakeAnalysis("closed", grow="reality", fact=True)
    yes_no = FakeAnalysis("closed", grow="reality")
    s = session_with({"Kuka sun lomas hyväksyy?": fact, "Onko sulla lomaa tulossa?": yes_no})
    s.state.revealed.append("x")  # past the small talk of the first minutes
    asked = s.say("Kuka sun lomas hyväksyy?")
    assert asked.effects.reaction == "unknown"
    assert s.say("Onko sulla lomaa tulossa?").effects.reaction == "closed"


def test_leave_asked_for_an_idea_inside_the_question_takes_up_the_idea():
    # "Saanks mä ehottaa, et sä ...?": the supervisor gives the leave and answers the idea, not
    # only the leave
    idea = FakeAnalysis("leading", grow="options", permission=True)
    s = session_with({"Saanks mä ehottaa, et sä siirtäisit budjetin?": idea})
    s.state.trust = 80  # leave is given
    turn = s.say("Saanks mä ehottaa, et sä siirtäisit budjetin?")
    assert turn.effects.reaction == "leading"


def test_an_earned_piece_waits_until_trust_is_high_enough():
    table = {"Mikä on sinun oma osuutesi?": OPEN, "Mitä tapahtuu nyt?": OPEN}
    s = session_with(table)
    assert s.say("Mikä on sinun oma osuutesi?").effects.reaction == "later"
    s.state.trust = 70
    assert s.say("Mikä on sinun oma osuutesi?").reply.startswith("Lupaan liikaa")


@pytest.mark.parametrize(
    ("reflection", "verdict", "trust_moves"),
    [
        ("Kuulostaa siltä, että budjetti ei riitä projektiin.", "accurate", 1),
        ("Kuulostaa siltä, että budjetti riittää hyvin ja kaikki kolme saa rahaa.", "off", 0),
        ("Kuulostaa siltä, että rakastat pizzaa.", "absurd", -1),
    ],
)
def test_a_reflection_is_checked_against_what_was_said(reflection, verdict, trust_moves):
    s = session_with({reflection: REFLECT})
    turn = s.say(reflection)
    assert turn.effects.reaction == verdict
    assert (turn.effects.trust > 0) - (turn.effects.trust < 0) == trust_moves


def test_a_reflection_that_adds_a_feeling_is_complex():
    text = "Kuulostaa siltä, että budjetti turhauttaa sinua."
    s = session_with({text: REFLECT})
    assert s.say(text).effects.complex is True


def test_small_talk_before_the_work_gets_a_small_talk_answer_not_a_blank():
    s = session_with({"Miten viikonloppu meni?": FakeAnalysis("open", grow=None)})
    turn = s.say("Miten viikonloppu meni?")
    assert turn.effects.reaction == "small_talk"
    assert turn.feedback.better  # then ask what they would like to get out of it


def test_reflections_the_supervisor_had_to_correct_earn_no_reflection_points():
    """The score measures listening, not form: a turn shaped like a reflection counts towards
    reflections per question only when it matched what was said."""
    matched = "Kuulostaa siltä, että budjetti ei riitä projektiin."
    missed = "Kuulostaa siltä, että budjetti riittää hyvin ja kaikki kolme saa rahaa."
    listening = session_with({matched: REFLECT, "Mitä tapahtuu nyt?": OPEN})
    form_only = session_with({missed: REFLECT, "Mitä tapahtuu nyt?": OPEN})
    for s, text, verdict in ((listening, matched, "accurate"), (form_only, missed, "off")):
        assert s.say(text).effects.reaction == verdict
        s.say("Mitä tapahtuu nyt?")
    heard, shaped = listening.summary(), form_only.summary()
    assert heard.reflection_ratio == 1.0
    assert shaped.reflection_ratio == 0.0
    assert heard.overall > shaped.overall


def test_the_commitment_is_composed_from_options_the_supervisor_named():
    table = {
        "Mitä vaihtoehtoja on?": OPEN,
        "Mitä muuta?": OPEN,
        "Kumman valitset?": OPEN,
        "Milloin?": OPEN,
        "Kuka voisi auttaa?": OPEN,
    }
    s = session_with(table)
    assert s.say("Kumman valitset?").effects.reaction == "not_ready"
    for line in ("Mitä vaihtoehtoja on?", "Mitä muuta?", "Kuka voisi auttaa?"):
        s.say(line)
    s.say("Kumman valitset?")
    assert s.done and s.commitment_reached
    text = s.summary().commitment_text
    assert text.startswith("Karsin yhden.") and "talouspäälliköltä" in text
    assert "Pyydän lisää" not in text


def test_advice_without_ownership_ends_hollow_and_names_the_turns():
    s = session_with({"a": ADVICE, "b": ADVICE, "c": ADVICE})
    for line in "abc":
        s.say(line)
    summary = s.summary()
    assert s.done and summary.hollow_commitment and not summary.commitment
    assert {loss.turn for loss in summary.losses if loss.part == "partnership"} == {1, 2, 3}


def test_one_piece_of_advice_does_not_decide_the_round():
    table = {
        "a": ADVICE,
        "Kuulostaa siltä, että budjetti ei riitä projektiin.": REFLECT,
        "Mitä vaihtoehtoja on?": OPEN,
        "Mitä muuta?": OPEN,
        "Kumman valitset?": OPEN,
        "Milloin?": OPEN,
    }
    s = session_with(table)
    for line in table:
        s.say(line)
    assert s.commitment_reached


def test_permission_is_answered_by_persona_and_a_no_is_honoured():
    ask = "Haluatko pohtia tätä yhdessä?"
    table = {ask: CLOSED, "Selvä, palataan tähän myöhemmin. Kiitos.": FakeAnalysis("other")}
    yes = session_with(table)
    assert yes.say(ask).effects.reaction == "permission_yes"
    no = session_refusing(table)
    assert no.say(ask).effects.reaction == "permission_no"
    close = no.say("Selvä, palataan tähän myöhemmin. Kiitos.")
    assert close.effects.reaction == "close" and no.done
    assert no.summary().parts[-1].points == no.summary().parts[-1].max


def test_leave_asked_before_a_question_is_granted_and_the_question_answered():
    """One question to the analyser (docs/analyser.md, decision 10): after the yes, the
    supervisor answers what was asked, not only the leave."""
    turn = "Saanko kysyä vähän lisää? Mitä tapahtuu nyt?"
    table = {turn: FakeAnalysis("open", permission=True), "Mitä tapahtuu nyt?": OPEN}
    s = session_with(table)
    said = s.say(turn)
    assert "Kolme projektia" in said.reply and said.effects.intent == "facts"
    assert s.state.counts["permission"] == 1
    no = session_refusing(table)
    refused = no.say(turn)
    assert refused.effects.reaction == "permission_no" and "Kolme projektia" not in refused.reply


def test_leave_asked_inside_an_open_question_is_granted_and_the_question_answered():
    """ "Saanko kysyä, mitä ...?", "Shall we explore what your options are?" (decision 12): one
    open question that asks leave as it asks; after the yes the supervisor answers it."""
    turn = "Saanko kysyä, mitä tapahtuu nyt?"
    # the analyser's cues say where the question starts ("mitä", after the leave)
    table = {turn: FakeAnalysis("open", permission=True, cues=analyze(turn, "fi").cues)}
    s = session_with(table)
    said = s.say(turn)
    assert said.effects.reaction not in ("permission_yes", "permission_no")
    assert "Kolme projektia" in said.reply and said.effects.intent == "facts"
    assert s.state.counts["permission"] == 1
    no = session_refusing(table)
    refused = no.say(turn)
    assert refused.effects.reaction == "permission_no" and "Kolme projektia" not in refused.reply


def test_leave_asked_to_say_what_the_coach_hears_is_granted_and_the_reflection_taken_up():
    """A reflection with permission (docs/analyser.md, sixth round): after the yes, the
    supervisor answers the reflection, not only the leave."""
    turn = "Saanko sanoa, mitä kuulen? Sulla on liikaa projekteja."
    table = {
        turn: FakeAnalysis("reflection", permission=True),
        "Sulla on liikaa projekteja.": FakeAnalysis("reflection"),
    }
    s = session_with(table)
    said = s.say(turn)
    assert said.effects.reaction not in ("permission_yes", "permission_no")
    assert s.state.counts["permission"] == 1
    no = session_refusing(table)
    assert no.say(turn).effects.reaction == "permission_no"


def test_leave_asked_with_its_move_gets_a_short_go_ahead_not_a_yes_to_think_together():
    """The go-ahead before the answer is the engine's short one ("Anna tulla."), not the case's
    yes to "shall we think about this together?", and never a second "yes" before the
    confirm of a reflection ("Joo, mietitään. Joo, just niin.")."""
    go_ahead = {"Anna tulla.", "Toki.", "Siitä vaan."}
    for seed in range(6):
        reflect = "Saanko sanoa, mitä kuulen? Sulla on liikaa projekteja."
        table = {
            reflect: FakeAnalysis("reflection", permission=True),
            "Sulla on liikaa projekteja.": FakeAnalysis("reflection"),
        }
        reply = start(small_exercise(), "fi", analyzer=ScriptedAnalyzer(table), seed=seed)
        reply = reply.say(reflect).reply
        assert any(reply.startswith(line) for line in go_ahead), reply
        assert not reply.lower().startswith(("joo", "kyllä")), reply


def test_asked_to_share_an_idea_the_supervisor_asks_to_hear_it_not_to_think_together():
    explore, offer = "Haluatko pohtia tätä yhdessä?", "Saanko kertoa yhden idean?"
    persona = {**small_exercise().persona.model_dump(), "permission": {"trust": 0, "ideas": "yes"}}
    together = session_with({explore: CLOSED}, persona=persona).say(explore)
    idea = session_with({offer: CLOSED}, persona=persona).say(offer)
    assert together.effects.reaction == idea.effects.reaction == "permission_yes"
    assert idea.reply in ("Kerro vaan, kuuntelen.", "Anna tulla, kuulen mielelläni.")
    assert together.reply not in ("Kerro vaan, kuuntelen.", "Anna tulla, kuulen mielelläni.")


def test_pressing_on_after_a_no_costs_partnership():
    ask = "Haluatko pohtia tätä yhdessä?"
    table = {ask: CLOSED, "Mitä tapahtuu nyt?": OPEN}
    s = session_refusing(table)
    s.say(ask)
    pressed = s.say("Mitä tapahtuu nyt?")
    assert pressed.effects.reaction == "pressing"
    assert any(loss.turn == 2 and loss.part == "partnership" for loss in s.summary().losses)


def test_undo_takes_the_last_turn_back_and_keeps_it_marked():
    table = {"a": ADVICE, "Mitä tapahtuu nyt?": OPEN}
    s = session_with(table)
    s.say("Mitä tapahtuu nyt?")
    before = (s.state.trust, s.state.ownership)
    s.say("a")
    taken = s.undo()
    assert taken.coach == "a" and taken.taken_back
    assert (s.state.trust, s.state.ownership) == before and len(s.turns) == 1
    assert [t["taken_back"] for t in s.transcript()] == [False, True]
    again = replay(s.exercise, s.to_dict(), analyzer=ScriptedAnalyzer(table))
    assert again.summary() == s.summary()


def test_every_lost_point_names_a_turn_and_they_add_up():
    s = session_with({"Onko se iso asia?": CLOSED, "a": ADVICE})
    s.say("Onko se iso asia?")
    s.say("a")
    summary = s.summary()
    assert sum(loss.points for loss in summary.losses) == 100 - summary.overall
    assert all(1 <= loss.turn <= len(s.turns) for loss in summary.losses)
    assert summary.thresholds["reflection_ratio"] == {"fair": 1.0, "good": 2.0}
    assert summary.thresholds["complex_share"] == {"fair": 0.4, "good": 0.5}


def test_choice_mode_offers_one_best_and_three_near_misses_built_from_state(exercises, analyze):
    s = start(exercises["meetings-run-late"], "en", mode="choice", seed=2)
    for _ in range(6):
        offered = s._choices()
        assert len(offered) == 4 and sum(c.best for c in offered) == 1
        best = next(n for n, c in enumerate(offered) if c.best)
        turn = s.pick(best)
        assert turn.feedback.best is True
    assert s.state.revealed, "the best moves brought something out"


def test_same_inputs_same_round(exercises):
    lines = ["What do you want?", "It sounds like you want it to end on time.", "What else?"]
    a = rebuild(exercises["meetings-run-late"], "en", "free", 5, lines)
    b = rebuild(exercises["meetings-run-late"], "en", "free", 5, lines)
    assert [t.reply for t in a.turns] == [t.reply for t in b.turns]
    assert a.summary() == b.summary()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Which of those feels most doable this week?"),
        ("fi", "Mikä niistä tuntuu sulle luontevimmalta?"),
    ],
)
def test_a_pick_among_their_own_options_is_answered_as_a_choice_not_a_feeling_or_a_time(lang, text):
    """Whatever else its words say ("feels", "this week"), the analyser reads a pick among the
    supervisor's own options (decision 3), and the supervisor answers the choice."""
    from coachkit.content import load_library

    exercise = load_library().items["exercise"]["meetings-run-late"]
    turn = start(exercise, lang, seed=1).say(text)
    assert turn.analysis.choice and turn.effects.intent == "choose"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "What if nothing stood in the way? What would you change first?"),
        ("fi", "Mitä jos mikään ei olis esteenä? Mitä sä muuttaisit ekana?"),
    ],
)
def test_a_scene_set_before_the_question_is_not_what_the_supervisor_answers(lang, text):
    """ "Nothing" in a "what if" scene is no question about the cost of no change: the
    supervisor answers the question asked after the scene."""
    from coachkit.content import load_library

    exercise = load_library().items["exercise"]["meetings-run-late"]
    turn = start(exercise, lang, seed=1).say(text)
    assert turn.effects.intent != "cost_of_no_change"
