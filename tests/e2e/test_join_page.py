"""The join page's language switch in the real web client at 390x844 on a LAN server: the phone
that picks Finnish there joins in Finnish, finds the app in Finnish after joining (with the way
back to its round card on Home instead of "Join"), and still in Finnish in a new tab; another
phone keeps the server's language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import (
    click_until,
    coachkit_server,
    enable_semantics,
    open_app,
    shot,
    type_into,
)

pytestmark = pytest.mark.e2e

T = 60_000


def test_a_phone_picks_finnish_on_the_join_page_and_keeps_it(browser, tmp_path):
    with coachkit_server(tmp_path, "--lan", lang="en_GB.UTF-8") as server:
        phone = open_app(browser, server.url + "/join", locale="en-GB")
        expect(phone.get_by_role("button", name="Join", exact=True)).to_be_visible(timeout=T)
        shot(phone, "join-en")
        join = phone.get_by_role("button", name="Liity", exact=True)
        click_until(phone.get_by_role("button", name="Suomi"), join)
        shot(phone, "join-fi")
        type_into(phone, "Aino", "Nimimerkki (valinnainen)")
        click_until(join, phone.get_by_text("Olet mukana, Aino"))
        shot(phone, "join-fi-joined")
        back = phone.get_by_role("button", name=re.compile("^Takaisin kierroskorttiin"))
        # a joined phone finds its round card at the top of Home
        click_until(phone.get_by_role("button", name="Takaisin", exact=True), back)
        expect(phone.get_by_role("button", name="Liity työpajaan")).to_have_count(0)
        shot(phone, "home-fi-joined")
        click_until(back, phone.get_by_text("Olet mukana, Aino"))

        again = phone.context.new_page()  # the same phone, a new tab: a new session
        again.goto(server.url)
        enable_semantics(again)
        expect(again.get_by_role("tab", name="Asetukset")).to_be_visible(timeout=T)

        other = open_app(browser, server.url + "/join", locale="en-GB")  # another phone
        expect(other.get_by_role("button", name="Join", exact=True)).to_be_visible(timeout=T)
        for page in (phone, other):
            page.context.close()
