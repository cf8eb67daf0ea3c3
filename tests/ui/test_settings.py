"""Settings: export my data (download routes), delete my data after confirming."""

from __future__ import annotations

import json

import flet as ft
from appclient import assert_no_crash, start_app
from conftest import run
from fastapi.testclient import TestClient

from coachkit.ui.server import build_app


def test_delete_all_data_asks_first(services):
    rid = services.store.start_round("mini-exercise", "en", "free", 1)
    services.store.finish_round(rid, {"overall": 50, "open_share": 0.5, "reflection_ratio": 0})

    async def scenario():
        c = await start_app(services)
        try:
            [bar] = c.controls(ft.NavigationBar)
            await c.fire(bar, "change", None, selected_index=4)
            await c.click("Delete all my data")
            assert c.has_text("Delete all your data?")
            await c.click("Cancel")
            assert len(services.store.history()) == 1
            await c.click("Delete all my data")
            await c.click("Delete")
            assert services.store.history() == []
            assert c.has_text("All your data was deleted.")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_export_buttons_download_in_the_browser(services):
    async def scenario():
        c = await start_app(services)
        try:
            [bar] = c.controls(ft.NavigationBar)
            await c.fire(bar, "change", None, selected_index=4)
            urls = [
                b.action.url
                for b in c.controls(ft.OutlinedButton)
                if isinstance(getattr(b, "action", None), ft.OpenUrl)
            ]
            assert urls == ["/export/coachkit-data.json", "/export/coachkit-data.csv"]
        finally:
            c.close()

    run(scenario())


def test_export_routes_return_attachments(services):
    rid = services.store.start_round("mini-exercise", "fi", "free", 1)
    services.store.add_turn(rid, 1, "Mitä haluat?", kind="open")
    with TestClient(build_app(services), base_url="http://127.0.0.1:8550") as client:
        r = client.get("/export/coachkit-data.json")
        assert r.status_code == 200
        assert r.headers["content-disposition"] == 'attachment; filename="coachkit-data.json"'
        assert json.loads(r.text)["rounds"][0]["turns"][0]["coach"] == "Mitä haluat?"
        r = client.get("/export/coachkit-data.csv")
        assert r.headers["content-type"].startswith("text/csv")
        assert "Mitä haluat?" in r.content.decode("utf-8-sig")
        assert "flutter" in client.get("/").text.lower()  # Flet is mounted at /


def test_handout_routes_give_pdfs_of_exercise_and_round(services):
    from coachkit import roleplay

    exercise = services.exercise("mini-exercise")
    session = roleplay.start(exercise, "fi", seed=1)
    session.say("Mitä haluat?")
    rid = services.store.start_round("mini-exercise", "fi", "free", 1)
    services.store.finish_round(rid, session.summary())
    with TestClient(build_app(services), base_url="http://127.0.0.1:8550") as client:
        for url in [
            "/handout/worksheet/mini-exercise/fi.pdf",
            "/handout/role-cards/mini-exercise/en.pdf",
            f"/handout/report/{rid}/fi.pdf",
        ]:
            r = client.get(url)
            assert r.status_code == 200, url
            assert r.content.startswith(b"%PDF-")
            assert r.headers["content-disposition"].startswith("attachment")
        assert client.get("/handout/worksheet/nope/fi.pdf").status_code == 404
        assert client.get("/handout/report/999/fi.pdf").status_code == 404
        assert client.get("/handout/worksheet/mini-exercise/sv.pdf").status_code == 404
