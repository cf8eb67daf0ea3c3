"""The built-in content renders: every exercise's worksheet and role cards, every plan's pack.

The built-in library is asserted present, never skipped: content that disappears is a failure.
"""

from __future__ import annotations

import pytest

from coachkit.content import load_library
from coachkit.handouts import observer_sheet, pack, question_cards, role_cards, worksheet
from tests.handouts.conftest import pages, text_of


@pytest.fixture(scope="module")
def builtin():
    return load_library()


def test_every_exercise_renders_in_both_languages(builtin):
    assert len(builtin.exercises) >= 8, "built-in exercises are missing"
    for exercise in builtin.exercises:
        for lang in ("fi", "en"):
            assert exercise.title.get(lang) in text_of(worksheet(exercise, builtin, lang))
            assert pages(role_cards(exercise, lang)) == 2, exercise.id


def test_every_plan_packs(builtin, tmp_path):
    known = builtin.items["exercise"]
    assert builtin.plans, "built-in plan templates are missing"
    for plan in builtin.plans:
        missing = [b.exercise for b in plan.blocks if b.exercise and b.exercise not in known]
        assert not missing, f"plan {plan.id} names exercises that do not exist: {missing}"
        files = pack(plan, builtin, "fi", "a4", tmp_path / plan.id)
        assert len(files) >= 4 and all(f.stat().st_size > 1000 for f in files)


def test_question_bank_cards_hold_every_question(builtin):
    total = len(builtin.questions)
    assert total >= 200, "the built-in question bank is missing or thin"
    assert pages(question_cards(builtin, "fi")) == -(-total // 8)


def test_observer_sheet_lists_every_behaviour(builtin):
    assert len(builtin.skills) >= 8, "built-in skills are missing"
    text = text_of(observer_sheet(builtin, "en"))
    for skill in builtin.skills:
        assert " ".join(skill.title.en.split()) in text
