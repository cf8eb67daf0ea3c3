"""What the built-in intro-90 pack holds, so that a facilitator can print it as is: a 2-4 page
participant handout, a deck of about 32 cards chosen by the plan, a one-page observer sheet, a
risks-and-boundaries segment, a beginner case in every round and one materials list."""

from __future__ import annotations

import re

import pytest

from coachkit.content import load_library
from coachkit.handouts import (
    facilitator_guide,
    observer_sheet_basic,
    participant_handout,
    question_cards,
    supervisor_guide,
)
from coachkit.handouts.materials import PRINTED_WORDS
from coachkit.handouts.question_cards import context_free, method_badge, plan_deck, plan_methods
from tests.handouts.conftest import pages, text_of

LIB = load_library()
INTRO = LIB.items["plan"]["intro-90"]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_participant_handout_is_two_to_four_pages_with_sources(lang):
    pdf = participant_handout(LIB, lang)
    assert 2 <= pages(pdf) <= 4
    text = text_of(pdf)
    assert ("Lähteet:" if lang == "fi" else "Sources:") in text
    for needle in {"fi": ["häirintä", "arvosta"], "en": ["harassment", "values"]}[lang]:
        assert needle in text.lower(), needle


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_supervisor_guide_covers_its_own_risks_and_the_end(lang):
    text = text_of(supervisor_guide(LIB, lang)).lower()
    words = {"fi": ["kasvojen", "suosikki", "päätetään"], "en": ["face", "favourite", "end"]}
    for needle in words[lang]:
        assert needle in text, needle


def test_deck_is_about_32_cards_from_the_plans_methods():
    for plan in LIB.plans:
        deck = plan_deck(plan, LIB)
        methods = plan_methods(plan, LIB)
        assert 24 <= len(deck) <= 32, plan.id
        assert {q.method for q in deck} <= set(methods), plan.id
        assert all(q.kind == "open" and context_free(q) for q in deck), plan.id
        assert len({q.id for q in deck}) == len(deck)
    intro = {q.method for q in plan_deck(INTRO, LIB)}
    assert {"grow", "clear", "seven-questions"} <= intro


def test_a_card_wears_its_methods_badge():
    badges = {m.id: method_badge(m) for m in LIB.methods}
    assert badges["grow"] == "GROW" and badges["clear"] == "CLEAR"
    assert badges["appreciative-inquiry"] == "AI"
    text = text_of(question_cards(LIB, "en", plan=INTRO))
    assert "CLEAR" in text and "GROW" in text
    assert pages(question_cards(LIB, "en", plan=INTRO)) == 4


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("Which of these ideas will you start with?", False),
        ("What would one point higher on the scale look like?", False),
        ("What do you want to get out of this conversation?", True),
    ],
)
def test_context_free_leaves_out_questions_that_point_back(text, free):
    from coachkit.content.models import LocalizedText, Question

    q = Question(id="x", text=LocalizedText(fi=text, en=text))
    assert context_free(q) is free


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_observer_sheet_for_novices_is_one_page(lang):
    assert pages(observer_sheet_basic(lang)) == 1


def test_intro_90_has_risks_and_boundaries_and_beginner_rounds():
    kinds = [b.kind for b in INTRO.blocks]
    assert INTRO.minutes == 90
    risks = [b for b in INTRO.blocks if "risk" in b.title.en.lower()]
    assert risks and risks[0].minutes >= 8
    assert kinds.index("method-talk") < INTRO.blocks.index(risks[0]) < kinds.index("triad-round")
    rounds = [b for b in INTRO.blocks if b.kind == "triad-round"]
    assert len(rounds) == 3
    for block in rounds:
        assert LIB.items["exercise"][block.exercise].level == "beginner", block.exercise


def test_plans_list_no_printed_handout_of_their_own():
    for plan in LIB.plans:
        for item in plan.materials:
            for lang in ("fi", "en"):
                text = item.get(lang).lower()
                assert not any(word in text for word in PRINTED_WORDS), (plan.id, text)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_guide_has_one_materials_list_naming_each_print_once(lang):
    text = text_of(facilitator_guide(INTRO, LIB, lang))
    word = {"fi": "Havainnointilomake", "en": "Observer sheet"}[lang]
    materials = text[text.rindex({"fi": "Materiaalit", "en": "Materials"}[lang]) :]
    assert len(re.findall(word, materials)) == 1


def test_the_handouts_card_offers_each_file_of_the_intro_90_pack_by_its_title():
    """A worksheet only for an exercise that is practised, role cards also for the one that is
    only demonstrated, each labelled with the exercise's title; then the whole pack."""
    from coachkit.handouts.pack import pack_file, pack_jobs
    from coachkit.i18n import Translator
    from coachkit.ui.facilitator.handouts import documents
    from coachkit.workshop.pack_files import PackFile, pack_files

    files = pack_files(INTRO)
    assert PackFile("role-cards", "own-workload") in files  # the demonstration's cards
    assert PackFile("worksheet", "own-workload") not in files  # nobody practises it
    assert PackFile("worksheet", "first-contract") in files
    names = [name for name, _, _ in pack_jobs(INTRO, LIB, "en")]
    assert names == [pack_file(INTRO, LIB, "en", f)[0] for f in files]
    offered = documents(Translator("fi"), INTRO, LIB)
    labels = dict((key, label) for key, label, _ in offered)
    assert [key for key, _, _ in offered][-1] == "pack"
    assert labels["worksheet-first-contract"] == "Tehtävälomake: Ensimmäinen sopimus"
    assert labels["role-cards-own-workload"] == "Roolikortit: Esihenkilön oma työkuorma"
    assert len(offered) == len(files) + 1
