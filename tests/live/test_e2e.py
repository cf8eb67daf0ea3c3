"""End to end through the real server and web client: Playwright + Debian chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .e2e_support import open_app, running_server, type_into

pytestmark = pytest.mark.e2e
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("home")) as found:
        yield found
        print("".join(found[2].log[-60:]))


def facilitator(browser, url, code, route, width=1280, height=800):
    from playwright.sync_api import expect

    page = open_app(browser, url + route, width, height)
    expect(page.get_by_role("button", name="Open facilitator screens")).to_be_visible(
        timeout=60_000
    )
    type_into(page, "Code", code)
    page.get_by_role("button", name="Open facilitator screens").click()
    return page


def test_a_joining_phone_raises_the_dashboard_count_without_reload(browser, server):
    from playwright.sync_api import expect

    url, code, _ = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    dash = facilitator(browser, url, code, "/facilitator/live")
    expect(dash.get_by_text(re.compile(r"(^|\s)0\s+joined"))).to_be_visible(timeout=30_000)
    dash.screenshot(path=SHOTS / "facilitator-live-1280.png")

    phone = open_app(browser, url + "/join")
    expect(phone.get_by_role("button", name="Join")).to_be_visible(timeout=60_000)
    phone.screenshot(path=SHOTS / "join-390.png")
    type_into(phone, "Nickname (optional)", "Aino")
    phone.get_by_role("button", name="Join").click()
    expect(phone.get_by_role("group", name=re.compile("You are in, Aino"))).to_be_visible(
        timeout=15_000
    )
    expect(dash.get_by_text(re.compile(r"(^|\s)1\s+joined"))).to_be_visible(timeout=5_000)
    dash.screenshot(path=SHOTS / "facilitator-live-joined-1280.png")
    assert "Aino" not in dash.content()


SCREENS = [
    ("facilitator", "/facilitator", True),
    ("plan", "/facilitator/plan", True),
    ("run", "/facilitator/run", True),
    ("live", "/facilitator/live", True),
    ("observe", "/observe", False),
    ("join", "/join", False),
]


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 800)])
def test_screenshots_of_every_facilitator_screen(browser, server, width, height):
    from playwright.sync_api import expect

    url, code, _ = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, route, gated in SCREENS:
        if gated:
            page = facilitator(browser, url, code, route, width, height)
        else:
            page = open_app(browser, url + route, width, height)
        expect(page.get_by_role("button").first).to_be_visible(timeout=60_000)
        page.wait_for_timeout(800)  # let Flutter paint before the picture
        page.screenshot(path=SHOTS / f"fac-{name}-{width}x{height}.png")
        page.context.close()
