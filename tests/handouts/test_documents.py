"""Every handout renders from the mini library, in Finnish and English, with the expected text."""

from __future__ import annotations

import re

import pytest

from coachkit.handouts import (
    KINDS,
    HandoutError,
    build,
    facilitator_guide,
    observer_sheet,
    observer_sheet_basic,
    participant_handout,
    practice_report,
    question_cards,
    role_cards,
    supervisor_guide,
    worksheet,
)
from tests.handouts.conftest import SUMMARY, WHEN, pages, text_of


def make_all(lib, lang: str, paper: str = "a4") -> dict[str, bytes]:
    """One PDF of every kind from the mini library."""
    exercise = lib.items["exercise"]["mini-exercise"]
    plan = lib.items["plan"]["mini-plan"]
    return {
        "guide": facilitator_guide(plan, lib, lang, join_url="http://10.0.0.5:8550/", paper=paper),
        "worksheet": worksheet(exercise, lib, lang, paper=paper),
        "role-cards": role_cards(exercise, lang, paper=paper),
        "observer": observer_sheet(lib, lang, paper=paper),
        "observer-basic": observer_sheet_basic(lang, paper=paper),
        "participant": participant_handout(lib, lang, paper=paper),
        "question-cards": question_cards(lib, lang, paper=paper),
        "supervisor-guide": supervisor_guide(lib, lang, paper=paper),
        "report": practice_report(SUMMARY, exercise, lang, when=WHEN, paper=paper),
    }


@pytest.fixture(scope="module")
def finnish(lib):
    return make_all(lib, "fi")


def test_every_kind_is_a_pdf_with_pages(finnish):
    assert set(finnish) == set(KINDS)
    for kind, pdf in finnish.items():
        assert pdf.startswith(b"%PDF-"), kind
        assert pages(pdf) >= 1, kind


def test_page_counts_are_what_the_layout_promises(finnish):
    assert pages(finnish["role-cards"]) == 2  # coach and observer, then the coachee alone
    assert pages(finnish["question-cards"]) == 1  # two questions fit on one sheet of eight
    assert pages(finnish["guide"]) == 1
    assert pages(finnish["observer-basic"]) == 1  # one page for a first-time observer


def test_finnish_page_numbers_and_letters(finnish):
    for kind, pdf in finnish.items():
        text = text_of(pdf)
        n = pages(pdf)
        assert re.search(rf"Sivu 1/\s?{n}\b", text), kind  # the total is a form XObject
    assert "Minityöpaja" in text_of(finnish["guide"])
    assert "13.00–13.10" in text_of(finnish["guide"])  # Finnish clock times, en dash
    worksheet_text = text_of(finnish["worksheet"])
    assert "Esihenkilö aloittaa:" in worksheet_text
    assert "“Meidän palaverit venyvät aina.”" in worksheet_text  # typographic quotes
    assert "Kysymysten alkuja GROW-vaiheittain" in worksheet_text
    assert "Luottamuksellinen" in text_of(finnish["role-cards"])
    assert "Havainnointilomake" in text_of(finnish["observer"])


def test_english_page_numbers(lib):
    pdf = role_cards(lib.items["exercise"]["mini-exercise"], "en")
    text = text_of(pdf)
    assert re.search(r"Page 1 of\s?2\b", text) and re.search(r"Page 2 of\s?2\b", text)
    assert "Private: do not show this card to the coach." in text


def test_report_numbers_and_dates_follow_the_language(lib):
    exercise = lib.items["exercise"]["mini-exercise"]
    fi = text_of(practice_report(SUMMARY, exercise, "fi", when=WHEN))
    en = text_of(practice_report(SUMMARY, exercise, "en", when=WHEN))
    assert "27. marraskuuta 2026" in fi and "80 %" in fi and "0,5 (kohtalainen)" in fi
    assert "27 November 2026" in en and "80%" in en and "0.5 (fair)" in en


def test_report_survives_a_sparse_summary(lib):
    pdf = practice_report({"overall": 10}, None, "en", when=WHEN)
    assert "10" in text_of(pdf) and "Practice round" in text_of(pdf)


def test_facilitator_guide_start_time_moves_the_agenda(lib):
    plan = lib.items["plan"]["mini-plan"]
    text = text_of(facilitator_guide(plan, lib, "en", start="09:30"))
    assert "09:30–09:40" in text and "09:40–10:00" in text


def test_question_cards_of_one_stage(lib):
    text = text_of(question_cards(lib, "en", stage="goal"))
    assert "What would you like to get done?" in text
    assert "Is this useful for you?" not in text  # a reality question


def test_build_dispatches_by_kind_and_id(lib):
    pdf = build("worksheet", lib, "fi", exercise="mini-exercise")
    assert "Palaverit venyvät" in text_of(pdf)
    with pytest.raises(HandoutError, match="unknown exercise 'nope'"):
        build("worksheet", lib, "fi", exercise="nope")
    with pytest.raises(HandoutError, match="needs plan="):
        build("guide", lib, "fi")
    with pytest.raises(HandoutError, match="unknown handout kind"):
        build("poster", lib, "fi")


def test_plan_naming_a_missing_exercise_is_refused(lib):
    plan = lib.items["plan"]["mini-plan"]
    block = plan.blocks[1].model_copy(update={"exercise": "ghost"})
    broken = plan.model_copy(update={"blocks": [plan.blocks[0], block]})
    with pytest.raises(HandoutError, match="unknown exercise 'ghost'"):
        facilitator_guide(broken, lib, "fi")
