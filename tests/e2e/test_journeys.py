"""Journeys through the real web client in headless chromium: language, library, a round in free
and in choice mode to its summary, history after a reload, and no request to any other host.

Screenshots of every screen at 390x844 and 1280x800 go to artifacts/screenshots/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from coachkit.content import load_library
from tests.e2e.support import (
    Requests,
    click_until,
    coachkit_server,
    enable_semantics,
    open_app,
    scrolled_to,
    shot,
    type_into,
)

pytestmark = pytest.mark.e2e

EXERCISE = "meetings-run-late"
T = 60_000


@pytest.fixture(scope="module")
def library():
    return load_library()


def exercise_title(library, lang="en") -> str:
    return library.items["exercise"][EXERCISE].title.get(lang)


def tab(page, name):
    page.get_by_role("tab", name=name).click()


def start_round(page, library, mode_button, prefix, shown):
    """From the Practice tab to a round's first screen (``shown``)."""
    tab(page, "Practice")
    level = library.items["exercise"][EXERCISE].level.capitalize()
    page.get_by_role("checkbox", name=level).click()  # twelve cases are more than a phone screen
    expect(
        page.get_by_role("button", name=re.compile(re.escape(exercise_title(library))))
    ).to_be_visible()
    shot(page, f"{prefix}exercises")
    mode = page.get_by_role("button", name=mode_button)
    click_until(
        page.get_by_role("button", name=re.compile(re.escape(exercise_title(library)))), mode
    )
    shot(page, f"{prefix}exercise")
    click_until(mode, shown)


def play_free_round(page, library, prefix=""):
    box = page.get_by_role("textbox", name="Ask your question")
    start_round(page, library, "Start: type your questions", prefix, box)
    questions = ["What would you like our meetings to be like?", "What happens in them now?"]
    for n, question in enumerate(questions):
        type_into(page, question, "Ask your question")
        expect(page.get_by_text("Open question").last).to_be_visible()  # live chip while typing
        if n == 0:
            shot(page, f"{prefix}practice-typing")
        page.keyboard.press("Enter")
        expect(page.get_by_text(question).last).to_be_visible()
    shot(page, f"{prefix}practice")
    page.get_by_role("button", name="Hint").click()
    expect(page.get_by_text(re.compile("for example"))).to_be_visible()
    finish_round(page)
    shot(page, f"{prefix}summary")


def best_moves(exercise, count: int) -> list[str]:
    """The engine's best offered turn, round after round: the same whatever the seed."""
    from coachkit.roleplay import start as start_session

    session = start_session(exercise, "en", mode="choice", seed=0)
    moves = []
    while len(moves) < count and not session.done:
        offered = session._choices()
        best = next(n for n, c in enumerate(offered) if c.best)
        moves.append(offered[best].text)
        session.pick(best)
    return moves


def finish_round(page):
    """Finish, confirm, and wait for the summary."""
    confirm = page.get_by_role("button", name="Finish and see results")
    click_until(page.get_by_role("button", name="Finish"), confirm)
    click_until(confirm, page.get_by_text("Where the points came from"), timeout=T // 2)


def play_choice_round(page, library):
    exercise = library.items["exercise"][EXERCISE]
    moves = best_moves(exercise, 4)
    start_round(
        page, library, "Start: choose from options", "", page.get_by_role("button", name=moves[0])
    )
    for n, move in enumerate(moves):
        option = page.get_by_role("button", name=move)
        expect(option).to_be_visible(timeout=T)
        if n == 0:
            shot(page, "practice-choice")
        option.click()
        expect(page.get_by_text(move).last).to_be_visible()
    confirm = page.get_by_role("button", name="Finish and see results")
    results = page.get_by_text("Where the points came from")
    click_until(page.get_by_role("button", name="Finish"), confirm.or_(results).first)
    if confirm.count():  # an unfinished conversation asks before it is scored
        click_until(confirm, results, timeout=T // 2)


def test_phone_journey(browser, library, tmp_path):
    requests = Requests()
    with coachkit_server(tmp_path) as server:
        url = server.url
        page = open_app(browser, url, requests)
        expect(page.get_by_role("button", name="Avaa harjoitus")).to_be_visible(timeout=T)
        shot(page, "home-fi")

        # language at run time
        click_until(
            page.get_by_role("button", name="English"),
            page.get_by_role("button", name="Open exercise"),
        )
        expect(page.get_by_role("tab", name="Home")).to_be_visible()
        shot(page, "home")

        tab(page, "Library")
        method = page.get_by_role("button", name=re.compile("^The GROW model"))
        expect(method).to_be_visible()
        shot(page, "library")
        click_until(method, page.get_by_text("Steps").first)
        shot(page, "method")
        back = page.get_by_role("button", name="Back", exact=True)  # Flutter's own, in English
        click_until(back, method)

        play_free_round(page, library)
        click_until(
            page.get_by_role("button", name="Back", exact=True),
            page.get_by_role("tab", name="Home"),
        )

        play_choice_round(page, library)

        page.reload()  # same tab: the session comes back where it was (the summary)
        enable_semantics(page)
        back = page.get_by_role("button", name="Back", exact=True)
        expect(back).to_be_visible(timeout=T)
        click_until(back, page.get_by_role("tab", name="History"))
        tab(page, "History")
        title = exercise_title(library)
        first = page.get_by_role("button", name=re.compile(f"^1\\. {re.escape(title)}"))
        expect(scrolled_to(page, first)).to_be_visible()  # the list comes after the charts
        expect(
            page.get_by_role("button", name=re.compile(f"^2\\. {re.escape(title)}"))
        ).to_be_visible()
        shot(page, "history")
        tab(page, "Settings")
        expect(page.get_by_role("button", name="Delete all my data")).to_be_visible()
        shot(page, "settings")
        page.context.close()
    assert requests.urls, "no requests were recorded"
    assert requests.foreign() == []


def test_laptop_layout_and_screens(browser, library, tmp_path):
    requests = Requests()
    with coachkit_server(tmp_path, lang="en_GB.UTF-8") as server:
        url = server.url
        page = open_app(browser, url, requests, width=1280, height=800, locale="en-GB")
        expect(page.get_by_role("button", name="Open exercise")).to_be_visible(timeout=T)
        expect(page.get_by_role("tab")).to_have_count(0)  # a NavigationRail, not a bar
        shot(page, "home")
        method = page.get_by_role("button", name=re.compile("^The GROW model"))
        click_until(page.get_by_role("button", name=re.compile("^Library")), method)
        shot(page, "library")
        click_until(method, page.get_by_text("Steps").first)
        shot(page, "method")
        practice = page.get_by_role("button", name=re.compile("^Practice"))
        click_until(page.get_by_role("button", name="Back", exact=True), practice)
        ex = page.get_by_role("button", name=re.compile(re.escape(exercise_title(library))))
        click_until(practice, ex)
        shot(page, "exercises")
        start = page.get_by_role("button", name="Start: type your questions")
        click_until(ex, start)
        click_until(start, page.get_by_role("textbox", name="Ask your question"))
        type_into(page, "What would you like to change?", "Ask your question")
        expect(page.get_by_text("Open question").last).to_be_visible()
        shot(page, "practice-typing")
        page.keyboard.press("Enter")
        expect(page.get_by_text("What would you like to change?").last).to_be_visible()
        finish_round(page)
        shot(page, "summary")
        history = page.get_by_role("button", name=re.compile("^History"))
        click_until(page.get_by_role("button", name="Back", exact=True), history)
        click_until(history, page.get_by_text("Reflections per question").first)
        shot(page, "history")
        settings = page.get_by_role("button", name=re.compile("^Settings"))
        click_until(settings, page.get_by_role("button", name="Delete all my data"))
        shot(page, "settings")
        page.context.close()
    assert requests.foreign() == []
