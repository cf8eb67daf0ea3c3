"""Benchmark the app against a minimal Flet app, in the same run, on this machine.

    .venv/bin/python bench/app.py [--runs 5]

Prints (never pass/fail):
  * time to interactive: server start -> first button clickable in headless chromium, for
    `coachkit serve` and for bench/minimal_app.py, alternating, min / median / max of each and of
    their ratio per run (target: coachkit <= 1.3x minimal). The minimal app runs twice: with
    Flet's defaults (a cross-origin isolated page, where the browser renders on a second thread)
    and served as coachkit serves its pages (`--one-thread`: no embedder policy, the page's own
    thread; see coachkit.server.renderer for why coachkit does so). The second is the like-for-
    like ratio; the first shows what the renderer choice costs;
  * reply time: Enter on a question -> the reply shown, coachkit vs minimal (target < 150 ms);
  * live feedback: server-side time per keystroke, analyse + chip update in a real Flet session
    with a fake client (target < 50 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]

from tests.e2e.support import (  # noqa: E402  (server and chromium helpers)
    CHROMIUM_ARGS,
    chromium_path,
    coachkit_server,
    enable_semantics,
    free_port,
    type_into,
)

QUESTION = "What would you like our meetings to be like?"


def minimal_server(*flags: str):
    import contextlib
    import os
    import signal
    import socket
    import subprocess

    @contextlib.contextmanager
    def run():
        port = free_port()
        t0 = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "minimal_app.py"), str(port), *flags],
            env={**os.environ, "BROWSER": "true"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.05)
            yield SimpleNamespace(url=f"http://127.0.0.1:{port}", started=t0)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()

    return run()


def measure_browser(browser, server, first_button: str, to_practice, reply_text: str):
    from playwright.sync_api import expect

    with server as running:
        url, t0 = running.url, running.started
        ctx = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
        page = ctx.new_page()
        page.goto(url)
        enable_semantics(page)
        expect(page.get_by_role("button", name=first_button)).to_be_visible(timeout=60_000)
        tti = time.monotonic() - t0
        to_practice(page)
        type_into(page, QUESTION)  # the first key is typed until the field holds it
        t1 = time.monotonic()
        page.keyboard.press("Enter")
        expect(page.get_by_text(reply_text).last).to_be_visible(timeout=10_000)
        reply = time.monotonic() - t1
        ctx.close()
    return tti, reply


def coachkit_to_practice(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Practice").click()
    page.get_by_role("button").filter(has_text="The weekly meetings run late").first.click()
    page.get_by_role("button", name="Start: type your questions").click()
    expect(page.get_by_role("textbox", name="Ask your question")).to_be_visible()


def live_feedback_ms(keystrokes: int = 60) -> float:
    """Server side: change event -> analyse -> chips patch, per keystroke, in a real Session."""
    import flet as ft
    from appclient import start_app

    from coachkit.content import load_library
    from coachkit.store import Store
    from coachkit.ui.state import Services

    async def scenario() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            services = Services(load_library(), Store(Path(tmp) / "c.db"))
            services.store.set_setting("lang", "en")
            c = await start_app(services)
            await c.navigate("/exercise/meetings-run-late")
            await c.click("Start: type your questions")
            field = c.controls(ft.TextField)[0]
            text = (QUESTION + " ") * 3
            times = []
            for i in range(1, min(keystrokes, len(text)) + 1):
                t0 = time.perf_counter()
                c.session.apply_patch(field._i, {"value": text[:i]})
                await c.session.dispatch_event(field._i, "change", None)
                await c.settle(5)
                times.append(time.perf_counter() - t0)
            c.close()
            return statistics.median(times) * 1000, max(times) * 1000

    return asyncio.run(scenario())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    med, worst = live_feedback_ms()
    print(
        f"live feedback per keystroke (server): median {med:.1f} ms, max {worst:.1f} ms "
        f"(target < 50 ms)"
    )
    path = chromium_path()
    if path is None:
        print("chromium not found: browser figures skipped")
        return 0
    from playwright.sync_api import sync_playwright

    results: dict[str, list[tuple[float, float]]] = {
        "coachkit": [],
        "minimal": [],
        "minimal-1t": [],
    }
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        for run in range(args.runs + 1):  # run 0 warms both (OS cache, coachkit's gzip cache)
            with tempfile.TemporaryDirectory() as home:
                ours = measure_browser(
                    browser,
                    coachkit_server(Path(home), lang="en_GB.UTF-8"),
                    "Open exercise",
                    coachkit_to_practice,
                    QUESTION,
                )
            bare = measure_browser(browser, minimal_server(), "Start", lambda page: None, "Reply: ")
            one = measure_browser(
                browser, minimal_server("--one-thread"), "Start", lambda page: None, "Reply: "
            )
            if run:
                results["coachkit"].append(ours)
                results["minimal"].append(bare)
                results["minimal-1t"].append(one)
        browser.close()
    print(f"{args.runs} runs each after one warm-up, coachkit and the minimal apps alternating")
    print("time to interactive, s (min / median / max):")
    for name, vals in results.items():
        print(f"  {name:10} {spread([v[0] for v in vals], '{:.2f}')}")
    medians = {k: statistics.median(v[0] for v in vals) for k, vals in results.items()}
    for bare, what in (
        ("minimal", "Flet's defaults (a cross-origin isolated page: two-thread renderer)"),
        ("minimal-1t", "served as coachkit serves (one-thread renderer, coachkit.server.renderer)"),
    ):
        ratios = [a[0] / b[0] for a, b in zip(results["coachkit"], results[bare], strict=True)]
        print(
            f"  coachkit / {bare}: ratio of medians {medians['coachkit'] / medians[bare]:.2f}; "
            f"per run {spread(ratios, '{:.2f}')} (target <= 1.3) - {what}"
        )
    print("submit -> reply shown, ms (min / median / max; target < 150 ms):")
    for name, vals in results.items():
        print(f"  {name:10} {spread([v[1] * 1000 for v in vals], '{:.0f}')}")
    return 0


def spread(values: list[float], fmt: str) -> str:
    """ "min / median / max" of ``values``."""
    parts = (min(values), statistics.median(values), max(values))
    return " / ".join(fmt.format(v) for v in parts)


if __name__ == "__main__":
    sys.exit(main())
