"""End-to-end fixtures: `coachkit serve` on a free port, Debian's chromium through Playwright, and
a recorder of every request the page makes.

Without /usr/bin/chromium the tests are skipped with a message locally, and FAIL under CI (CI=...),
which never skips.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RIVE_PROBE = "https://cdn.jsdelivr.net/npm/@rive-app/flutter-native-wasm@"
"""The one request Flet's web client makes to another host (hard-coded in main.dart.js); offline
it fails at once and the app works normally."""


def chromium_path() -> str | None:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    return shutil.which("chromium")


def free_port(lo: int = 8600, hi: int = 8800) -> int:
    for port in range(lo, hi):
        with socket.socket() as s, contextlib.suppress(OSError):
            s.bind(("127.0.0.1", port))
            return port
    raise RuntimeError("no free port")


@contextlib.contextmanager
def coachkit_server(home: Path, *extra: str, lang: str = "fi_FI.UTF-8"):
    """`coachkit serve --port N` as a subprocess; yields (url, seconds from start to socket up)."""
    port = free_port()
    env = {**os.environ, "COACHKIT_HOME": str(home), "LANG": lang, "BROWSER": "true"}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachkit", "serve", "--port", str(port), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = t0 + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()[-3000:])
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", t0
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Requests:
    """Every URL a page requested."""

    def __init__(self):
        self.urls: list[str] = []

    def attach(self, page) -> None:
        page.on("request", lambda r: self.urls.append(r.url))

    def foreign(self) -> list[str]:
        """Requests to any host but 127.0.0.1, except Flet's Rive probe."""
        out = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob"):
                continue
            if parts.hostname == "127.0.0.1":
                continue
            if url.startswith(RIVE_PROBE):
                continue
            out.append(url)
        return out


def open_app(
    browser, url: str, requests: Requests | None = None, width=390, height=844, locale="fi-FI"
):
    """A new browser context on the app with Flutter's semantics tree switched on."""
    ctx = browser.new_context(
        viewport={"width": width, "height": height}, locale=locale, accept_downloads=True
    )
    page = ctx.new_page()
    if requests is not None:
        requests.attach(page)
    page.goto(url)
    enable_semantics(page)
    return page


def enable_semantics(page) -> None:
    page.wait_for_load_state("load")
    ph = page.locator("flt-semantics-placeholder")
    ph.wait_for(state="attached", timeout=60_000)
    ph.evaluate("e => e.click()")


def type_into(page, text: str, name: str | None = None) -> None:
    """fill() is flaky on Flutter fields: focus the textbox, wait for the real input, type."""
    box = page.get_by_role("textbox", name=name) if name else page.get_by_role("textbox")
    box.first.click()
    page.wait_for_function("() => ['INPUT','TEXTAREA'].includes(document.activeElement?.tagName)")
    page.keyboard.type(text, delay=15)


def shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    path = SHOTS / f"{name}-{size['width']}x{size['height']}.png"
    page.wait_for_timeout(400)  # let transitions finish so the picture is what a person sees
    for _ in range(20):  # the semantics tree can be ready a frame before the canvas is painted
        page.screenshot(path=str(path))
        if not blank(path):
            return path
        page.wait_for_timeout(250)
    raise AssertionError(f"the screen stayed blank: {path}")


def blank(path: Path) -> bool:
    """True when a screenshot is one flat colour (nothing was drawn)."""
    from PIL import Image

    with Image.open(path) as image:
        low, high = image.convert("L").getextrema()
    return high - low < 8
