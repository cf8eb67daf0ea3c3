"""Facilitator, observer and join screens in a real Flet session with a fake client."""

from __future__ import annotations

import asyncio

import flet as ft

from coachkit.ui.facilitator import make_main
from coachkit.ui.facilitator.session import DRAFT_KEY

from .harness import FakeClient


def run(coro):
    return asyncio.run(coro)


async def open_at(route: str, room, hub=None, width: int = 390) -> FakeClient:
    client = FakeClient(hub=hub, route=route, width=width)
    await client.start(make_main(room))
    return client


async def authorise(client: FakeClient, code: str) -> None:
    await client.fire(client.field("Code"), "change", value=code)
    await client.fire(client.button_text("Open facilitator screens"))


def test_facilitator_screens_ask_for_the_code_before_showing_anything(room):
    async def scenario():
        for route in ("/facilitator", "/facilitator/plan", "/facilitator/run", "/facilitator/live"):
            client = await open_at(route, room)
            assert client.field("Code").password is True
            assert not client.has_key("stat-joined")
            assert not client.has_key("run-clock")
            assert "Plan the workshop" not in client.texts()
            client.close()

    run(scenario())


def test_a_wrong_code_is_refused_and_the_right_one_opens_the_dashboard(room):
    async def scenario():
        client = await open_at("/facilitator/live", room)
        await authorise(client, "00000000")
        assert any("not the code" in t for t in client.texts())
        assert not client.has_key("stat-joined")
        await authorise(client, room.code)
        assert client.has_key("stat-joined")
        assert room.code not in client.all_text()  # the projector never shows the code
        client.close()

    run(scenario())


def test_many_wrong_codes_slow_the_guesser_but_the_right_code_still_opens_the_screens(room):
    waited: list[float] = []

    async def sleep(seconds: float) -> None:
        waited.append(seconds)

    room.guard.sleep = sleep

    async def scenario():
        client = await open_at("/facilitator", room)
        for _ in range(8):
            await authorise(client, "00000000")
        assert any("not the code" in t for t in client.texts())
        assert not client.has_key("join-qr")
        await authorise(client, room.code)
        assert client.has_key("join-qr")
        assert waited  # the guesser's attempts waited their turn
        client.close()

    run(scenario())


def test_dashboard_counts_rise_over_pubsub_when_a_participant_joins_and_reports(room):
    async def scenario():
        facilitator = await open_at("/facilitator/live", room, width=1280)
        await authorise(facilitator, room.code)
        joined = facilitator.by_key("stat-joined")
        assert joined.content.controls[0].value == "0"

        phone = await open_at("/join", room, hub=facilitator.pubsubhub)
        await phone.fire(phone.field("Nickname (optional)"), "change", value="Aino")
        await phone.fire(phone.button_text("Join"))
        await facilitator.settle_until(
            lambda: facilitator.by_key("stat-joined").content.controls[0].value == "1"
        )

        from coachkit.ui.facilitator import report_round

        report_round(
            phone.page, room, {"open_share": 0.8, "overall": 70, "kinds": {"open": 4, "closed": 1}}
        )
        await facilitator.settle_until(
            lambda: facilitator.by_key("stat-rounds").content.controls[0].value == "1"
        )
        assert "80 %" in facilitator.by_key("stat-open").content.controls[0].value
        figures = " ".join(
            str(c.value)
            for k in ("stat-joined", "stat-rounds", "stat-open", "stat-ratio")
            for c in facilitator.by_key(k).content.controls
        )
        assert "Aino" not in figures  # aggregates are numbers, never a name
        assert "Aino" in facilitator.all_text()  # who is connected: the laptop's own view
        phone.close()
        facilitator.close()

    run(scenario())


def test_join_with_a_nickname_and_see_only_your_own_rounds(room):
    async def scenario():
        a = await open_at("/join", room)
        await a.fire(a.field("Nickname (optional)"), "change", value="Aino")
        await a.fire(a.button_text("Join"))
        assert "You are in, Aino" in a.texts()
        b = await open_at("/join", room, hub=a.pubsubhub)
        await b.fire(b.button_text("Join"))  # no nickname: anonymous
        assert "You are in" in b.texts()

        from coachkit.ui.facilitator import report_round

        report_round(a.page, room, {"open_share": 0.5, "kinds": {"open": 2}})
        await b.navigate("/observe")
        await b.navigate("/join")
        text = b.all_text()
        assert "Aino" not in text
        assert "No rounds shared yet." in text
        await a.navigate("/observe")
        await a.navigate("/join")
        assert any("50 % open questions" in t for t in a.texts())
        a.close()
        b.close()

    run(scenario())


def test_observer_tally_ends_with_the_miti_style_summary(room):
    async def scenario():
        client = await open_at("/observe", room)
        for kind, times in (("open", 3), ("closed", 1), ("reflection", 2), ("advice", 1)):
            for _ in range(times):
                await client.fire(client.by_key(f"tally-{kind}"))
        assert client.by_key("tally-open").content.controls[1].value == "3"
        await client.fire(client.by_key("tally-closed"))
        await client.fire(client.button_text("End round"))
        texts = client.texts()
        assert "Open questions: 60 %" in texts  # 3 open of 5 questions
        assert "Reflections per question: 0.4 (low)" in texts
        assert "Advice given: 1" in texts
        await client.fire(client.button_text("Share numbers with the room"))
        assert room.aggregates().rounds == 0  # a tally is never a role-play round
        assert room.room.tally_aggregates().rounds == 1
        assert room.room.tally_aggregates().median_open_pct == 60.0
        client.close()

    run(scenario())


def test_run_screen_counts_down_and_keys_pause_and_move_on(room):
    async def scenario():
        client = await open_at("/facilitator/run", room, width=1280)
        await authorise(client, room.code)
        assert client.by_key("run-clock").value == "10:00"  # the default plan opens with 10 min
        assert client.page.on_keyboard_event is not None
        await client.fire(
            client.page,
            "keyboard_event",
            {"key": "N", "shift": False, "ctrl": False, "alt": False, "meta": False},
        )
        assert client.by_key("run-clock").value == "15:00"
        await client.fire(
            client.page,
            "keyboard_event",
            {"key": " ", "shift": False, "ctrl": False, "alt": False, "meta": False},
        )
        assert client.by_key("run-toggle").content == "Pause"
        client.close()

    run(scenario())


def test_plan_screen_adds_blocks_and_saves_the_plan_in_the_store(room):
    async def scenario():
        client = await open_at("/facilitator/plan", room, width=1280)
        await authorise(client, room.code)
        draft = client.page.session.store.get(DRAFT_KEY)
        before = len(draft.plan.blocks)
        await client.fire(client.button_text("Add"))
        assert len(draft.plan.blocks) == before + 1
        await client.fire(client.by_key("start-time"), "blur", value="13:15")
        assert draft.start == "13:15"
        assert client.by_key("plan-total").value.startswith("13:15\u2013")
        await client.fire(client.button_text("Save plan"))
        assert any("Saved as" in t for t in client.texts())
        from coachkit.ui.facilitator.session import _fallback_store

        saved = _fallback_store().plans()
        assert any("13:15" in text for text in saved.values())
        client.close()

    run(scenario())


def test_plan_screen_hands_out_the_plans_pdfs_in_the_chosen_language(room):
    """The facilitator guide follows the plan as edited (its start time), in the document's own
    language, and the whole pack comes as one ZIP."""
    import io
    import zipfile

    from pypdf import PdfReader

    async def scenario():
        client = await open_at("/facilitator/plan", room, width=1280)
        saved: list[dict] = []
        client.method_handlers["save_file"] = lambda args: saved.append(args) or None
        await authorise(client, room.code)
        await client.fire(client.by_key("start-time"), "blur", value="13:15")
        await client.fire(client.by_key("handout-lang"), "change", selected=["fi"])
        await client.fire(client.by_key("handout-guide"))
        await client.settle()
        guide = saved[-1]
        assert guide["file_name"].endswith("-facilitator-guide-fi.pdf")
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(guide["src_bytes"])).pages)
        assert "13.15" in text and "Sivu 1/" in text
        await client.fire(client.by_key("handout-pack"))
        await client.settle()
        names = zipfile.ZipFile(io.BytesIO(saved[-1]["src_bytes"])).namelist()
        assert any(n.endswith("facilitator-guide-fi.pdf") for n in names)
        assert "observer-sheet-fi.pdf" in names and "question-cards-fi.pdf" in names
        assert any("Ready:" in t or "Valmis" in t for t in client.texts())
        client.close()

    run(scenario())


def test_plan_screen_offers_exactly_the_files_of_the_plans_pack(room):
    """One button per file the printed pack holds (participant handout and the one-page observer
    sheet among them, the long observer sheet not), each giving the very file the ZIP holds."""
    import io
    import zipfile

    from pypdf import PdfReader

    async def scenario():
        client = await open_at("/facilitator/plan", room, width=1280)
        saved: list[dict] = []
        client.method_handlers["save_file"] = lambda args: saved.append(args) or None
        await authorise(client, room.code)
        await client.fire(client.by_key("handout-lang"), "change", selected=["en"])
        keys = [
            c.key
            for c in client.controls(ft.OutlinedButton)
            if str(c.key).startswith("handout-") and c.key != "handout-pack"
        ]
        labels = [c.content for c in client.controls(ft.OutlinedButton)]
        assert "Participant handout" in labels and "Observer sheet (one page)" in labels
        assert not any("advanced" in str(label).lower() for label in labels)
        for key in keys:
            await client.fire(client.by_key(key))
            await client.settle()
        files = {s["file_name"]: s["src_bytes"] for s in saved}
        await client.fire(client.by_key("handout-pack"))
        await client.settle()
        archive = zipfile.ZipFile(io.BytesIO(saved[-1]["src_bytes"]))
        assert set(files) == set(archive.namelist())

        def text(data: bytes) -> str:
            return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)

        for name in ("participant-handout-en.pdf", "question-cards-en.pdf"):
            assert text(files[name]) == text(archive.read(name))
        assert len(PdfReader(io.BytesIO(files["observer-sheet-en.pdf"])).pages) == 1
        client.close()

    run(scenario())


def test_the_dashboard_redraws_from_the_room_when_its_connection_comes_back(room):
    async def scenario():
        facilitator = await open_at("/facilitator/live", room, width=1280)
        await authorise(facilitator, room.code)
        assert facilitator.by_key("stat-joined").content.controls[0].value == "0"
        await facilitator.session.disconnect(600)  # the laptop's Wi-Fi drops for a moment

        phones = []
        for _ in range(5):
            phone = await open_at("/join", room, hub=facilitator.pubsubhub)
            await phone.fire(phone.button_text("Join"))
            phones.append(phone)
        await asyncio.sleep(0.05)
        await facilitator.settle()

        await facilitator.session.connect(facilitator)  # and comes back
        await facilitator.settle()
        assert facilitator.by_key("stat-joined").content.controls[0].value == "5"
        for phone in phones:
            phone.close()
        facilitator.close()

    run(scenario())


def test_plan_pdfs_are_built_off_the_servers_event_loop(room, monkeypatch):
    import threading

    import coachkit.handouts

    threads: list[threading.Thread] = []

    def pack_file(plan, library, lang, file, **kw):
        threads.append(threading.current_thread())
        return "observer-sheet.pdf", b"%PDF-"

    monkeypatch.setattr(coachkit.handouts, "pack_file", pack_file)

    async def scenario():
        client = await open_at("/facilitator/plan", room, width=1280)
        saved: list[dict] = []
        client.method_handlers["save_file"] = lambda args: saved.append(args) or None
        await authorise(client, room.code)
        await client.fire(client.by_key("handout-observer-basic"))
        await client.settle()
        assert saved and saved[-1]["src_bytes"] == b"%PDF-"
        assert threads and threads[0] is not threading.main_thread()
        client.close()

    run(scenario())


def test_the_standalone_join_page_switches_language_for_its_other_screens_too(room):
    async def scenario():
        client = await open_at("/join", room)
        assert "Join the workshop" in client.texts()
        await client.fire(client.by_key("lang-toggle"))
        assert "Liity työpajaan" in client.texts()
        await client.fire(client.button_text("Liity"))
        assert "Olet mukana" in client.texts()
        await client.navigate("/join/observe")  # the observer's tally, same session
        assert "Havainnoijan laskuri" in client.texts()
        client.close()
        other = await open_at("/join", room)  # another phone keeps the server's language
        assert "Join the workshop" in other.texts()
        other.close()

    run(scenario())
