"""A real coachkit server on a free port and Playwright helpers (FLET_NOTES §4 and §7b)."""

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
from pathlib import Path

HERE = Path(__file__).parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port(lo: int = 8600, hi: int = 8800) -> int:
    for port in range(lo, hi):
        with socket.socket() as s, contextlib.suppress(OSError):
            s.bind(("127.0.0.1", port))
            return port
    raise RuntimeError("no free port")


@contextlib.contextmanager
def running_server(
    home: Path, *extra: str, env_extra: dict[str, str] | None = None, port: int | None = None
):
    """Yield (url, facilitator code, process) of the real ``coachkit serve`` in a subprocess."""
    port = port or free_port()
    env = {**os.environ, "COACHKIT_HOME": str(home), "BROWSER": "true", "PYTHONUNBUFFERED": "1"}
    env["LANG"] = "en_US.UTF-8"  # the screens' language; tests look for English labels
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    env.update(env_extra or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachkit", "serve", "--port", str(port), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    code = None
    try:
        deadline = time.monotonic() + 60
        assert proc.stdout is not None
        while code is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                raise RuntimeError("server exited before printing its code")
            match = re.search(r"code: (\S+)", line)
            if match:
                code = match[1]
        log: list[str] = []
        drain = threading.Thread(target=lambda: log.extend(proc.stdout), daemon=True)
        drain.start()  # a full pipe would block the server
        proc.log = log
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", code, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def chromium_path() -> str | None:
    return CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")


def open_app(browser, url: str, width: int = 390, height: int = 844, **ctx):
    """A new browser context (a separate phone) with Flutter semantics switched on."""
    page = browser.new_context(viewport={"width": width, "height": height}, **ctx).new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    placeholder = page.locator("flt-semantics-placeholder")
    placeholder.wait_for(state="attached", timeout=60_000)
    placeholder.evaluate("e => e.click()")
    return page


def type_into(page, label: str, text: str) -> None:
    """fill() is flaky on Flutter fields: focus, wait for the real input, then type."""
    page.get_by_role("textbox", name=label).click()
    page.wait_for_function("() => ['INPUT','TEXTAREA'].includes(document.activeElement?.tagName)")
    page.keyboard.type(text)
