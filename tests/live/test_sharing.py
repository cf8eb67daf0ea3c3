"""A phone that joined the workshop shares each round it finishes, once; one that did not join
shares only when asked, and a summary opened again never counts twice."""

from __future__ import annotations

import asyncio

import flet as ft

from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.app import make_main
from coachkit.ui.state import Services
from tests.ui.conftest import MINI
from tests.ui.harness import FakeClient

EX = "mini-exercise"


async def app(services) -> FakeClient:
    client = FakeClient()
    await client.start(make_main(services))
    await client.settle(60)
    return client


async def finish_a_round(c: FakeClient) -> int:
    await c.navigate(f"/exercise/{EX}")
    await c.click("Start: type your questions")
    field = c.controls(ft.TextField)[0]
    await c.type(field, "What would you like from the meetings?")
    await c.submit(field)
    await c.click("Finish")
    await c.click("Finish and see results")  # an early finish asks first
    await c.settle()
    return int(c.page.route.rsplit("/", 1)[1])


def services(tmp_path, room) -> Services:
    return Services(
        load_library(extra=[MINI], builtin=False), Store(tmp_path / "k.db"), web=True, room=room
    )


def test_a_joined_phone_shares_a_finished_round_by_itself_once(room, tmp_path):
    async def scenario():
        c = await app(services(tmp_path, room))
        try:
            await c.navigate("/join")
            await c.fire(c.button_text("Join"))
            assert room.room.aggregates().joined == 1
            rid = await finish_a_round(c)
            assert room.room.aggregates().rounds == 1
            assert c.has_text("Shared with the room")
            await c.navigate("/")
            await c.navigate(f"/round/{rid}")  # the summary again, from History
            await c.settle()
            assert room.room.aggregates().rounds == 1
        finally:
            c.close()

    asyncio.run(scenario())


def test_a_phone_that_did_not_join_shares_only_when_asked_and_only_once(room, tmp_path):
    async def scenario():
        c = await app(services(tmp_path, room))
        try:
            rid = await finish_a_round(c)
            assert room.room.aggregates().rounds == 0  # nothing leaves without asking
            await c.click("Share with the room")
            assert room.room.aggregates().rounds == 1
            await c.navigate("/")
            await c.navigate(f"/round/{rid}")
            await c.settle()
            assert c.has_text("Shared with the room")
            assert not c.find_all_text("Share with the room")
            assert room.room.aggregates().rounds == 1
        finally:
            c.close()

    asyncio.run(scenario())
