"""Practice: live feedback while typing, replies, choice mode, summary saved, resume after a kill."""

from __future__ import annotations

import asyncio

import flet as ft
from appclient import assert_no_crash, start_app
from conftest import run

from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.state import Services

EX = "mini-exercise"


def kind_pills(c) -> list[str]:
    """Texts of the live chips row."""
    [live] = c.controls(ft.Container, lambda x: x.key == "live-chips")
    row = live.content
    return [
        getattr(p.content.controls[-1], "value", None) if isinstance(p, ft.Container) else p.value
        for p in row.controls
    ]


async def chips_when(c, ready, seconds: float = 10.0) -> list[str]:
    """The live chips once ``ready(chips)`` holds (they follow the draft a moment later)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not ready(kind_pills(c)) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)
        await c.settle()
    return kind_pills(c)


async def open_practice(c, mode_label="Start: type your questions"):
    await c.navigate(f"/exercise/{EX}")
    assert c.has_text("Situation")
    await c.click(mode_label)
    assert c.page.route == f"/exercise/{EX}/play"
    assert len(c.views()) == 3  # shell, exercise, practice


def test_live_chips_follow_the_draft_then_reply_and_save(services):
    async def scenario():
        c = await start_app(services)
        try:
            await open_practice(c)
            assert c.has_text("Our meetings always run late.")  # the opening line
            field = c.controls(ft.TextField)[0]
            await c.type(field, "Why")
            await c.type(field, "What would you like from the meetings?")
            # wait for the whole expected set: a chip of an earlier keystroke may already show
            chips = await chips_when(c, lambda chips: {"Open question", "GROW: Goal"} <= set(chips))
            assert "Open question" in chips and "GROW: Goal" in chips
            await c.type(field, "Why are the meetings so long? And who decides?")
            expected = {"Why-question", "Several questions"}
            chips = await chips_when(c, lambda chips: expected <= set(chips))
            assert "Why-question" in chips and "Several questions" in chips

            await c.type(field, "What would you like from the meetings?")
            await c.submit(field)
            rnd = services.store.unfinished()
            assert [t.coach for t in rnd.turns] == ["What would you like from the meetings?"]
            assert rnd.turns[0].kind == "open"
            assert c.has_text(rnd.turns[0].reply)  # the supervisor's reply is shown
            new_field = c.controls(ft.TextField)[0]
            assert not new_field.value  # a fresh, empty input
            assert kind_pills(c) == ["Feedback on your question appears here as you type."]
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_typing_updates_only_the_chips_not_the_field(services):
    """A keystroke must never patch the field's value (it would eat characters typed meanwhile)."""

    async def scenario():
        c = await start_app(services)
        try:
            await open_practice(c)
            field = c.controls(ft.TextField)[0]
            sent = len(c.messages)
            await c.fire(field, "change", None, value="What would")
            await chips_when(c, lambda chips: "Open question" in chips)
            patches = [m for m in c.messages[sent:] if "value" in str(m.body)]
            assert patches and all("'value', 'What would'" not in str(m.body) for m in patches)
            assert all(f"{field._i}, 'value'" not in str(m.body) for m in patches)
        finally:
            c.close()

    run(scenario())


def test_send_button_and_hint(services):
    async def scenario():
        c = await start_app(services)
        try:
            await open_practice(c)
            await c.click("Hint")
            assert c.has_text("Goal")  # first stage not yet asked
            field = c.controls(ft.TextField)[0]
            assert field.max_length == 1000  # typing stops where the engine stops reading
            await c.type(field, "What is your goal?")
            await c.click("Send")
            assert services.store.unfinished().turns[0].coach == "What is your goal?"
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_finish_saves_summary_and_shows_it_and_history(services):
    async def scenario():
        c = await start_app(services)
        try:
            await open_practice(c)
            for q in ["What would you like from the meetings?", "What is happening now?"]:
                field = c.controls(ft.TextField)[0]
                await c.type(field, q)
                await c.submit(field)
            await c.click("Finish")
            await c.click("Finish and see results")
            [done] = services.store.history()
            assert c.page.route == f"/round/{done.id}"
            assert done.summary["turns"] == 2 and "parts" in done.summary
            assert c.has_text("Where the points came from")
            assert c.has_text("Turn by turn") and c.has_text("Your turns by kind")
            await c.click("Home")
            [bar] = c.controls(ft.NavigationBar)
            await c.fire(bar, "change", None, selected_index=3)
            assert c.has_key("trend-open_share") and c.has_text("Reflections per question")
            assert c.has_text("1. Meetings run late")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_a_turn_taken_back_stays_visible_and_the_summary_names_turns_that_lost_points(services):
    async def scenario():
        c = await start_app(services)
        try:
            await open_practice(c)
            for q in ["What is happening now?", "You should just cancel the meetings."]:
                field = c.controls(ft.TextField)[0]
                await c.type(field, q)
                await c.submit(field)
            await c.click("Take back the last turn")
            assert c.has_text("Taken back")
            assert c.has_text("You should just cancel the meetings.")
            [open_round] = [services.store.unfinished()]
            assert len(open_round.turns) == 1
            await c.click("Finish")
            await c.click("Finish and see results")  # an unfinished round asks first
            [done] = services.store.history()
            assert done.summary["turns"] == 1 and done.summary["taken_back"] == 1
            assert done.summary["advice"] == 0
            assert c.has_text("Where points were lost")
            assert c.has_text("How you listened (MITI 4.2 style)")
            assert all(loss["turn"] == 1 for loss in done.summary["losses"])
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_choice_mode_offers_turns_built_from_the_conversation(services):
    best_moves = [
        "Would you like to think this through together for a moment?",
        "What would you like to achieve here?",
        "What is happening at the moment?",
    ]  # on the mini case the best move does not depend on the seed: no piece has a gist

    async def scenario():
        c = await start_app(services)
        try:
            await open_practice(c, "Start: choose from options")
            for move in best_moves:
                assert c.has_text("Choose your next turn:")
                await c.click(move)
            await c.click("Finish")
            await c.click("Finish and see results")  # the conversation has not ended: asked first
            [done] = services.store.history()
            assert done.mode == "choice" and done.summary["turns"] == 3
            assert done.summary["permission"] == 1
            assert c.page.route == f"/round/{done.id}"
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_round_survives_a_kill_and_home_offers_to_continue(db):
    async def scenario():
        first = Services(
            load_library(extra=[__import__("conftest").MINI], builtin=False), Store(db), web=True
        )
        c = await start_app(first)
        await open_practice(c)
        field = c.controls(ft.TextField)[0]
        await c.type(field, "What would you like from the meetings?")
        await c.submit(field)
        c.close()  # the app is killed: no finish

        second = Services(first.library, Store(db), web=True)
        c = await start_app(second)
        try:
            assert c.has_text("Continue where you left off")
            await c.click("Continue")
            assert c.page.route == f"/exercise/{EX}/play"
            assert c.has_text("What would you like from the meetings?")  # replayed
            field = c.controls(ft.TextField)[0]
            await c.type(field, "What is happening now?")
            await c.submit(field)
            assert len(second.store.unfinished().turns) == 2
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


# The time per keystroke (analyse + chip update) is measured by bench/app.py, never asserted here.
