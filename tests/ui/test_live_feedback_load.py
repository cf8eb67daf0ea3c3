"""Live feedback in a room: a burst of keystrokes is analysed together, not once per key."""

from __future__ import annotations

import flet as ft
from appclient import start_app
from conftest import run
from test_practice import chips_when, kind_pills, open_practice

from coachkit.ui.screens import practice


def test_a_burst_of_keystrokes_costs_a_few_analyses_and_the_chips_show_the_last_draft(
    services, monkeypatch
):
    calls: list[str] = []
    real = practice.analyze_live

    def counting(text: str, lang: str):
        calls.append(text)
        return real(text, lang)

    monkeypatch.setattr(practice, "analyze_live", counting)

    async def scenario():
        c = await start_app(services)
        try:
            await open_practice(c)
            field = c.controls(ft.TextField)[0]
            draft = "Why are the meetings so long? And who decides?"
            await c.type(field, draft)  # 46 change events, as fast as a client can send them
            # On a busy machine a draft part-way may be analysed too (with the same chips, which
            # are then not sent again): wait for the last draft's analysis, then read the chips.
            await c.settle_until(lambda: bool(calls) and calls[-1] == draft)
            chips = await chips_when(c, lambda chips: "Several questions" in chips)
            assert "Why-question" in chips and "Several questions" in chips
            assert len(calls) <= 3, len(calls)
            assert kind_pills(c)
        finally:
            c.close()

    run(scenario())
