"""On a LAN server every phone has its own data: history, resume, export and delete never reach
another phone's rounds or the laptop's own."""

from __future__ import annotations

import flet as ft
from appclient import assert_no_crash, start_app
from conftest import MINI, run
from fastapi.testclient import TestClient
from harness import FakeClient

from coachkit.content import load_library
from coachkit.store import LOCAL, Store
from coachkit.ui.state import Services

EX = "mini-exercise"


def lan_services(db) -> Services:
    return Services(load_library(extra=[MINI], builtin=False), Store(db), web=True, lan=True)


async def play_round(c, question: str) -> None:
    await c.navigate(f"/exercise/{EX}")
    await c.click("Start: type your questions")
    field = c.controls(ft.TextField)[0]
    await c.type(field, question)
    await c.submit(field)
    await c.click("Finish")
    await c.click("Finish and see results")


def device_of(c: FakeClient) -> str:
    return c.prefs["coachkit.device"]


def test_two_phones_never_see_each_others_rounds(db):
    services = lan_services(db)
    services.store.start_round(EX, "en", "free", 1)  # the laptop's own unfinished round

    async def scenario():
        anna, ville = await start_app(services), await start_app(services)
        try:
            assert device_of(anna) != device_of(ville)
            assert not anna.has_text("Continue where you left off")  # not the laptop's round
            await play_round(anna, "What would you like from the meetings?")
            anna_store = services.store.for_owner(device_of(anna))
            [done] = anna_store.history()
            assert services.store.for_owner(device_of(ville)).history() == []
            assert services.store.history() == []  # the laptop's own history is untouched
            await ville.navigate(f"/round/{done.id}")  # guessing another phone's round id
            assert ville.has_text("No such round.")
            assert_no_crash(anna)
            assert_no_crash(ville)
        finally:
            anna.close()
            ville.close()

    run(scenario())


def test_a_phone_keeps_its_device_id_and_language_across_sessions(db):
    services = lan_services(db)

    async def scenario():
        first = await start_app(services)
        try:
            device = device_of(first)
            await play_round(first, "What is happening now?")
        finally:
            first.close()
        again = FakeClient()
        again.prefs["coachkit.device"] = device  # same phone browser, new tab
        from coachkit.ui.app import make_main

        await again.start(make_main(services))
        await again.settle(60)
        try:
            [bar] = again.controls(ft.NavigationBar)
            await again.fire(bar, "change", None, selected_index=3)
            assert again.has_text("1. Meetings run late")
        finally:
            again.close()

    run(scenario())


def test_downloads_need_the_phones_device_id_on_a_lan_server(db):
    from coachkit.ui.server import add_routes

    services = lan_services(db)
    phone = services.store.for_owner("d-" + "a" * 24)
    rid = phone.start_round(EX, "en", "free", 1)
    phone.add_turn(rid, 1, "Phone's own question?", kind="open")
    phone.finish_round(rid, {"overall": 10, "turns": 1})
    services.store.start_round(EX, "en", "free", 2)

    import flet_web.fastapi as flet_fastapi

    app = flet_fastapi.FastAPI()
    add_routes(app, services)
    client = TestClient(app)
    assert client.get("/export/coachkit-data.json").status_code == 404
    assert client.get("/export/coachkit-data.csv?device=local").status_code == 404
    assert client.get("/export/coachkit-data.json?device=../x").status_code == 404
    other = client.get("/export/coachkit-data.json?device=d-" + "b" * 24)
    assert other.status_code == 200 and "Phone's own question" not in other.text
    mine = client.get("/export/coachkit-data.json?device=d-" + "a" * 24)
    assert "Phone's own question" in mine.text
    assert client.get(f"/handout/report/{rid}/en.pdf").status_code == 404
    assert client.get(f"/handout/report/{rid}/en.pdf?device=d-" + "b" * 24).status_code == 404
    pdf = client.get(f"/handout/report/{rid}/en.pdf?device=d-" + "a" * 24)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_on_ones_own_computer_the_local_owner_is_used(db):
    services = Services(load_library(extra=[MINI], builtin=False), Store(db), web=True)

    async def scenario():
        c = await start_app(services)
        try:
            assert "coachkit.device" not in c.prefs
            await play_round(c, "What would you like?")
            assert len(services.store.for_owner(LOCAL).history()) == 1
        finally:
            c.close()

    run(scenario())
