"""Each reaction of the simulated supervisor, as a table: how the coach asked -> what happens."""

from __future__ import annotations

import pytest
from roleplay_helpers import FakeAnalysis, ScriptedAnalyzer, small_exercise

from coachkit.roleplay import start
from coachkit.roleplay.state import HOLLOW_AFTER, OWNERSHIP_START, TRUST_START


def play(turns, exercise=None, seed=0):
    """Play (text, FakeAnalysis) pairs; return the session and its turns."""
    analyzer = ScriptedAnalyzer({text: a for text, a in turns})
    session = start(exercise or small_exercise(), "fi", seed=seed, analyzer=analyzer)
    played = [session.say(text) for text, _ in turns]
    return session, played


# (case, analysis, reaction, reply contains, trust sign, ownership sign, pieces revealed)
SINGLE_TURNS = [
    ("open goal", FakeAnalysis("open", "goal"), "open", "G1", 1, 1, 1),
    ("open reality", FakeAnalysis("open", "reality"), "open", "R1", 1, 1, 1),
    ("open options", FakeAnalysis("open", "options"), "open", "O1", 1, 1, 1),
    ("open, no stage: current", FakeAnalysis("open", None), "open", "R1", 1, 1, 1),
    ("closed", FakeAnalysis("closed", "reality"), "closed", "CLOSED", 0, 0, 0),
    ("leading", FakeAnalysis("leading", "options"), "leading", "LEADING", -1, -1, 0),
    ("advice", FakeAnalysis("advice", question=False), "advice", "ADVICE", -1, -1, 0),
    ("why", FakeAnalysis("open", "reality", why=True), "why", "WHY", -1, -1, 0),
    ("reflection", FakeAnalysis("reflection", question=False), "reflection", "REFLECTION", 1, 1, 1),
    ("other", FakeAnalysis("other", question=False), "other", "OTHER", 0, 0, 0),
    ("will too early", FakeAnalysis("open", "will"), "not_ready", "W1", 1, 1, 1),
]


@pytest.mark.parametrize(
    "case,analysis,reaction,reply,trust,ownership,revealed",
    SINGLE_TURNS,
    ids=[row[0] for row in SINGLE_TURNS],
)
def test_first_turn_reaction(case, analysis, reaction, reply, trust, ownership, revealed):
    text = "Hyvä kysymys " + case
    session, (turn,) = play([(text, analysis)])
    sign = lambda n: (n > 0) - (n < 0)  # noqa: E731
    assert turn.effects.reaction == reaction
    assert reply in turn.reply
    assert sign(turn.effects.trust) == trust
    assert sign(turn.effects.ownership) == ownership
    assert len(turn.effects.revealed) == revealed
    assert session.state.trust == TRUST_START + turn.effects.trust
    assert session.state.ownership == OWNERSHIP_START + turn.effects.ownership


def test_reflection_adds_the_next_piece_of_the_current_stage_after_its_own_line():
    _, (first, second) = play(
        [("a", FakeAnalysis("open", "goal")), ("b", FakeAnalysis("reflection", question=False))]
    )
    assert first.reply == "G1 tavoite"
    assert second.reply == "REFLECTION G2 budjetti"
    assert second.effects.trust > first.effects.trust


def test_topic_cues_pick_the_piece_even_through_finnish_inflection():
    _, (turn,) = play([("Mitä palavereissanne tapahtuu?", FakeAnalysis("open", "reality"))])
    assert turn.reply == "R2 palaverit"


def test_stage_with_nothing_left_says_so_and_points_onwards():
    goal = FakeAnalysis("open", "goal")
    _, turns = play([("a", goal), ("b", goal), ("c", goal)])
    assert [t.effects.reaction for t in turns] == ["open", "open", "exhausted"]
    assert turns[2].reply == "EXHAUSTED"
    assert "nykytila" in turns[2].feedback.did


def test_stacked_question_answers_only_the_last_one():
    text = "Mitä haluat? Mitä on tapahtunut? Mitä vaihtoehtoja on?"
    analyzer = ScriptedAnalyzer(
        {
            text: FakeAnalysis("open", "goal", stacked=True),
            "Mitä vaihtoehtoja on?": FakeAnalysis("open", "options"),
        }
    )
    session = start(small_exercise(), "fi", analyzer=analyzer)
    turn = session.say(text)
    assert turn.reply == "STACKED O1 idea"
    assert turn.effects.stacked and turn.effects.stage == "options"
    assert session.state.counts["stacked"] == 1
    assert turn.feedback.better


def test_garbage_gets_what_do_you_mean():
    _, (turn,) = play([("xqzv brrp", FakeAnalysis("other", question=False))])
    assert turn.effects.reaction == "unclear"
    assert turn.reply == "UNCLEAR"


def test_small_talk_is_neutral_not_unclear():
    _, (turn,) = play([("Kiitos, hyvä kuulla.", FakeAnalysis("other", question=False))])
    assert turn.effects.reaction == "other"


GOOD_PATH = [
    ("g", FakeAnalysis("open", "goal")),
    ("r", FakeAnalysis("open", "reality")),
    ("o", FakeAnalysis("open", "options")),
    ("w", FakeAnalysis("open", "will")),
]


def test_open_will_question_after_goal_reality_options_is_the_supervisors_own_commitment():
    session, turns = play(GOOD_PATH)
    assert turns[-1].effects.reaction == "commit"
    assert turns[-1].reply == "OWN STEP"
    assert session.done and session.commitment_reached
    assert session.state.ending == "commit"


def test_closed_will_question_does_not_commit():
    turns = [*GOOD_PATH[:3], ("w?", FakeAnalysis("closed", "will"))]
    session, _ = play(turns)
    assert not session.done and not session.commitment_reached


def test_advice_after_advice_ends_in_a_hollow_commitment_that_does_not_count():
    advice = [(f"a{i}", FakeAnalysis("advice", question=False)) for i in range(HOLLOW_AFTER)]
    session, turns = play(advice)
    assert turns[-1].effects.reaction == "hollow"
    assert turns[-1].reply == "HOLLOW_COMMITMENT"
    assert session.done and not session.commitment_reached
    assert session.summary()["hollow_commitment"] is True


def test_advice_then_will_question_gets_hollow_agreement_not_a_commitment():
    turns = [
        ("a1", FakeAnalysis("advice", question=False)),
        ("a2", FakeAnalysis("leading", "options")),
        *GOOD_PATH,
    ]
    session, played = play(turns)
    assert played[-1].effects.reaction == "hollow"
    assert not session.commitment_reached


def test_ownership_regained_by_open_questions_allows_a_real_commitment():
    turns = [
        ("a1", FakeAnalysis("advice", question=False)),
        ("g2", FakeAnalysis("open", "goal")),
        ("r2", FakeAnalysis("open", "reality")),
        *GOOD_PATH,
    ]
    session, _ = play(turns)
    assert session.commitment_reached


def test_low_trust_gets_guarded_answers_to_open_questions():
    why = FakeAnalysis("open", "reality", why=True)
    turns = [(f"w{i}", why) for i in range(4)] + [("g", FakeAnalysis("open", "goal"))]
    session, played = play(turns)
    assert session.state.trust < 30
    assert played[-1].effects.reaction == "guarded"
    assert played[-1].effects.revealed == ()


def test_turns_running_out_end_the_session_without_commitment():
    session, _ = play(
        [(f"t{i}", FakeAnalysis("closed", "goal")) for i in range(4)],
        exercise=small_exercise(max_turns=4),
    )
    assert session.done and session.state.ending == "turns_over"
    assert not session.commitment_reached


def test_same_line_is_not_repeated_twice_running():
    ex = small_exercise(
        replies={
            **small_exercise().replies.model_dump(),
            "closed": [{"fi": "A", "en": "A"}, {"fi": "B", "en": "B"}],
        }
    )
    _, turns = play([(f"c{i}", FakeAnalysis("closed", "goal")) for i in range(8)], exercise=ex)
    replies = [t.reply for t in turns]
    assert all(a != b for a, b in zip(replies, replies[1:], strict=False))


def test_one_piece_of_advice_makes_the_supervisor_hesitate_before_owning_the_step():
    turns = [
        ("g", FakeAnalysis("open", "goal")),
        ("a", FakeAnalysis("advice", question=False)),
        ("r", FakeAnalysis("open", "reality")),
        ("o", FakeAnalysis("open", "options")),
        ("w1", FakeAnalysis("open", "will")),
        ("w2", FakeAnalysis("open", "will")),
    ]
    session, played = play(turns)
    assert played[-2].effects.reaction == "not_ready"
    assert "neuvojesi" in played[-2].feedback.did
    assert played[-1].effects.reaction == "commit"
    assert session.commitment_reached
