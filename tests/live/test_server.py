"""The web server: compressed client, exports behind the code, local-only by default."""

from __future__ import annotations

import gzip

import pytest
from starlette.testclient import TestClient

from coachkit.server import LiveRoom, bind_host, create_app, terminal_qr

LOCAL = "http://127.0.0.1:8550"


@pytest.fixture
def client(tmp_path):
    live = LiveRoom()
    app = create_app(lambda page: None, room=live, warm=False)
    with TestClient(app, base_url=LOCAL) as c:
        yield c, live


def test_the_web_client_is_served_gzip_with_its_own_type_and_a_cheap_revalidation(client):
    c, _ = client
    r = c.get("/flutter_bootstrap.js", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200
    assert r.headers["content-encoding"] == "gzip"
    assert r.headers["content-type"].startswith("text/javascript")
    assert r.headers["vary"] == "Accept-Encoding"
    assert r.headers["cache-control"] == "no-cache"
    assert int(r.headers["content-length"]) < len(r.content)  # httpx unpacked it
    again = c.get(
        "/flutter_bootstrap.js",
        headers={"Accept-Encoding": "gzip", "If-None-Match": r.headers["etag"]},
    )
    assert again.status_code == 304 and again.content == b""


def test_a_wasm_file_keeps_its_type_and_unpacks_to_the_original(client):
    c, _ = client
    r = c.get("/canvaskit/skwasm.wasm", headers={"Accept-Encoding": "gzip"}, extensions={})
    assert r.headers["content-type"] == "application/wasm"
    assert r.content[:4] == b"\0asm"


def test_a_browser_without_gzip_gets_the_plain_file(client):
    c, _ = client
    r = c.get("/flutter_bootstrap.js", headers={"Accept-Encoding": "identity"})
    assert r.status_code == 200 and "content-encoding" not in r.headers


def test_files_flet_patches_are_never_served_from_the_cache(client):
    c, _ = client
    r = c.get("/", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in r.headers
    assert "noCdn" in r.text


def test_the_font_manifest_leaves_out_math_fonts_and_keeps_icons(client):
    c, _ = client
    families = {f["family"] for f in c.get("/assets/FontManifest.json").json()}
    assert "MaterialIcons" in families and "Roboto" in families
    assert not any("KaTeX" in f for f in families)


def test_csv_export_needs_the_code_or_a_key_and_holds_numbers_only(client):
    c, live = client
    pid = live.join("Aino")
    live.record_round(pid, {"open_share": 0.5, "kinds": {"open": 1}})
    assert c.get("/export/rounds.csv").status_code == 401
    assert c.get("/export/rounds.csv?key=nope").status_code == 401
    assert c.get("/export/aggregates.csv").status_code == 401
    ok = c.get(f"/export/rounds.csv?key={live.code}")
    assert ok.status_code == 200 and ok.headers["content-type"].startswith("text/csv")
    assert "attachment" in ok.headers["content-disposition"]
    assert "Aino" not in ok.text and ok.text.count("\n") == 2
    assert "Aino" in c.get(f"/export/rounds.csv?key={live.issue_key()}&names=1").text


def test_guessing_the_code_over_http_slows_that_client_and_never_refuses_the_right_code(tmp_path):
    waits: list[float] = []
    now = [0.0]

    async def sleep(seconds: float) -> None:  # a fake clock: waiting moves time on
        waits.append(seconds)
        now[0] += seconds

    live = LiveRoom(clock=lambda: now[0], sleep=sleep)
    app = create_app(lambda page: None, room=live, warm=False)
    with TestClient(app, base_url=LOCAL, client=("10.0.0.66", 4000)) as guesser:
        for _ in range(12):
            assert guesser.get("/export/rounds.csv?key=00000000").status_code == 401
        assert waits and max(waits) >= 8  # the guesser waits ever longer
        assert guesser.get(f"/export/rounds.csv?key={live.code}").status_code == 200
    waits.clear()
    with TestClient(app, base_url=LOCAL, client=("10.0.0.7", 4000)) as facilitator:
        assert facilitator.get(f"/export/rounds.csv?key={live.code}").status_code == 200
    assert waits == []  # another address never waits for the guesser


def test_the_server_listens_on_localhost_unless_asked_for_the_lan():
    assert bind_host(False) == "127.0.0.1"
    assert bind_host(True) == "0.0.0.0"


def test_terminal_qr_is_a_square_of_half_blocks():
    lines = terminal_qr("http://192.0.2.2:8550/join").splitlines()
    assert len({len(line) for line in lines}) == 1
    assert abs(len(lines[0]) - 2 * len(lines)) <= 2
    assert set("".join(lines)) <= set(" \u2580\u2584\u2588")


def test_gzip_layer_matches_python_gzip(client, tmp_path):
    c, _ = client
    cache = c.app.state.gzip_cache
    entry = cache.get("flutter_bootstrap.js")
    assert (
        gzip.decompress(entry.path.read_bytes())
        == (cache.root / "flutter_bootstrap.js").read_bytes()
    )
