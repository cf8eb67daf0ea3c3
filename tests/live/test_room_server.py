"""What one phone (or bad luck) may do to the room's server, and what the room then sees.

Each test is one row of issue 18's table: it failed before the fix.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from coachkit.server import LiveRoom, create_app
from coachkit.server.auth import CodeGuard, load_or_create, new_code, normalise, shown, valid
from coachkit.server.guard import WS_AT_ONCE, host_name
from coachkit.server.slow import Busy, SlowWork

LOCAL = "http://127.0.0.1:8550"
MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini"


@pytest.fixture
def services(tmp_path):
    from coachkit.content import load_library
    from coachkit.store import Store
    from coachkit.ui.state import Services

    return Services(load_library(extra=[MINI], builtin=False), Store(tmp_path / "c.db"), web=True)


def app_for(lan: bool = False, room: LiveRoom | None = None):
    return create_app(lambda page: None, room=room or LiveRoom(), lan=lan, warm=False)


# --- the facilitator code ----------------------------------------------------------------------


def test_the_code_has_40_bits_in_eight_easy_characters_and_forgives_how_it_is_typed():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200 and all(valid(c) for c in codes)
    assert len(next(iter(codes))) * 5 == 40  # 8 characters of a 32-symbol alphabet
    code = "K7QM4RT0"
    guard = CodeGuard(code)
    for typed in ("K7QM-4RT0", "k7qm 4rto", " K7QM4RTO ", "k7qm-4rt0"):
        assert guard.matches(typed), typed
    assert not guard.matches("K7QM4RT1")
    assert shown(code) == "K7QM-4RT0"
    assert normalise("il-O") == "110"


def test_one_client_guessing_never_locks_out_the_facilitator_at_another_address():
    now = [0.0]
    waits: list[tuple[str, float]] = []
    who_now = ["phone"]

    async def sleep(seconds: float) -> None:
        waits.append((who_now[0], seconds))
        now[0] += seconds

    room = LiveRoom(clock=lambda: now[0], sleep=sleep)

    async def scenario():
        # 11 sessions x 5 wrong codes from one phone (the table's attack) ...
        for _ in range(55):
            assert not await room.attempt("00000000", "10.0.0.66")
        # ... and the facilitator at the laptop types the right code at once
        who_now[0] = "facilitator"
        assert await room.attempt(room.code, "127.0.0.1")
        # the guesser itself still gets in with the right code, after its wait
        who_now[0] = "phone"
        assert await room.attempt(room.code, "10.0.0.66")

    asyncio.run(scenario())
    assert not [w for w in waits if w[0] == "facilitator"]
    assert max(s for _, s in waits) >= 30  # the guesser waits ever longer


def test_parallel_guesses_from_one_client_queue_up_instead_of_running_at_once():
    now = [0.0]

    async def sleep(seconds: float) -> None:
        await asyncio.sleep(0)

    guard = CodeGuard("K7QM4RT0", clock=lambda: now[0], sleep=sleep)

    async def scenario():
        for _ in range(6):
            await guard.attempt("00000000", "10.0.0.9")
        await asyncio.gather(*(guard.attempt("00000000", "10.0.0.9") for _ in range(20)))

    asyncio.run(scenario())
    assert guard.wait_for("10.0.0.9") > 30  # twenty parallel tries were spaced out in time


def test_the_code_survives_a_restart_in_the_data_folder(tmp_path):
    first, problem = load_or_create(tmp_path)
    assert problem is None and valid(first)
    assert load_or_create(tmp_path)[0] == first
    (tmp_path / "facilitator-code").write_text("garbage")
    assert valid(load_or_create(tmp_path)[0])


def test_a_data_folder_that_cannot_keep_the_code_is_told_in_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, problem = load_or_create(blocker / "sub")
    assert valid(code)
    assert (
        problem is not None
        and "\n" not in problem
        and "changes when the server restarts" in problem
    )


# --- limits per phone --------------------------------------------------------------------------


def test_one_phone_holds_one_membership_and_cannot_fill_the_room():
    room = LiveRoom()
    room.active = True
    first = room.join(None, device="d-1", address="10.0.0.5")
    assert room.join(None, device="d-1", address="10.0.0.5") == first
    for n in range(200):  # 200 joins from one phone, each with a new made-up device id
        room.join(None, device=f"fake-{n}", address="10.0.0.66")
    assert room.aggregates().joined <= 1 + 3
    real = [room.join(None, device=f"d-real-{n}", address=f"10.0.1.{n}") for n in range(30)]
    assert len(set(real)) == 30  # real phones still get in
    laptop = {room.join(None, address="127.0.0.1") for _ in range(5)}
    assert len(laptop) == 5  # the laptop (facilitator trying things, tests) is not capped


def test_one_address_cannot_open_sessions_without_end():
    from coachkit.server.guard import WS_OPENS, Guard

    now = [0.0]
    guard = Guard(None, local_only=False, clock=lambda: now[0])  # type: ignore[arg-type]
    opened = 0
    for _ in range(2000):  # 2,000 sessions opened and closed by one phone
        if guard._admit("10.0.0.66"):
            opened += 1
            guard._leave("10.0.0.66")
        now[0] += 0.1
    assert opened == WS_OPENS  # 200 s of trying: one window's worth
    assert guard._admit("10.0.0.7")  # another phone still gets in


def test_websockets_are_capped_per_client_address():
    app = app_for(lan=True)
    with TestClient(app, base_url=LOCAL, client=("10.0.0.66", 5000)) as phone:
        opened = []
        try:
            for _ in range(WS_AT_ONCE):
                ws = phone.websocket_connect("/ws")
                opened.append(ws.__enter__())
            with pytest.raises(WebSocketDisconnect), phone.websocket_connect("/ws") as extra:
                extra.receive_bytes()
        finally:
            for ws in opened:
                ws.__exit__(None, None, None)
    other = TestClient(app, base_url=LOCAL, client=("10.0.0.7", 5000))
    with other, other.websocket_connect("/ws"):
        pass  # another phone is not affected


def test_the_gzip_cache_remembers_only_the_web_clients_real_files():
    app = app_for()
    with TestClient(app, base_url=LOCAL) as c:
        cache = c.app.state.gzip_cache
        c.get("/flutter_bootstrap.js", headers={"Accept-Encoding": "gzip"})
        before = cache.remembered()
        for n in range(2000):
            c.get(f"/no/such/path-{n}.js", headers={"Accept-Encoding": "gzip"})
        assert cache.remembered() == before


def test_flets_api_pages_are_not_served():
    with TestClient(app_for(lan=True), base_url=LOCAL) as c:
        for path in ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"):
            r = c.get(path)
            assert r.status_code == 404, path
            assert "swagger" not in r.text.lower() and "cdn" not in r.text.lower()


def test_local_mode_answers_only_to_this_computers_names():
    room = LiveRoom()
    app = app_for(room=room)
    with TestClient(app, base_url="http://evil.example:8550") as c:
        assert c.get(f"/export/rounds.csv?key={room.code}").status_code == 421
        assert c.get("/").status_code == 421
    for base in ("http://127.0.0.1:8550", "http://localhost:8550", "http://[::1]:8550"):
        with TestClient(app, base_url=base) as c:
            assert c.get(f"/export/rounds.csv?key={room.code}").status_code == 200, base
    with TestClient(app_for(lan=True, room=room), base_url="http://192.0.2.2:8550") as c:
        assert c.get("/").status_code == 200  # on the LAN phones use the laptop's address


def test_host_names_are_read_with_and_without_ports():
    assert host_name("127.0.0.1:8550") == "127.0.0.1"
    assert host_name("[::1]:8550") == "[::1]"
    assert host_name("LOCALHOST") == "localhost"
    assert host_name("evil.example:80") == "evil.example"


# --- slow work off the loop ---------------------------------------------------------------------


def test_slow_work_runs_in_a_worker_thread_is_cached_and_limited_per_client():
    work = SlowWork(workers=2, queue=4, per_minute=3)
    threads: list[str] = []

    def job() -> bytes:
        threads.append(threading.current_thread().name)
        return b"%PDF-"

    async def scenario():
        loop_thread = threading.current_thread().name
        assert await work.run("10.0.0.5", job, cache_key="sheet") == b"%PDF-"
        assert await work.run("10.0.0.5", job, cache_key="sheet") == b"%PDF-"  # cached
        assert threads and loop_thread not in threads
        await work.run("10.0.0.5", job)
        await work.run("10.0.0.5", job)
        with pytest.raises(Busy) as limited:
            await work.run("10.0.0.5", job)
        assert limited.value.status == 429
        await work.run("10.0.0.6", job)  # another phone is not limited by the first

    asyncio.run(scenario())
    assert len(threads) == 4
    work.close()


def test_pdf_route_builds_off_the_event_loop_and_caches_unchanged_handouts(services, monkeypatch):
    from coachkit.ui import server as ui_server
    from coachkit.ui.components import pdf

    calls: list[str] = []

    def fake_bytes(services, kind, item, lang, owner):
        calls.append(threading.current_thread().name)
        return b"%PDF-1.4 fake"

    monkeypatch.setattr(pdf, "handout_bytes", fake_bytes)  # the route imports it when asked
    app = ui_server.build_app(services)
    with TestClient(app, base_url=LOCAL, client=("10.0.0.5", 1)) as c:
        for _ in range(3):
            r = c.get("/handout/worksheet/mini-exercise/en.pdf")
            assert r.status_code == 200 and r.content.startswith(b"%PDF")
        assert len(calls) == 1 and calls[0].startswith("coachkit-slow")
        statuses = [c.get(f"/handout/worksheet/x{n}/en.pdf").status_code for n in range(40)]
        assert 429 in statuses  # one phone cannot queue up PDFs for everyone


# --- restart after a crash ----------------------------------------------------------------------


def test_a_port_left_in_time_wait_by_a_crashed_server_counts_as_free():
    from coachkit.commands.serve import port_free

    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn's (asyncio) is
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    accepted, _ = listener.accept()
    accepted.close()  # the server side closes first: its port stays in TIME_WAIT
    client.close()
    listener.close()
    assert port_free(port)


# --- no traceback reaches a phone ---------------------------------------------------------------


def test_a_phone_gets_one_plain_line_instead_of_a_traceback(monkeypatch):
    from flet.messaging.session import Session

    from coachkit.ui.server import PHONE_ERROR, quiet_session_errors

    sent: list[str] = []
    monkeypatch.setattr(Session, "error", lambda self, message: sent.append(message))
    quiet_session_errors()
    Session.error(object(), 'Traceback (most recent call last):\n  File "/home/x/store.py"')
    assert sent == [PHONE_ERROR]
    assert "/" not in PHONE_ERROR and "Traceback" not in PHONE_ERROR
