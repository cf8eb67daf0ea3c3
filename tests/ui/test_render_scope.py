"""A change re-renders the screens that show it, not the whole app: what a room of phones costs
the server is the screens that changed (issue 18, "100 phones: first screen")."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace

import flet as ft
import pytest
from appclient import assert_no_crash, start_app
from conftest import run
from flet.components import component
from harness import FakeClient

from coachkit.i18n import Translator, negotiate
from coachkit.ui.app import DEVICE_KEY, make_main
from coachkit.ui.components.chips import chip_specs
from coachkit.ui.practice_run import analyze_live
from coachkit.ui.screens.practice import LIVE_EVERY

EX = "mini-exercise"
DEVICE = "d-" + "5" * 24


@pytest.fixture
def renders(monkeypatch) -> Counter:
    """How often each component function was rendered."""
    counts: Counter = Counter()
    original = component.Renderer.render

    def render(self, fn, *args, **kwargs):
        counts[getattr(fn, "__name__", str(fn))] += 1
        return original(self, fn, *args, **kwargs)

    monkeypatch.setattr(component.Renderer, "render", render)
    return counts


def test_a_new_phones_device_id_arriving_renders_its_first_screen_once(services, renders):
    async def scenario():
        c = await start_app(replace(services, lan=True))
        try:
            await c.settle_until(lambda: c.prefs.get(DEVICE_KEY) is not None)
            await c.settle()
            assert c.session.store.get(DEVICE_KEY) == c.prefs[DEVICE_KEY]  # the id arrived
            assert renders["HomeTab"] == 1 and renders["Shell"] == 1 and renders["App"] == 1
            assert c.controls(ft.NavigationBar)  # the home screen is there
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_a_returning_phone_gets_its_own_language_when_its_device_id_arrives(services):
    async def scenario():
        lan = replace(services, lan=True)
        other = "en" if negotiate(saved=None) == "fi" else "fi"  # not what a new phone gets
        services.store.for_owner(DEVICE).set_setting("lang", other)
        c = FakeClient()
        try:
            c.prefs[DEVICE_KEY] = DEVICE  # the phone's browser kept its id
            await c.start(make_main(lan))
            heading = "What to practise next" if other == "en" else "Mitä harjoitella seuraavaksi"
            await c.settle_until(lambda: c.has_text(heading))
            assert c.page.locale_configuration.current_locale.language_code == other
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_a_typed_turn_re_renders_the_round_not_the_screens_beneath(services, renders):
    async def scenario():
        c = await start_app(services)
        try:
            await c.navigate(f"/exercise/{EX}")
            await c.click("Start: type your questions")
            await c.settle()
            renders.clear()
            field = c.controls(ft.TextField)[0]
            await c.type(field, "What would you like from the meetings?")
            await c.submit(field)
            await c.settle()
            assert c.has_text("What would you like from the meetings?")
            assert renders["Practice"] >= 1
            assert renders["HomeTab"] == renders["Shell"] == renders["ExerciseDetail"] == 0

            await c.navigate("/")  # leaving the round: the home tab is brought up to date
            await c.settle()
            assert renders["HomeTab"] >= 1
            assert c.has_text("Continue where you left off") and c.has_text("1 turn so far")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_a_draft_whose_chips_stay_the_same_re_renders_nothing(services, renders):
    drafts = ["What would you like from the meetings", "What would you like from the meetings?"]
    shown = {chip_specs(Translator("en"), analyze_live(d, "en")) for d in drafts}
    assert len(shown) == 1 and () not in shown  # the analyser shows the same chips for both

    async def scenario():
        c = await start_app(services)
        try:
            await c.navigate(f"/exercise/{EX}")
            await c.click("Start: type your questions")
            field = c.controls(ft.TextField)[0]
            before = renders["LiveChips"]
            await c.type(field, drafts[0])
            await c.settle_until(lambda: renders["LiveChips"] > before)  # the chips appear
            shown_once = renders["LiveChips"]
            await asyncio.sleep(LIVE_EVERY * 2)
            await c.type(field, drafts[1])
            await asyncio.sleep(LIVE_EVERY * 2)
            await c.settle()
            assert renders["LiveChips"] == shown_once
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())
