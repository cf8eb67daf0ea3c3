"""Phones on a LAN server (`coachkit serve --lan`) share the laptop's data file but never each other's
rounds: each phone's browser keeps its own device id (localStorage), so a new tab of the same phone
finds its history and another phone finds none."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from test_journeys import T, exercise_title, play_choice_round, tab

from coachkit.content import load_library
from tests.e2e.support import coachkit_server, enable_semantics, open_app, scrolled_to

pytestmark = pytest.mark.e2e


def test_phones_on_a_lan_server_keep_their_rounds_apart(browser, tmp_path):
    library = load_library()
    title = re.escape(exercise_title(library))
    with coachkit_server(tmp_path, "--lan", lang="en_GB.UTF-8") as server:
        url = server.url
        anna = open_app(browser, url, locale="en-GB")
        expect(anna.get_by_role("button", name="Open exercise")).to_be_visible(timeout=T)
        play_choice_round(anna, library)

        again = anna.context.new_page()  # the same phone's browser, a new tab: a new session
        again.goto(url)
        enable_semantics(again)
        expect(again.get_by_role("tab", name="History")).to_be_visible(timeout=T)
        tab(again, "History")
        first = again.get_by_role("button", name=re.compile(f"^1\\. {title}"))
        expect(scrolled_to(again, first)).to_be_visible()  # the list comes after the charts

        ville = open_app(browser, url, locale="en-GB")  # another phone
        expect(ville.get_by_role("tab", name="History")).to_be_visible(timeout=T)
        tab(ville, "History")
        expect(ville.get_by_text("No finished rounds yet.", exact=False)).to_be_visible()
        expect(ville.get_by_role("button", name=re.compile(f"^1\\. {title}"))).to_have_count(0)
        for page in (anna, ville):
            page.context.close()
