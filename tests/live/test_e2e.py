"""End to end through the real `coachkit serve` and web client: Playwright + Debian chromium."""

from __future__ import annotations

import re

import pytest

from tests.e2e.support import coachkit_server, open_app, scrolled_to, shot, type_into

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with coachkit_server(tmp_path_factory.mktemp("home"), lang="en_US.UTF-8") as found:
        yield found
        print("".join(found.log[-60:]))


def facilitator(browser, server, route, width=1280, height=800):
    from playwright.sync_api import expect

    page = open_app(browser, server.url + route, width=width, height=height, locale="en-US")
    expect(page.get_by_role("button", name="Open facilitator screens")).to_be_visible(
        timeout=60_000
    )
    type_into(page, server.code, "Code")
    page.get_by_role("button", name="Open facilitator screens").click()
    expect(page.get_by_role("button", name="Open facilitator screens")).to_have_count(
        0, timeout=30_000
    )
    return page


def test_a_joining_phone_raises_the_dashboard_count_without_reload(browser, server):
    from playwright.sync_api import expect

    dash = facilitator(browser, server, "/facilitator/live")
    expect(dash.get_by_text(re.compile(r"(^|\s)0\s+joined"))).to_be_visible(timeout=30_000)
    shot(dash, "facilitator-live")

    phone = open_app(browser, server.url + "/join", locale="en-US")
    expect(phone.get_by_role("button", name="Join")).to_be_visible(timeout=60_000)
    shot(phone, "join")
    type_into(phone, "Aino", "Nickname (optional)")
    phone.get_by_role("button", name="Join").click()
    expect(phone.get_by_text("You are in, Aino")).to_be_visible(timeout=15_000)
    expect(dash.get_by_text(re.compile(r"(^|\s)1\s+joined"))).to_be_visible(timeout=5_000)
    shot(dash, "facilitator-live-joined")
    # who is connected shows on the laptop's live screen; the figures stay numbers
    expect(
        dash.get_by_text("Phones: 1 of 1 connected")
        .or_(dash.get_by_label("Phones: 1 of 1 connected"))
        .first
    ).to_be_visible(timeout=5_000)


TILES = [
    ("plan", "Plan the workshop"),
    ("run", "Run on the projector"),
    ("live", "Live room"),
    ("observe", "Observer tally"),
]
"""The facilitator home's tiles, each opening one screen (file name, tile title)."""


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 800)])
def test_screenshots_of_every_facilitator_screen(browser, server, width, height):
    """Through the app as a facilitator moves: the code once, then each screen from the
    facilitator's tiles and back (the session stays open); the join screen as a phone opens it."""
    from playwright.sync_api import expect

    page = facilitator(browser, server, "/facilitator", width, height)

    def tile(title: str):
        return page.get_by_role("button", name=re.compile("^" + re.escape(title)))

    expect(tile("Plan the workshop")).to_be_visible(timeout=60_000)
    shot(page, "fac-facilitator")
    for name, title in TILES:
        tile(title).click()
        expect(tile("Plan the workshop")).to_have_count(0)  # the screen has changed
        expect(page.get_by_role("button", name="Back", exact=True)).to_be_visible()
        shot(page, f"fac-{name}")
        if name == "plan":  # the handouts card sits below the plan: one button per pack file
            participant = scrolled_to(page, page.get_by_role("button", name="Participant handout"))
            expect(participant).to_be_visible()
            expect(page.get_by_role("button", name="Observer sheet (one page)")).to_be_visible()
            page.mouse.wheel(0, 2000)  # to the card's end: every button in view
            expect(page.get_by_role("button", name="Whole pack (ZIP)")).to_be_visible()
            shot(page, "fac-plan-handouts")
        page.get_by_role(
            "button", name="Back", exact=True
        ).click()  # the facilitator's or the app's home
        home = page.get_by_role("button", name=re.compile("^Facilitator Plan, run"))
        page.wait_for_timeout(500)  # the app's Home lists the facilitator tile below the fold
        if not tile("Plan the workshop").count():
            scrolled_to(page, home)
        expect(tile("Plan the workshop").or_(home)).to_be_visible()
        if home.count():
            home.click()
        expect(tile("Plan the workshop")).to_be_visible()
    page.context.close()

    phone = open_app(browser, server.url + "/join", width=width, height=height, locale="en-US")
    expect(phone.get_by_role("button", name="Join")).to_be_visible(timeout=60_000)
    shot(phone, "fac-join")
    phone.context.close()
