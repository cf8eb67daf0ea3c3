"""The methods library and the guides: counts, coverage of the source article, phone-card lengths."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from coachkit.content import LANGS, LocalizedText, load_library
from coachkit.content.models import Guide, Method

REQUIRED_METHODS = {
    "grow",
    "solution-focused",
    "seven-questions",
    "appreciative-inquiry",
    "clear",
    "active-listening",
    "oars",
    "powerful-questions",
    "upward-feedback",
    "reverse-mentoring",
}

# One section per question of the source article (and the brief's list of risks and modes).
REQUIRED_SECTIONS = {
    "situations",
    "issues-and-goals",
    "risks",
    "benefits-subordinate",
    "benefits-supervisor",
    "getting-started",
    "developing-skill",
    "subordinate-should-know",
    "supervisor-should-know",
    "being-coached",
    "planned-vs-situational",
    "models-apply",
    "reverse-mentoring",
}

LIMITS = {"questions": 160, "summary": 200, "title": 100, "name": 100, "question": 200}
PARAGRAPH_LIMIT = 900

FINNISH_TERMS = {
    "esihenkilö": r"esihenkilö",
    "esimies (the older word)": r"esimie",
    "valmentaja": r"valmentaja",
    "valmennettava": r"valmennettava",
    "avoin kysymys": r"avoi(n|met|mia|nta) kysymy",
    "suljettu kysymys": r"suljet(tu|ut|tuja) kysymy",
    "johdatteleva kysymys": r"johdattelev(a|at|ia) kysymy",
    "reflektointi": r"reflektoi",
    "yhteenveto": r"yhteenve(to|do)",
}


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def methods(library) -> list[Method]:
    return library.methods


@pytest.fixture(scope="module")
def guides(library) -> list[Guide]:
    return library.guides


def texts(model: BaseModel, path: str = "") -> Iterator[tuple[str, LocalizedText]]:
    """Every localised text in a model, with a dotted path to it."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        here = f"{path}.{name}" if path else name
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            where = f"{here}.{i}" if isinstance(value, list) else here
            if isinstance(item, LocalizedText):
                yield where, item
            elif isinstance(item, BaseModel):
                yield from texts(item, where)


def limit_for(path: str) -> int:
    parts = [p for p in path.split(".") if not p.isdigit()]
    return LIMITS.get(parts[-1], PARAGRAPH_LIMIT)


def test_my_files_load_without_problems(library):
    mine = [p for p in library.problems if re.search(r"(^|/)(method|guide)/", p.file)]
    assert mine == []


def test_at_least_ten_methods_with_the_agreed_ids(methods):
    ids = {m.id for m in methods}
    assert len(methods) >= 10
    assert ids >= REQUIRED_METHODS, REQUIRED_METHODS - ids


@pytest.mark.parametrize("method_id", sorted(REQUIRED_METHODS))
def test_method_is_complete(methods, method_id):
    method = next(m for m in methods if m.id == method_id)
    questions = [q for step in method.steps for q in step.questions]
    assert len(questions) >= 10, f"{method_id}: {len(questions)} example questions"
    assert len(method.steps) >= 3
    assert len(method.pitfalls) >= 3
    assert method.sources, f"{method_id}: no sources"
    assert any(step.stage for step in method.steps), f"{method_id}: no step has a GROW stage"


def test_every_method_has_ten_questions_and_sources(methods):
    for method in methods:
        questions = [q for step in method.steps for q in step.questions]
        assert len(questions) >= 10, method.id
        assert method.sources, method.id


def test_example_questions_read_as_open_questions(methods):
    """Questions end in '?' or are a 'tell me' request, and none is a why-question."""
    request = {"fi": ("Kerro", "Kuvaile"), "en": ("Tell", "Describe", "Walk me")}
    why = {
        "fi": r"^(miksi|miks|minkä takia|minkä vuoksi|mistä syystä)\b",
        "en": r"^(why|how come)\b",
    }
    for method in methods:
        for step in method.steps:
            for q in step.questions:
                for lang in LANGS:
                    text = q.get(lang).strip()
                    assert text.endswith("?") or text.startswith(request[lang]), (method.id, text)
                    assert not re.search(why[lang], text, re.IGNORECASE), (method.id, text)


def test_texts_fit_a_phone_card_in_both_languages(methods, guides):
    for item in [*methods, *guides]:
        for path, text in texts(item):
            for lang in LANGS:
                value = text.get(lang)
                assert value.strip(), f"{item.id}: {path}.{lang} is empty"
                assert len(value) <= limit_for(path), (
                    f"{item.id}: {path}.{lang} has {len(value)} chars, limit {limit_for(path)}"
                )


def test_the_two_languages_are_both_written(methods, guides):
    """Longer texts must differ between fi and en: a copy means one language is missing."""
    for item in [*methods, *guides]:
        for path, text in texts(item):
            if len(text.en) > 40:
                assert text.fi != text.en, f"{item.id}: {path} is the same in fi and en"


def test_guides_answer_every_question_of_the_article(guides):
    ids = [s.id for g in guides for s in g.sections]
    assert set(ids) >= REQUIRED_SECTIONS, REQUIRED_SECTIONS - set(ids)
    assert len(ids) == len(set(ids)), "a section id is used twice"


def test_guides_for_each_side(guides):
    by_id = {g.id: g for g in guides}
    assert by_id["guide-for-subordinates"].audience == "subordinate"
    assert by_id["guide-for-supervisors"].audience == "supervisor"
    assert by_id["upward-coaching-basics"].audience == "both"
    for guide in guides:
        for section in guide.sections:
            assert section.body, f"{guide.id}: {section.id} has no paragraphs"
            assert section.points, f"{guide.id}: {section.id} has no points"


@pytest.mark.parametrize("term", sorted(FINNISH_TERMS))
def test_finnish_terms_are_used(methods, guides, term):
    finnish = " ".join(t.fi for item in [*methods, *guides] for _, t in texts(item)).lower()
    assert re.search(FINNISH_TERMS[term], finnish), term
