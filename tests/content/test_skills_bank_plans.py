"""Built-in skills, question bank and workshop plan templates: counts, coverage, lengths, timings.

The question analyser will later check every bank entry against its tags; these tests check what can
be checked from the data alone: stages and kinds are spread as the workshops need, no entry is
phrased as a why-question or a leading question, and the Finnish is the standard "sinä" register.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from coachkit.content import STAGES, load_library
from coachkit.content.models import TallyMark
from coachkit.workshop.blocks import EXERCISE_KINDS

REQUIRED_SKILLS = {
    "open-questions",
    "listening",
    "reflecting",
    "summarising",
    "holding-back-advice",
    "supervisors-agenda",
    "contracting",
    "closing-with-commitment",
}
QUESTION_MAX = 140
BEHAVIOUR_MAX = 140
TITLE_MAX = 70
SUMMARY_MAX = 200
PRACTICE_MAX = 160
NOTE_MAX = 600

LEADING_STARTS = re.compile(
    r"^(etkö|eikö|oletko harkinnut|mitä jos|entä jos|have you tried|have you considered|"
    r"wouldn't|don't you|couldn't you|why don't|what if)\b",
    re.IGNORECASE,
)
WHY_WORDS = re.compile(r"\b(miksi|miks|minkä takia|minkä vuoksi|why|how come)\b", re.IGNORECASE)
COLLOQUIAL_FI = re.compile(r"\b(sä|sun|sulle|sua|sulla|oot|mä|mun)\b", re.IGNORECASE)
ADVICE_WORDS = re.compile(r"\b(pitäisi|kannattaisi|should|ought)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_skill_bank_and_plan_files_load_cleanly(library):
    """No problems at all, references to exercises and methods included."""
    assert library.problems == []


# --- skills ---------------------------------------------------------------------------------


def test_required_skills_with_behaviours_and_tips(library):
    skills = {s.id: s for s in library.skills}
    assert len(skills) >= 8
    assert set(skills) >= REQUIRED_SKILLS
    for skill in skills.values():
        assert 3 <= len(skill.behaviours) <= 6, skill.id
        assert 2 <= len(skill.practice) <= 4, skill.id
        assert len({b.id for b in skill.behaviours}) == len(skill.behaviours), skill.id


def test_every_tally_button_maps_to_exactly_one_behaviour(library):
    marks = Counter(b.tally for s in library.skills for b in s.behaviours if b.tally)
    assert set(marks) == set(TallyMark.__args__)
    assert all(count == 1 for count in marks.values()), marks


def test_skill_texts_fit(library):
    for skill in library.skills:
        for lang in ("fi", "en"):
            assert len(skill.title.get(lang)) <= TITLE_MAX, skill.id
            assert len(skill.summary.get(lang)) <= SUMMARY_MAX, skill.id
            for b in skill.behaviours:
                assert len(b.text.get(lang)) <= BEHAVIOUR_MAX, (skill.id, b.id)
            for tip in skill.practice:
                assert len(tip.get(lang)) <= PRACTICE_MAX, skill.id


# --- question bank --------------------------------------------------------------------------


def test_bank_size_and_stage_coverage(library):
    questions = library.questions
    assert len(questions) >= 200
    stages = Counter(q.stage for q in questions)
    for stage in STAGES:
        assert stages[stage] >= 30, (stage, stages[stage])


def test_bank_mostly_open_with_some_closed(library):
    kinds = Counter(q.kind for q in library.questions)
    assert kinds["closed"] >= 10
    assert kinds["open"] >= 4 * kinds["closed"]


def test_upward_specific_questions(library):
    upward = [q for q in library.questions if "upward" in q.tags]
    assert len(upward) >= 20
    tags = Counter(t for q in upward for t in q.tags)
    for tag in ("permission", "contract"):
        assert tags[tag] >= 1, tag
    assert any(q.text.fi.startswith("Saanko kysyä") for q in upward)
    assert any(q.text.en.startswith("May I ask") for q in upward)


def test_process_questions_with_no_stage(library):
    process = [q for q in library.questions if q.stage is None]
    assert any(q.kind == "closed" and "usefulness" in q.tags for q in process), (
        "the no-stage check-ins (e.g. 'Onko tämä sinulle hyödyllistä?') are missing: add "
        "exercises/question/bank-process-upward.toml"
    )
    assert any("confidentiality" in q.tags for q in process)


def test_every_entry_is_tagged_and_has_a_known_method(library):
    for q in library.questions:
        assert q.tags, q.id
        assert q.method in library.items["method"], (q.id, q.method)


def test_bank_has_reflections_and_sets_for_both_sides(library):
    reflections = [q for q in library.questions if q.kind == "reflection"]
    for lang in ("fi", "en"):
        assert len({q.text.get(lang) for q in reflections}) >= 20, lang
    assert all(q.stage is None for q in reflections)
    sets = {s.id: s for s in library.of("question")}
    assert sets["bank-reverse-mentoring"].method == "reverse-mentoring"
    assert len(sets["bank-reverse-mentoring"].questions) >= 6
    assert len(sets["bank-supervisor-side"].questions) >= 6


def test_question_ids_unique_across_the_bank(library):
    ids = Counter(q.id for q in library.questions)
    assert [i for i, n in ids.items() if n > 1] == []


def test_question_texts(library):
    seen = {"fi": set(), "en": set()}
    for q in library.questions:
        for lang in ("fi", "en"):
            text = q.text.get(lang)
            assert len(text) <= QUESTION_MAX, (q.id, lang)
            if q.kind == "reflection":  # a statement: the voice goes down at the end
                assert text.endswith(".") and "?" not in text, (q.id, text)
            else:
                assert text.endswith("?") or text.startswith(("Kerro", "Tell")), (q.id, text)
                assert text.count("?") == 1 or text.startswith(("Kerro", "Tell")), (q.id, text)
            assert not LEADING_STARTS.search(text), (q.id, text)
            assert not WHY_WORDS.search(text), (q.id, text)
            assert not ADVICE_WORDS.search(text), (q.id, text)
            assert text not in seen[lang], (q.id, text)
            seen[lang].add(text)
        assert not COLLOQUIAL_FI.search(q.text.fi), q.id
        assert "esimie" not in q.text.fi.lower(), q.id


# --- plans ----------------------------------------------------------------------------------


def test_plan_templates_exist_with_sensible_lengths(library):
    plans = {p.id: p for p in library.plans}
    assert len(plans) >= 4
    assert plans["intro-90"].minutes == 90
    assert 210 <= plans["half-day"].minutes <= 240
    assert 390 <= plans["full-day"].minutes <= 420
    assert any(b.kind == "break" and b.minutes >= 30 for b in plans["full-day"].blocks), "lunch"
    series = [p for p in plans.values() if p.id.startswith("series-")]
    assert len(series) >= 3
    for plan in series:
        assert 45 <= plan.minutes <= 60, plan.id


def test_plan_blocks(library):
    for plan in library.plans:
        assert plan.materials, plan.id
        assert plan.blocks[0].kind == "intro", plan.id
        assert plan.blocks[-1].kind == "debrief", plan.id
        for i, block in enumerate(plan.blocks):
            where = (plan.id, i)
            if block.kind == "triad-round":
                assert block.exercise in library.items["exercise"], where
                assert 15 <= block.minutes <= 20, where  # 10-15 min practice + 5 min feedback
            if block.exercise:
                assert block.kind in EXERCISE_KINDS, where
                assert block.exercise in library.items["exercise"], where
            if block.method:
                assert block.method in library.items["method"], where
            if block.kind == "debrief":
                assert block.debrief, where
            if block.kind != "break":
                assert block.notes is not None, where
            for lang in ("fi", "en"):
                assert len(block.title.get(lang)) <= TITLE_MAX, where
                if block.notes:
                    assert len(block.notes.get(lang)) <= NOTE_MAX, where
                for question in block.debrief:
                    assert question.get(lang).endswith("?"), where
                    assert len(question.get(lang)) <= QUESTION_MAX, where


def test_every_triad_round_plan_lets_everyone_coach(library):
    """A plan with triad rounds has at least two, so the rotation reaches most of the room."""
    for plan in library.plans:
        rounds = [b for b in plan.blocks if b.kind == "triad-round"]
        if rounds:
            assert len(rounds) >= 2, plan.id
