"""Progress: measures read from saved summaries, trends per round and week, comparison with
earlier rounds, milestones and the suggestion of what to practise next."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from pydantic import BaseModel

from coachkit.progress import (
    by_round,
    by_week,
    compare,
    early_finish,
    measures_of,
    milestones_at,
    reached,
    suggest,
)


def summary(open_share=0.5, ratio=0.0, advice=0, commitment=False, questions=4, **extra):
    return {
        "open_share": open_share,
        "reflection_ratio": ratio,
        "advice": advice,
        "commitment": commitment,
        "questions": questions,
        "turns": questions,
        "overall": 40,
        **extra,
    }


@dataclass
class Rnd:
    summary: dict
    finished: str = "2026-12-01T10:00:00"
    exercise: str = "a"


class ModelSummary(BaseModel):
    open_share: float
    reflection_ratio: float
    advice: int
    commitment: bool
    overall: int
    questions: int


def test_a_saved_dict_and_a_typed_model_give_the_same_measures():
    data = summary(0.75, 1.5, 2, True)
    model = ModelSummary(**{k: data[k] for k in ModelSummary.model_fields})
    assert measures_of(data).open_share == measures_of(model).open_share == 0.75
    assert measures_of(model).commitment == 1.0
    assert measures_of(model).advice == 2


def test_missing_fields_count_as_zero_not_an_error():
    m = measures_of({"overall": "x"})
    assert (m.open_share, m.reflection_ratio, m.advice, m.overall) == (0, 0, 0, 0)
    assert measures_of(None).questions == 0


def test_trend_per_round_numbers_rounds_from_the_first_shown():
    points = by_round([Rnd(summary(0.2)), Rnd(summary(0.6))], first_number=4)
    assert [p.label for p in points] == ["4", "5"]
    assert [p.measures.open_share for p in points] == [0.2, 0.6]


def test_trend_per_week_averages_the_weeks_rounds():
    rounds = [
        Rnd(summary(0.2, advice=2), "2026-11-30T09:00:00"),  # Monday, week 49
        Rnd(summary(0.6, advice=0, commitment=True), "2026-12-06T20:00:00"),  # Sunday, week 49
        Rnd(summary(0.9), "2026-12-07T08:00:00"),  # Monday, week 50
    ]
    weeks = by_week(rounds)
    assert [(w.label, w.rounds) for w in weeks] == [("2026-W49", 2), ("2026-W50", 1)]
    assert weeks[0].measures.open_share == pytest.approx(0.4)
    assert weeks[0].measures.advice == 1
    assert weeks[0].measures.commitment == 0.5


def test_comparison_says_better_worse_or_same_per_measure():
    earlier = [summary(0.4, 0.5, 2), summary(0.6, 0.5, 0)]
    changes = {c.measure: c for c in compare(summary(0.8, 0.52, 3, True), earlier)}
    assert changes["open_share"].better is True and changes["open_share"].before == 0.5
    assert changes["reflection_ratio"].better is None  # within tolerance
    assert changes["advice"].better is False  # more advice is worse
    assert changes["commitment"].better is True
    assert compare(summary(), []) == []


def test_milestones_are_reached_once_at_the_first_round_that_passes():
    rounds = [
        summary(0.5, 0.0, 2),
        summary(0.9, 0.5, 0, commitment=True),
        summary(0.9, 2.0, 0, commitment=True),
        summary(0.9, 2.5, 0, commitment=True),
    ]
    assert milestones_at(rounds, 1) == []
    assert set(milestones_at(rounds, 2)) == {
        "first-commitment",
        "first-reflection",
        "no-advice",
        "mostly-open",
    }
    assert milestones_at(rounds, 3) == ["reflections-2-to-1"]
    assert milestones_at(rounds, 4) == []
    assert ("reflections-2-to-1", 3) in reached(rounds)


def test_an_early_finish_names_the_turns_and_the_empty_parts():
    parts = [
        {"name": "Commitment", "points": 0, "max": 30},
        {"name": "Open questions", "points": 15, "max": 15},
    ]
    assert early_finish(summary(1.0, questions=1, parts=parts)) == (1, ["Commitment"])
    assert early_finish(summary(1.0, questions=1, commitment=True, parts=parts)) is None
    assert early_finish(summary(1.0, questions=9, parts=parts)) is None


EXERCISES = [
    SimpleNamespace(id="x-adv", level="advanced", skills=["holding-back-advice"]),
    SimpleNamespace(id="x-beg", level="beginner", skills=["open-questions"]),
    SimpleNamespace(id="x-int", level="intermediate", skills=["holding-back-advice", "reflecting"]),
]


@pytest.mark.parametrize(
    ("recent", "focus", "exercise"),
    [
        ([], "ask-open", "x-beg"),
        ([summary(0.8, 1.2, advice=2)], "hold-back-advice", "x-int"),
        ([summary(0.3, 1.2, advice=0, commitment=True)], "ask-open", "x-beg"),
        ([summary(0.8, 0.2, advice=0, commitment=True)], "reflect-before-asking", "x-int"),
        ([summary(0.8, 1.5, advice=0)], "close-with-commitment", "x-beg"),
    ],
)
def test_suggestion_follows_the_learners_own_recent_rounds(recent, focus, exercise):
    rounds = [Rnd(s, exercise="other") for s in recent]
    got = suggest(rounds, EXERCISES)
    assert got.focus.id == focus
    assert got.exercise.id == exercise


def test_suggestion_prefers_a_fresh_exercise_then_the_lowest_score():
    played = [Rnd({**summary(0.3), "overall": 60}, exercise="x-beg")]
    assert suggest(played, EXERCISES).exercise.id == "x-beg"  # only one trains open questions
    two = [
        SimpleNamespace(id="a", level="beginner", skills=["open-questions"]),
        SimpleNamespace(id="b", level="beginner", skills=["open-questions"]),
    ]
    played = [
        Rnd({**summary(0.3), "overall": 60}, exercise="a"),
        Rnd({**summary(0.3), "overall": 20}, exercise="b"),
    ]
    assert suggest(played, two).exercise.id == "b"
    assert suggest(played[:1], two).exercise.id == "b"  # never played first
