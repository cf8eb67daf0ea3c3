"""Choice mode: a learner who always picks the move that fits reaches the supervisor's own step.

The best move is built from the state, in the session's language; if it stops working (an English
stem in a Finnish round, a model reflection the analyser does not read as one) the round circles
without end. These tests play every built-in case that way.
"""

from __future__ import annotations

import pytest

from coachkit.roleplay.session import start

CASES = [
    "doubted-change",
    "feedback-from-above",
    "first-contract",
    "just-tell-me",
    "meetings-run-late",
    "one-to-one-moment",
    "own-workload",
    "planned-session",
    "reverse-mentoring",
    "step-out",
    "team-conflict",
    "the-test",
]


def play_best(exercise, lang: str, seed: int):
    session = start(exercise, lang, "choice", seed=seed)
    while not session.done:
        offered = session._choices()
        session.pick(next(i for i, choice in enumerate(offered) if choice.best))
    return session


def test_every_built_in_case_is_played_here(exercises):
    assert sorted(exercises) == sorted(CASES)


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("case", CASES)
def test_always_picking_the_best_move_reaches_an_own_commitment(exercises, case, lang):
    session = play_best(exercises[case], lang, seed=1)
    summary = session.summary()
    assert summary.commitment, [t.reply for t in session.turns][-3:]
    assert summary.overall >= 80


@pytest.mark.parametrize("case", ["meetings-run-late", "step-out"])
def test_model_reflections_are_in_the_rounds_language(exercises, case):
    session = start(exercises[case], "fi", "choice", seed=0)
    offered = []
    while not session.done and len(offered) < 40:
        choices = session._choices()
        offered.extend(c.text for c in choices)
        session.pick(next(i for i, c in enumerate(choices) if c.best))
    assert not [text for text in offered if text.startswith("It sounds like")]


def best_positions(exercise, lang: str, seed: int) -> list[int]:
    session = start(exercise, lang, "choice", seed=seed)
    found = []
    while not session.done:
        offered = session._choices()
        found.append(next(i for i, choice in enumerate(offered) if choice.best))
        session.pick(found[-1])
    return found


def test_the_best_move_is_shuffled_per_session_and_turn_so_no_position_gives_it_away(exercises):
    """Over every case, language and three seeds the best move stands in each of the four places
    about equally often, and on a given turn of a given seed the cases do not agree on it."""
    from collections import Counter

    places: Counter[int] = Counter()
    first_turn: Counter[int] = Counter()
    for case in CASES:
        for lang in ("fi", "en"):
            for seed in range(3):
                found = best_positions(exercises[case], lang, seed)
                places.update(found)
                if seed == 0:
                    first_turn[found[0]] += 1
    total = sum(places.values())
    assert set(places) == {0, 1, 2, 3}
    assert all(n > total / 4 * 0.75 for n in places.values()), places
    assert len(first_turn) >= 3, first_turn


def test_the_order_is_the_same_when_the_same_session_is_replayed(exercises):
    case = exercises["meetings-run-late"]
    assert best_positions(case, "fi", 5) == best_positions(case, "fi", 5)
    assert best_positions(case, "fi", 5) != best_positions(case, "en", 5)


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("case", CASES)
def test_the_best_move_never_asks_what_was_said_or_reflects_a_stale_piece(exercises, case, lang):
    """A best move that asks about something a reflection already drew out gets 'like I said';
    one that reflects an option again after the choice gets nothing new. Neither is best."""
    session = play_best(exercises[case], lang, seed=2)
    reactions = [t.effects.reaction for t in session.turns]
    assert not {"repeat", "off", "unknown", "later"} & set(reactions), reactions
