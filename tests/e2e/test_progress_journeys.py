"""Journeys through the real web client at 390x844: the largest text size on every screen, a
round left and resumed, the history chart over five rounds, and a drill of three items.

Screenshots (both languages) go to artifacts/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.practice_run import PracticeRun
from tests.e2e.support import click_until, coachkit_server, open_app, shot, type_into

pytestmark = pytest.mark.e2e

T = 60_000
EXERCISE = "meetings-run-late"
ROUNDS = [
    ["Have you tried a shorter agenda?", "You should end on time.", "Why do they run late?"],
    [
        "What would you like the meetings to be like?",
        "Have you tried a timer?",
        "You could cut the agenda.",
    ],
    [
        "What would you like the meetings to be like?",
        "What happens in them now?",
        "So the end keeps slipping, week after week.",
        "What have you tried so far?",
    ],
    [
        "What would you like the meetings to be like?",
        "So you want them to end on time.",
        "What happens in them now?",
        "It sounds like the last topics always get squeezed.",
        "What options do you see?",
        "What will you do first?",
    ],
    [
        "What would you like our meetings to be like in a month?",
        "So ending on time matters to you.",
        "What happens in them now?",
        "The last topics get squeezed, and that frustrates you.",
        "What could you try?",
        "You see a few ways to go.",
        "Which of them would you start with?",
        "When will you do it?",
    ],
]


def seed_five_rounds(home) -> None:
    """Five real rounds of the engine, one a day over a week, getting better."""
    exercise = load_library().items["exercise"][EXERCISE]
    store = Store(home / "coachkit.db")
    day = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=8)
    for n, turns in enumerate(ROUNDS):
        store.clock = lambda n=n: day + dt.timedelta(days=n * 2)
        run = PracticeRun.begin(store, exercise, "en", "free", seed=n + 1)
        for text in turns:
            if run.done:
                break
            run.say(text)
        run.finish()
    store.close()


def card(page, heading: str):
    """A card: Flutter's semantics name a card by all of its text, starting with its heading."""
    pattern = re.compile(re.escape(heading))
    return (
        page.get_by_text(pattern)
        .or_(page.get_by_role("group", name=pattern))
        .or_(page.get_by_role("checkbox", name=pattern))
        .first
    )


def tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def changed(page, before: bytes) -> bytes:
    """The screen was repainted: a new screenshot differs from ``before``."""
    for _ in range(20):
        now = page.screenshot()
        if now != before:
            return now
        page.wait_for_timeout(250)
    raise AssertionError("the screen did not repaint after a tap")


def test_largest_text_size_then_every_screen_repaints(browser, tmp_path):
    with coachkit_server(tmp_path) as server:
        url = server.url
        page = open_app(browser, url)
        expect(page.get_by_role("tab", name="Asetukset")).to_be_visible(timeout=T)
        tab(page, "Asetukset")
        expect(page.get_by_text("Tekstin koko")).to_be_visible()
        page.get_by_role("checkbox", name="Suurempi").click()
        expect(page.get_by_text("Tekstin koko")).to_be_visible()
        screen = shot(page, "larger-settings-fi").read_bytes()
        steps = [
            ("Koti", "Lyhyt harjoite", "larger-home-fi"),
            ("Harjoittele", "Kaikki tasot", "larger-exercises-fi"),
            ("Kirjasto", "Menetelmät", "larger-library-fi"),
            ("Historia", "Ei vielä valmiita kierroksia", "larger-history-fi"),
        ]
        for name, text, picture in steps:
            tab(page, name)
            expect(card(page, text)).to_be_visible(timeout=T)
            screen = changed(page, screen)
            shot(page, picture)
        tab(page, "Harjoittele")
        first = page.get_by_role("button", name=re.compile("^Ensimmäinen sopimus"))
        expect(first).to_be_visible(timeout=T)
        start = page.get_by_role("button", name="Aloita: kirjoita kysymyksesi")
        click_until(first, start)
        shot(page, "larger-exercise-fi")
        click_until(start, page.get_by_role("textbox"))
        shot(page, "larger-practice-fi")
        page.context.close()


def test_a_round_left_by_back_is_resumed_from_home(browser, tmp_path):
    with coachkit_server(tmp_path, lang="en_GB.UTF-8") as server:
        url = server.url
        page = open_app(browser, url, locale="en-GB")
        tab(page, "Practice")
        ex = page.get_by_role("button", name=re.compile("^The weekly meetings run late"))
        expect(ex).to_be_visible(timeout=T)
        start = page.get_by_role("button", name="Start: type your questions")
        click_until(ex, start)
        click_until(start, page.get_by_role("textbox", name="Ask your question"))
        question = "What would you like the meetings to be like?"
        type_into(page, question, "Ask your question")
        page.keyboard.press("Enter")
        expect(page.get_by_text(question).last).to_be_visible()
        back = page.get_by_role("button", name="Back", exact=True)
        click_until(back, page.get_by_text("Leave this round?"))
        page.wait_for_timeout(800)  # the dialog fades in
        shot(page, "leave-dialog")
        click_until(page.get_by_role("button", name="Leave for now"), start)
        click_until(back, page.get_by_role("tab", name="Home"))
        tab(page, "Home")
        expect(page.get_by_role("button", name="Continue")).to_be_visible(timeout=T)
        shot(page, "home-resume")
        click_until(page.get_by_role("button", name="Continue"), page.get_by_text(question).last)
        confirm = page.get_by_role("button", name="Finish and see results")
        click_until(page.get_by_role("button", name="Finish"), confirm)
        expect(page.get_by_text("Finish the round now?")).to_be_visible()
        click_until(confirm, card(page, "Why this score"), timeout=T // 2)
        shot(page, "summary-early")
        page.context.close()


def test_history_chart_summary_comparison_and_a_drill_of_three(browser, tmp_path):
    seed_five_rounds(tmp_path)
    with coachkit_server(tmp_path, lang="en_GB.UTF-8") as server:
        url = server.url
        page = open_app(browser, url, locale="en-GB")
        expect(card(page, "What to practise next")).to_be_visible(timeout=T)
        page.wait_for_timeout(1500)  # a loaded machine paints a moment after the semantics
        shot(page, "progress-home-en")
        tab(page, "History")
        chart = page.get_by_text(re.compile(r"Open questions, per round: 1 \S+, 2 .*, 5 \S+"))
        expect(chart).to_be_visible(timeout=T)
        page.wait_for_timeout(1500)
        shot(page, "progress-history-en")
        page.get_by_role("checkbox", name="Per week").click()
        expect(page.get_by_text(re.compile(r"Open questions, per week: wk \d"))).to_be_visible()
        page.get_by_role("checkbox", name="Per round").click()
        for _ in range(30):
            last = page.get_by_role("button", name=re.compile(r"^5\. The weekly meetings"))
            if last.count():
                break
            page.mouse.move(200, 400)
            page.mouse.wheel(0, 500)
            page.wait_for_timeout(200)
        click_until(last, card(page, "Compared with your earlier rounds"))
        shot(page, "progress-summary-en")
        home = page.get_by_role("tab", name="Home")
        click_until(page.get_by_role("button", name="Back", exact=True), home)
        tab(page, "Home")
        drill_and_shoot(page, "en", "Start the drill", "Your rewrite", "Check", "Drill done")

        click_until(
            page.get_by_role("button", name="Suomi"), card(page, "Mitä harjoitella seuraavaksi")
        )
        shot(page, "progress-home-fi")
        tab(page, "Historia")
        expect(
            page.get_by_text(re.compile(r"Avoimet kysymykset, kierroksittain: 1"))
        ).to_be_visible()
        shot(page, "progress-history-fi")
        tab(page, "Koti")
        drill_and_shoot(
            page, "fi", "Aloita harjoite", "Uusi muotoilusi", "Tarkista", "Harjoite tehty"
        )
        page.context.close()


ANSWERS = {
    "en": ["What options do you see?", "Have you tried ending on time?", "What else matters here?"],
    "fi": ["Mitä vaihtoehtoja näet?", "Oletko kokeillut lopettaa ajoissa?", "Mikä muu on tärkeää?"],
}


def drill_and_shoot(page, lang, start, field, check, done) -> None:
    button = page.get_by_role("button", name=start)
    for _ in range(20):
        if button.count():
            break
        page.mouse.move(200, 400)
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(200)
    click_until(button, page.get_by_text(re.compile(r"1\D+3")).first)
    for n, answer in enumerate(ANSWERS[lang]):
        expect(page.get_by_text(re.compile(rf"{n + 1}\D+3")).first).to_be_visible(timeout=T)
        if n == 0:
            shot(page, f"progress-drill-{lang}")
        type_into(page, answer, field)
        nxt = page.get_by_role("button", name=re.compile("^(Next|Finish the drill|Seuraava|Päätä)"))
        click_until(page.get_by_role("button", name=check), nxt)
        if n == 1:
            shot(page, f"progress-drill-verdict-{lang}")
        last = n == len(ANSWERS[lang]) - 1
        following = (
            page.get_by_text(done) if last else page.get_by_text(re.compile(rf"{n + 2}\D+3"))
        )
        click_until(nxt, following.first)
    expect(page.get_by_text(done)).to_be_visible(timeout=T)
    shot(page, f"progress-drill-done-{lang}")
    page.get_by_role("button", name=re.compile("^(Home|Koti)$")).last.click()
