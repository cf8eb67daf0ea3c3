"""Dates on the phone read the same to every reader of a language: "3 Dec 2026" in English,
"3.12.2026" in Finnish (CLDR through i18n.format_date), never the ambiguous 03/12/2026."""

from __future__ import annotations

import datetime as dt
import re

from appclient import assert_no_crash, start_app
from conftest import run
from test_progress_ui import s, seed_rounds

DAY = dt.datetime(2026, 12, 3, 14, 5)


def test_history_and_the_summary_write_dates_in_the_languages_own_way(services):
    async def scenario():
        [rid] = seed_rounds(services.store, [s(0.5, 0.5, 1, False)], start=DAY)
        c = await start_app(services)
        try:
            await c.navigate(f"/round/{rid}")
            assert c.has_text("3 Dec 2026, 14:05")
            await c.fire(c.by_key("lang-toggle"), "click")
            assert c.has_text("3.12.2026 14.05")
            await c.navigate("/")
            import flet as ft

            [bar] = c.controls(ft.NavigationBar)
            await c.fire(bar, "change", None, selected_index=3)
            assert any(text.startswith("3.12.2026 · ") for text in c.texts())
            await c.fire(c.by_key("lang-toggle"), "click")
            assert any(text.startswith("3 Dec 2026 · ") for text in c.texts())
            assert not any("03/12" in text or "12/3" in text for text in c.texts())
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def drill_verdict(services, answer: str) -> list[str]:
    """The texts after rewriting the drill's first item as ``answer``."""

    async def scenario() -> list[str]:
        seed_rounds(
            services.store,
            [s(0.3, 0.0, 2, False, _turns=[("You should end on time.", "advice")])],
            start=DAY,
        )
        c = await start_app(services)
        try:
            await c.navigate("/drill")
            await c.type(c.field("Your rewrite"), answer)
            await c.click("Check")
            assert_no_crash(c)
            return c.texts()
        finally:
            c.close()

    return run(scenario())


def test_a_drill_item_rewritten_well_says_the_day_it_comes_back(services):
    texts = drill_verdict(services, "What options do you see?")
    assert any(re.fullmatch(r"It comes back on \d{1,2} [A-Z][a-z]{2} 2026\.", x) for x in texts)


def test_a_missed_drill_item_says_it_comes_back_the_next_day(services):
    # the store's clock stands at 4 Dec (the day after the seeded round)
    assert "It comes back on 5 Dec 2026." in drill_verdict(services, "Have you tried a timer?")
