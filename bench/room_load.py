"""A room of N phones through the real server, over Flet's real websocket protocol.

python bench/room_load.py [--phones 40] [--seconds 20] [--scenario share|follow|both]

Scenario "follow" (the run state): the facilitator types N names into the plan, opens the projector
and presses N (next section) a few times; N phones have joined with those names and show their
round cards. Latency = from the key press leaving the facilitator's socket to each phone's socket
receiving the patch that updates its round card; p95 over every phone and every press. Memory per
phone session = the server's resident memory after the phones joined, minus before, over N.
A baseline in the same run: the same presses with no phone joined (the projector's own patch).

Method (printed with the figures): starts the facilitator screens on 127.0.0.1 (free port, a
subprocess), then opens N+1 websocket sessions speaking Flet's own wire protocol (msgpack frames:
register, control events, prop updates) - no browser, so the load generator stays light and the
server does all the work a phone causes (sessions, renders, patches). The facilitator session
types the code and opens /facilitator/live; each phone opens /observe, taps tally buttons (its
timer then ticks every second, as on a real phone), ends the round and shares it with the room.
Event latency = from the phone's "share" click leaving the socket to the facilitator's socket
receiving the dashboard patch (pubsub -> re-render -> patch). Server CPU and memory are read from
/proc for the server process. Everything stays on 127.0.0.1 and stops after ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.flet_phone import EVENT, PROPS, Phone, pct, proc_cpu, proc_rss  # noqa: E402
from tests.e2e.support import coachkit_server  # noqa: E402


def button(label: str):
    return lambda c: c.get("content") == label


def proc_stats(pid: int) -> tuple[float, int]:
    """(CPU seconds used, resident memory in bytes) of the server process, from /proc."""
    return proc_cpu(pid), proc_rss(pid)


async def scenario(url: str, code: str, pid: int, phones: int, seconds: float) -> dict:
    fac = Phone(url, "/facilitator/live")
    await fac.open()
    await fac.set_value(await fac.wait_for(lambda c: c.get("label") == "Code"), code)
    await fac.click(await fac.wait_for(button("Open facilitator screens")))
    await fac.wait_for(lambda c: c.get("key") == "stat-rounds")

    cpu0, rss0 = proc_stats(pid)
    t0 = time.perf_counter()
    room = [Phone(url, "/observe") for _ in range(phones)]
    for phone in room:  # phones arrive over a few seconds, as in a room
        await phone.open()
        await asyncio.sleep(0.02)
    await asyncio.gather(*(p.wait_for(button("End round")) for p in room))
    join_s = time.perf_counter() - t0
    cpu1, rss1 = proc_stats(pid)
    for phone in room:  # start every phone's tally clock (timers tick from now on)
        await phone.click(phone.find(lambda c: c.get("key") == "tally-open"))
    await asyncio.sleep(1.0)

    latencies: list[float] = []
    rng = random.Random(7)
    end = time.monotonic() + seconds
    order = list(room)
    rng.shuffle(order)
    for phone in order:
        if time.monotonic() > end:
            break
        await phone.click(phone.find(button("End round")))
        share = await phone.wait_for(button("Share numbers with the room"))
        before = fac.patches
        sent = time.perf_counter()
        await phone.click(share)
        await fac.wait_patch(before)
        latencies.append((fac.last_patch - sent) * 1000)
        await asyncio.sleep(rng.uniform(0.05, 0.3))
    cpu2, rss2 = proc_stats(pid)
    wall = time.perf_counter() - t0
    rounds = fac.find(lambda c: c.get("key") == "stat-rounds")
    for phone in [*room, fac]:
        await phone.close()
    return {
        "latencies": latencies,
        "join_s": join_s,
        "cpu_join": cpu1 - cpu0,
        "cpu_total": cpu2 - cpu0,
        "wall": wall,
        "rss_before": rss0,
        "rss_after": rss2,
        "rss_joined": rss1,
        "rounds_seen": rounds,
    }


KEY = {"shift": False, "ctrl": False, "alt": False, "meta": False}


def page_id(phone: Phone) -> int:
    found = phone.find(lambda c: c.get("_c") == "Page")
    return found["_i"] if found else 1


async def press(fac: Phone, key: str) -> float:
    sent = time.perf_counter()
    await fac.send(
        EVENT, {"target": page_id(fac), "name": "keyboard_event", "data": {"key": key, **KEY}}
    )
    return sent


async def follow(url: str, code: str, pid: int, phones: int, presses: int) -> dict:
    names = [f"P{i:03d}" for i in range(phones)]
    fac = Phone(url, "/facilitator/plan")
    await fac.open()
    await fac.set_value(await fac.wait_for(lambda c: c.get("label") == "Code"), code)
    await fac.click(await fac.wait_for(button("Open facilitator screens")))
    field = await fac.wait_for(lambda c: c.get("label") == "Names (optional, one per line)")
    await fac.set_value(field, "\n".join(names))
    last = names[-1]
    await fac.wait_for(lambda c: last in str(c.get("value", "")))  # the rotation has everyone
    page = page_id(fac)  # to the projector, as the client navigates: route prop, then the event
    await fac.send(PROPS, {"id": page, "props": {"route": "/facilitator/run"}})
    await fac.send(
        EVENT, {"target": page, "name": "route_change", "data": {"route": "/facilitator/run"}}
    )
    await fac.wait_for(lambda c: c.get("key") == "run-clock")

    baseline: list[float] = []  # the projector's own patch after a key, no phone in the room
    for key in ("N", "P") * 3:
        before = fac.patches
        sent = await press(fac, key)
        await fac.wait_patch(before)
        baseline.append((fac.last_patch - sent) * 1000)

    cpu0, rss0 = proc_stats(pid)
    room = [Phone(url, "/join") for _ in range(phones)]
    for phone, name in zip(room, names, strict=True):
        await phone.open()
        await phone.set_value(
            await phone.wait_for(lambda c: c.get("label") == "Nickname (optional)"), name
        )
        await phone.click(await phone.wait_for(button("Join")))
        await asyncio.sleep(0.01)
    await asyncio.gather(*(p.wait_for(lambda c: c.get("key") == "round-card") for p in room))
    await asyncio.sleep(1.0)
    cpu1, rss1 = proc_stats(pid)

    latencies: list[float] = []
    per_press: list[float] = []
    keys = ["N"] * presses
    for key in keys:
        counts = [p.patches for p in room]
        arrived: list[float | None] = [None] * len(room)
        sent = await press(fac, key)
        deadline = time.monotonic() + 10
        while any(a is None for a in arrived) and time.monotonic() < deadline:
            await asyncio.sleep(0.002)
            for i, p in enumerate(room):
                if arrived[i] is None and p.patches > counts[i]:
                    arrived[i] = p.last_patch
        got = [(a - sent) * 1000 for a in arrived if a is not None]
        latencies += got
        per_press.append(max(got) if got else float("nan"))
        await asyncio.sleep(0.5)
    roles = sum(1 for p in room if p.find(lambda c: str(c.get("key", "")).startswith("role-")))
    cpu2, rss2 = proc_stats(pid)
    for phone in [*room, fac]:
        await phone.close()
    return {
        "latencies": latencies,
        "per_press": per_press,
        "baseline": baseline,
        "rss_before": rss0,
        "rss_joined": rss1,
        "rss_after": rss2,
        "cpu_join": cpu1 - cpu0,
        "cpu_follow": cpu2 - cpu1,
        "roles": roles,
        "expected": presses * phones,
    }


def report_follow(r: dict, phones: int) -> None:
    lat = r["latencies"]
    print("scenario follow: facilitator key press -> every phone's round card patch")
    print(
        f"  baseline (projector's own patch, no phones): median {statistics.median(r['baseline']):.1f} ms"
        f"  max {max(r['baseline']):.1f} ms"
    )
    print(
        f"  {phones} phones x {len(r['per_press'])} presses: n={len(lat)} of {r['expected']}"
        f"  median {statistics.median(lat):.1f} ms  p95 {pct(lat, 0.95):.1f} ms  max {max(lat):.1f} ms"
    )
    print("  slowest phone per press (ms): " + ", ".join(f"{v:.0f}" for v in r["per_press"]))
    per = (r["rss_joined"] - r["rss_before"]) / phones
    print(
        f"  server memory: {r['rss_before'] / 1e6:.0f} MB before the phones, "
        f"{r['rss_joined'] / 1e6:.0f} MB with them, {r['rss_after'] / 1e6:.0f} MB after the presses;"
        f" {per / 1e6:.2f} MB per phone session"
    )
    print(
        f"  server CPU: {r['cpu_join']:.2f} s for the joins, {r['cpu_follow']:.2f} s for the presses"
    )
    print(f"  phones showing a role after the last press: {r['roles']} of {phones}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument(
        "--seconds", type=float, default=20.0, help="upper bound of the share phase"
    )
    parser.add_argument("--scenario", choices=("share", "follow", "both"), default="both")
    parser.add_argument("--presses", type=int, default=5, help="section changes in 'follow'")
    args = parser.parse_args()
    phones = max(1, min(args.phones, 200))
    home = Path(tempfile.mkdtemp(prefix="ck-load-"))
    # The phones here fetch no static files: skip compressing the web client at start-up, whose
    # one-off CPU would otherwise be counted as load (bench/weight.py measures that part).
    os.environ["COACHKIT_NO_GZIP"] = "1"
    print("method: real server on 127.0.0.1, Flet websocket protocol (no browser), one process")
    if args.scenario in ("follow", "both"):
        with coachkit_server(home, lang="en_US.UTF-8") as server:
            time.sleep(1.0)
            f = asyncio.run(
                asyncio.wait_for(
                    follow(server.url, server.code, server.proc.pid, phones, args.presses), 600
                )
            )
        report_follow(f, phones)
    if args.scenario == "follow":
        return
    with coachkit_server(home, lang="en_US.UTF-8") as server:
        time.sleep(1.0)
        r = asyncio.run(
            asyncio.wait_for(
                scenario(server.url, server.code, server.proc.pid, phones, args.seconds), 300
            )
        )
    lat = sorted(r["latencies"])
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else float("nan")
    per_session = (r["rss_joined"] - r["rss_before"]) / phones
    print("scenario share: a phone's tally shared -> the facilitator's dashboard patch")
    print(f"phones: {phones} (+1 facilitator)   all sessions rendered in {r['join_s']:.2f} s")
    print(
        f"event latency share -> dashboard patch: n={len(lat)} median {statistics.median(lat):.1f} ms"
        f"  p95 {p95:.1f} ms  max {max(lat):.1f} ms"
    )
    print(
        f"server CPU: {r['cpu_join']:.2f} s for the joins, {r['cpu_total']:.2f} s over {r['wall']:.1f} s"
        f" wall ({100 * r['cpu_total'] / r['wall']:.0f}% of one core)"
    )
    print(
        f"server memory: {r['rss_before'] / 1e6:.0f} MB before, {r['rss_after'] / 1e6:.0f} MB after;"
        f" {per_session / 1e6:.2f} MB per session"
    )


if __name__ == "__main__":
    main()
