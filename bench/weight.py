"""What one phone downloads to join: transferred bytes through the real server, gzip on vs off.

python bench/weight.py            # prints a table; exits 0 (figures, never pass/fail)

Method: starts the facilitator screens on 127.0.0.1 (free port), opens /join in Debian's chromium
(Playwright, a fresh context = an empty cache) and sums the bytes on the wire of every response
(``encodedBodySize`` from the Resource Timing API plus the navigation entry). The phone is run
twice: on http://127.0.0.1 (a secure context: Chromium picks skwasm) and on a name mapped to
127.0.0.1 by ``--host-resolver-rules`` (an insecure origin, as a phone on the LAN sees it:
Chromium picks skwasm_heavy). Each is measured with the compressed layer on and off
(``COACHKIT_NO_GZIP=1``). Nothing leaves the machine. A reload is measured too (304s).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.support import CHROMIUM_ARGS, chromium_path, coachkit_server  # noqa: E402

JS_TOTAL = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  const sum = (xs, k) => xs.reduce((a, e) => a + (e[k] || 0), 0);
  return {transfer: sum([nav, ...res], 'transferSize'), encoded: sum([nav, ...res], 'encodedBodySize'),
          decoded: sum([nav, ...res], 'decodedBodySize'), count: res.length + 1,
          files: res.map(e => [e.name.split('/').slice(3).join('/'), e.encodedBodySize, e.decodedBodySize])};
}"""


def measure(browser, url: str) -> dict:
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(url + "/join")
    page.locator("flt-semantics-placeholder").wait_for(state="attached", timeout=90_000)
    page.locator("flt-semantics-placeholder").evaluate("e => e.click()")
    expect(page.get_by_role("button", name="Join")).to_be_visible(timeout=90_000)
    page.wait_for_timeout(1500)  # late fonts
    first = page.evaluate(JS_TOTAL)
    page.reload()
    page.locator("flt-semantics-placeholder").wait_for(state="attached", timeout=90_000)
    page.wait_for_timeout(3000)
    again = page.evaluate(JS_TOTAL)
    context.close()
    return {"first": first, "reload": again}


def run(gzip_on: bool) -> list[tuple[str, dict]]:
    from playwright.sync_api import sync_playwright

    home = Path(tempfile.mkdtemp(prefix="ck-weight-"))
    if not gzip_on:
        os.environ["COACHKIT_NO_GZIP"] = "1"
    else:
        os.environ.pop("COACHKIT_NO_GZIP", None)
    out = []
    with coachkit_server(home, lang="en_US.UTF-8") as server, sync_playwright() as p:
        url = server.url
        port = url.rsplit(":", 1)[1]
        if gzip_on:  # compress once before the phones come (serve() warms in the background)
            time.sleep(1)
        for label, extra in (
            ("127.0.0.1 (secure context)", []),
            ("LAN-like http name (insecure)", ["--host-resolver-rules=MAP phone.lan 127.0.0.1"]),
        ):
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS + extra)
            target = url if not extra else f"http://phone.lan:{port}"
            out.append((label, measure(browser, target)))
            browser.close()
    return out


def main() -> None:
    if chromium_path() is None:
        print("weight: needs chromium (/usr/bin/chromium)")
        return
    print("method: real server on 127.0.0.1 + Playwright/Chromium, bytes on the wire per phone")
    results = {"gzip": run(True), "plain": run(False)}
    print(f"{'origin':32} {'mode':6} {'first load MB':>14} {'files':>6} {'reload MB':>10}")
    for mode, rows in results.items():
        for label, r in rows:
            first, reload = r["first"], r["reload"]
            print(
                f"{label:32} {mode:6} {first['encoded'] / 1e6:14.2f} {first['count']:6d} "
                f"{reload['transfer'] / 1e6:10.3f}"
            )
    biggest = sorted(results["gzip"][1][1]["first"]["files"], key=lambda f: -f[1])[:6]
    print("largest files (gzip, LAN-like):")
    for name, enc, dec in biggest:
        print(f"  {name:45} {enc / 1e6:6.2f} MB on the wire ({dec / 1e6:.2f} MB unpacked)")


if __name__ == "__main__":
    main()
