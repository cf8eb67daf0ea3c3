"""Browser-test helpers shared by tests/e2e, tests/live and bench/: the real `coachkit serve` on a
free port, Debian's chromium through Playwright, and a recorder of every request a page makes.

Nothing here sleeps for a fixed time: every wait polls for the thing it waits for (the server's
banner and socket, Flutter's semantics tree, a painted and settled screen).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
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

START_SECONDS = 60
"""How long a server may take to print its banner and open its socket on a busy machine."""


def chromium_path() -> str | None:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    return shutil.which("chromium")


def free_port() -> int:
    """A port the kernel just handed out as free. Parallel test workers get different ones, where
    scanning a fixed range from the same start would hand two workers the same port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running `coachkit serve`: its address, the facilitator code it printed, and its output."""

    url: str
    code: str
    started: float
    """time.monotonic() when the process was started (for start-up benchmarks)."""
    proc: subprocess.Popen[str]
    log: list[str] = field(default_factory=list)


@contextlib.contextmanager
def coachkit_server(
    home: Path,
    *extra: str,
    lang: str = "fi_FI.UTF-8",
    port: int | None = None,
    env_extra: dict[str, str] | None = None,
) -> Iterator[Server]:
    """`coachkit serve --port N [extra]` as a subprocess with its own COACHKIT_HOME, ready when it
    has printed its facilitator code and accepts connections; stopped with SIGTERM afterwards.
    Without ``port``, a port taken between choosing and binding it (another test worker) is
    retried with a new one."""
    for attempt in range(3):
        chosen = port or free_port()
        server = _start(home, chosen, extra, lang, env_extra or {})
        try:
            _wait_until_up(server, chosen)
        except PortTaken:
            _stop(server.proc)
            if port is not None or attempt == 2:
                raise
            continue
        except BaseException:
            _stop(server.proc)
            raise
        try:
            yield server
        finally:
            _stop(server.proc)
        return


class PortTaken(RuntimeError):
    """The server exited because its port was taken after it was chosen."""


def _start(
    home: Path, port: int, extra: tuple[str, ...], lang: str, env_extra: dict[str, str]
) -> Server:
    env = {**os.environ, "COACHKIT_HOME": str(home), "LANG": lang, "BROWSER": "true"}
    env["PYTHONUNBUFFERED"] = "1"
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    env.update(env_extra)
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachkit", "serve", "--port", str(port), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    server = Server(f"http://127.0.0.1:{port}", "", started, proc)
    threading.Thread(target=_drain, args=(server,), daemon=True).start()  # a full pipe blocks it
    return server


def _drain(server: Server) -> None:
    assert server.proc.stdout is not None
    for line in server.proc.stdout:
        server.log.append(line)
        match = re.search(r"code: (\S+)", line)
        if match and not server.code:
            server.code = match[1]


def _wait_until_up(server: Server, port: int) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        if server.proc.poll() is not None:
            output = "".join(server.log)
            if "in use" in output:
                raise PortTaken(output)
            raise RuntimeError(f"coachkit serve exited with {server.proc.returncode}:\n{output}")
        if server.code:
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"coachkit serve not up in {START_SECONDS} s:\n{''.join(server.log)}"
            )
        time.sleep(0.05)  # polling interval, not a wait for something to happen


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class Requests:
    """Every URL a page requested."""

    def __init__(self) -> None:
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
    browser,
    url: str,
    requests: Requests | None = None,
    width: int = 390,
    height: int = 844,
    locale: str = "fi-FI",
):
    """A new browser context (a separate phone or laptop) on the app, with Flutter's semantics
    tree switched on."""
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
    """fill() is flaky on Flutter fields: focus the textbox, wait for the real input, type.

    On a busy machine Flutter's web engine can still be moving focus from the field's semantics
    node to its editing element when the first key arrives, and that key is lost ("hat would
    you…", a facilitator code without its first digit). So the first character is typed alone
    until the editing element holds it, then the rest."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.get_by_role("textbox", name=name) if name else page.get_by_role("textbox")
    box.first.click()
    page.wait_for_function("() => ['INPUT','TEXTAREA'].includes(document.activeElement?.tagName)")
    if not text:
        return
    held = "(c) => (document.activeElement?.value || '').endsWith(c)"
    for _ in range(5):
        page.keyboard.type(text[0])
        try:
            page.wait_for_function(held, arg=text[0], timeout=3_000)
        except PlaywrightTimeout:
            continue
        # the engine can still hand the field its older text a moment after the key landed
        # ("ino" for "Aino"): the key counts once it has stayed
        page.wait_for_timeout(400)
        if page.evaluate(held, text[0]):
            break
    page.keyboard.type(text[1:], delay=15)


def clear_focused(page) -> None:
    """Empty the focused text field key by key, as a person would, until its editing element is
    empty: Flutter's web field does not always take a select-all from the keyboard."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        length = page.evaluate("() => (document.activeElement?.value || '').length")
        if not length:
            return
        page.keyboard.press("Control+End")
        for _ in range(length):
            page.keyboard.press("Backspace")
        try:
            page.wait_for_function(
                "() => (document.activeElement?.value || '') === ''", timeout=3_000
            )
            return
        except PlaywrightTimeout:
            continue


def click_until(locator, shown, tries: int = 3, timeout: int = 20_000) -> None:
    """Click ``locator`` until ``shown`` (another locator) is visible. On a loaded machine
    Flutter's semantics tree can still be rebuilding when a freshly shown button is clicked, or
    the screen is still sliding in, and that click lands on a node being replaced or on where the
    button was; a person would simply tap again. A tap that did work but is slow to show its
    screen is not repeated: the button has gone by then."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(tries):
        if attempt == 0:
            locator.click()
        elif locator.count() and locator.first.is_visible():
            locator.first.click()
        try:
            shown.wait_for(state="visible", timeout=timeout)
            return
        except PlaywrightTimeout:
            if attempt == tries - 1:
                raise


def scrolled_to(page, locator, tries: int = 30):
    """Scroll the page body until ``locator`` is built (Flutter lists build only what is on
    screen, so a node far down has no semantics yet); returns the locator."""
    for _ in range(tries):
        if locator.count():
            return locator
        page.mouse.move(page.viewport_size["width"] / 2, page.viewport_size["height"] / 2)
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(200)
    return locator


def shot(page, name: str, attempts: int = 60) -> Path:
    """A screenshot of what a person sees: taken again until the screen is painted (not blank,
    not Flet's "Working..." start-up splash) and settled (two frames in a row alike, so no
    transition is caught half-way). Fails if that never happens."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    path = SHOTS / f"{name}-{size['width']}x{size['height']}.png"
    previous = last_painted = None
    for _ in range(attempts):
        frame = page.screenshot()
        if painted(frame):
            if frame == previous:
                break
            last_painted = frame
        previous = frame
    else:
        if last_painted is None:
            raise AssertionError(f"the screen was never painted: {path}")
    path.write_bytes(last_painted)  # a caret that never stops blinking: the last painted frame
    return path


def painted(png: bytes) -> bool:
    """True when a screenshot shows a screen: something drawn over at least a quarter of its
    height. A blank canvas draws nothing; the start-up splash only a spinner and a word."""
    import io

    from PIL import Image, ImageChops

    with Image.open(io.BytesIO(png)) as image:
        grey = image.convert("L")
    background = Image.new("L", grey.size, grey.getpixel((grey.width // 2, grey.height - 1)))
    ink = ImageChops.difference(grey, background).point(lambda v: 255 if v > 8 else 0).getbbox()
    return ink is not None and ink[3] - ink[1] >= grey.height // 4
