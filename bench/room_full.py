"""A real room through the full app: phones join, type turns key by key, finish; the facilitator's
dashboard follows. Drives the real ``coachkit serve`` over Flet's websocket protocol.

python bench/room_full.py [--phones 40] [--turns 4] [--first-screen 100] [--local]

Method (printed with the figures): ``coachkit serve --lan`` (free port, a subprocess; as in a room,
each phone gets a device id kept in its browser; ``--local`` leaves out --lan), the phones on
127.0.0.1;
N+1 websocket sessions speak Flet's wire protocol (msgpack frames: register, control events, prop
updates, answers to SharedPreferences calls) - no browser, so the load generator stays light and
the server does all the work a phone causes. The facilitator types the code and opens the live
dashboard. Each phone opens /join, joins, goes to an exercise, starts a typed round and types
``--turns`` questions at about 6 characters a second (every keystroke is a change event, as in the
browser), sends each, and finishes; the app then shares the round with the room by itself.

- typed-turn reply: from the phone sending the question to the phone receiving its bubble and the
  supervisor's reply;
- finish-to-dashboard: the k-th finish sent (in time order) to the facilitator's dashboard first
  showing k rounds;
- totals: the room's CSV export (joined, rounds, question kinds) compared with what was sent;
- first screen: ``--first-screen`` phones open the app at once; time to the home screen;
- server memory per phone: resident memory of the server before and after the phones.

Load stays on 127.0.0.1, with at most 200 phones, and every phase has a time limit.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.flet_phone import Phone, labelled, pct, proc_cpu, proc_rss, values_set  # noqa: E402
from tests.e2e.support import coachkit_server  # noqa: E402

QUESTIONS = [
    "What would you like to get out of this talk?",
    "What is happening now, as you see it?",
    "What have you already tried?",
    "What else could you do?",
    "Which of those feels most like you?",
    "What will you do first, and when?",
    "Who could help you with that?",
    "How will you know it worked?",
]
TYPE_DELAY = 0.16
"""Seconds between keystrokes (about 6 characters a second, a fast thumb)."""


async def phone_round(
    url: str,
    eid: str,
    n: int,
    turns: int,
    replies: list[float],
    finishes: list[float],
    everyone_in: asyncio.Barrier,
) -> Phone:
    phone = Phone(url, "/join")
    await phone.open()
    await phone.event(await phone.wait_for(labelled("Join")), "click")
    await phone.wait_for(labelled("Practise"))
    await everyone_in.wait()  # then only the rounds count changes on the dashboard
    await phone.navigate(f"/exercise/{eid}/play")
    await phone.event(await phone.wait_for(labelled("Start: type your questions")), "click")
    rng = random.Random(n)
    for turn in range(turns):
        field = await phone.wait_for(lambda c: c.get("hint_text") == "Ask your question")
        text = f"{rng.choice(QUESTIONS)[:-1]} ({n}.{turn})?"
        for i in range(1, len(text) + 1):
            await phone.set_value(field, text[:i])
            await asyncio.sleep(TYPE_DELAY * rng.uniform(0.5, 1.5))
        sent = time.perf_counter()
        await phone.event(field, "submit", text)
        await phone.wait_text(text)
        replies.append((time.perf_counter() - sent) * 1000)
        await asyncio.sleep(rng.uniform(0.5, 2.0))  # reads the reply
    finish = await phone.wait_for(labelled("Finish"))
    finishes.append(time.perf_counter())
    await phone.event(finish, "click")
    # Finishing before the supervisor's own step asks first (nothing is lost by a wrong tap).
    await phone.event(await phone.wait_for(labelled("Finish and see results")), "click")
    await phone.wait_text("Shared with the room", 60, part=True)
    return phone


async def room(url: str, code: str, pid: int, phones: int, turns: int, eid: str) -> dict:
    fac = Phone(url, "/facilitator/live")
    await fac.open()
    await fac.set_value(await fac.wait_for(lambda c: c.get("label") == "Code"), code)
    await fac.event(await fac.wait_for(labelled("Open facilitator screens")), "click")
    await fac.wait_for(lambda c: c.get("key") == "stat-rounds")
    shown: dict[int, float] = {}

    def on_patch(body: Any) -> None:
        now = time.perf_counter()
        if not finishes:  # every phone has joined: from now on only the rounds count changes
            return
        for value in values_set(body):
            if value.isdigit():
                shown.setdefault(int(value), now)

    rss0 = proc_rss(pid)
    cpu0 = proc_cpu(pid)
    replies: list[float] = []
    finishes: list[float] = []
    fac.on_patch = on_patch

    everyone_in = asyncio.Barrier(phones)

    async def staggered(n: int) -> Phone:
        await asyncio.sleep(n * 0.1)  # phones arrive over a few seconds, as in a room
        return await phone_round(url, eid, n, turns, replies, finishes, everyone_in)

    t0 = time.perf_counter()
    done = await asyncio.wait_for(asyncio.gather(*(staggered(n) for n in range(phones))), 600)
    wall = time.perf_counter() - t0
    await asyncio.sleep(1.0)
    rss1 = proc_rss(pid)
    cpu = proc_cpu(pid) - cpu0
    dash = []
    for k, sent in enumerate(sorted(finishes), start=1):
        seen = min((t for count, t in shown.items() if count >= k), default=None)
        if seen is not None:
            dash.append(max(0.0, seen - sent) * 1000)
    errors = [e for p in [*done, fac] for e in p.errors]
    for phone in [*done, fac]:
        await phone.close()
    return {
        "replies": replies,
        "dash": dash,
        "wall": wall,
        "rss0": rss0,
        "rss1": rss1,
        "errors": errors,
        "cpu": cpu,
    }


async def first_screens(url: str, phones: int) -> tuple[list[float], int]:
    async def one() -> tuple[float, Phone]:
        phone = Phone(url, "/")
        t0 = time.perf_counter()
        await phone.open()
        await phone.wait_for(lambda c: c.get("_c") == "NavigationBar", 120)
        return (time.perf_counter() - t0) * 1000, phone

    results = await asyncio.wait_for(
        asyncio.gather(*(one() for _ in range(phones)), return_exceptions=True), 300
    )
    times = [r[0] for r in results if isinstance(r, tuple)]
    failed = len(results) - len(times)
    for r in results:
        if isinstance(r, tuple):
            failed += bool(r[1].errors)
            await r[1].close()
    return times, failed


def export(url: str, code: str, name: str) -> list[list[str]]:
    with urllib.request.urlopen(f"{url}/export/{name}?key={code}", timeout=60) as r:
        return list(csv.reader(io.StringIO(r.read().decode("utf-8"))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--turns", type=int, default=4)
    parser.add_argument("--first-screen", type=int, default=100)
    parser.add_argument(
        "--local", action="store_true", help="serve without --lan (phones get no device id)"
    )
    args = parser.parse_args()
    phones = max(1, min(args.phones, 200))
    crowd = max(0, min(args.first_screen, 200))
    home = Path(tempfile.mkdtemp(prefix="ck-room-"))
    env = {"COACHKIT_NO_GZIP": "1"}  # the phones fetch no static files here (bench/weight.py)
    extra = [] if args.local else ["--lan"]
    listing = subprocess.run(
        [sys.executable, "-m", "coachkit", "practice", "--list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    eid = json.loads(listing.stdout)[0]["id"]
    with coachkit_server(home, *extra, lang="en_US.UTF-8", env_extra=env) as server:
        url, code, proc = server.url, server.code, server.proc
        r = asyncio.run(room(url, code, proc.pid, phones, args.turns, eid))
        aggregates = dict(row for row in export(url, code, "aggregates.csv")[1:] if len(row) == 2)
        rounds = export(url, code, "rounds.csv")
        header, rows = rounds[0], rounds[1:]
        kinds = [i for i, h in enumerate(header) if h.startswith("kind_")]
        kind_total = sum(int(row[i]) for row in rows for i in kinds)
        cpu_before = proc_cpu(proc.pid)
        screens, failed = asyncio.run(first_screens(url, crowd)) if crowd else ([], 0)
        crowd_cpu = proc_cpu(proc.pid) - cpu_before
        rss2 = proc_rss(proc.pid)
    sent_turns = len(r["replies"])
    exact = (
        int(aggregates.get("joined", -1)) == phones
        and int(aggregates.get("rounds", -1)) == phones
        and len(rows) == phones
        and kind_total == sent_turns
    )
    per_phone = (r["rss1"] - r["rss0"]) / phones
    served = "coachkit serve" if args.local else "coachkit serve --lan"
    print(f"method: {served}, phones on 127.0.0.1 over Flet's websocket protocol, full app")
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end; "
        f"load generator used {time.process_time():.1f} s of CPU in this process"
    )
    print("server: one process; load generator in this process")
    print(
        f"{phones} phones x {args.turns} typed turns: typed-turn reply p50 "
        f"{statistics.median(r['replies']):.0f} ms  p95 {pct(r['replies'], 0.95):.0f} ms  "
        f"max {max(r['replies']):.0f} ms  (n={sent_turns}; target p95 < 300 ms)"
    )
    print(
        f"finish-to-dashboard p50 {statistics.median(r['dash']):.0f} ms  "
        f"p95 {pct(r['dash'], 0.95):.0f} ms  (n={len(r['dash'])}; target p95 < 1000 ms)"
    )
    print(
        f"totals: joined {aggregates.get('joined')}/{phones}, rounds {aggregates.get('rounds')}/"
        f"{phones}, question kinds {kind_total}/{sent_turns} -> {'EXACT' if exact else 'WRONG'}"
    )
    print(
        f"errors sent to phones: {len(r['errors'])}; whole room took {r['wall']:.0f} s, "
        f"server CPU {r['cpu']:.1f} s ({100 * r['cpu'] / r['wall']:.0f}% of one core)"
    )
    if crowd:
        print(
            f"{crowd} phones opening at once: first screen p50 {statistics.median(screens):.0f} ms"
            f"  p95 {pct(screens, 0.95):.0f} ms  max {max(screens):.0f} ms; failed {failed}"
            "  (target p95 < 5000 ms, no errors)"
        )
        print(f"server CPU for those first screens: {1000 * crowd_cpu / crowd:.0f} ms per phone")
    print(
        f"server memory: {r['rss0'] / 1e6:.0f} MB before the phones, {r['rss1'] / 1e6:.0f} MB "
        f"after {phones}, {rss2 / 1e6:.0f} MB at the end; {per_phone / 1e6:.2f} MB per phone"
    )


if __name__ == "__main__":
    main()
