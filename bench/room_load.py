"""A room of N phones through the real server, over Flet's real websocket protocol.

python bench/room_load.py [--phones 40] [--seconds 20]

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
import contextlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import msgpack
import websockets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.support import coachkit_server  # noqa: E402

REGISTER, PATCH, EVENT, PROPS = 1, 2, 3, 4
TICKS = 100 if hasattr(time, "clock_gettime") else 100  # SC_CLK_TCK is 100 on Linux


def find(obj: Any, pred) -> list[dict]:
    """Every encoded control (a dict with ``_i``) in a message that matches ``pred``."""
    out, stack = [], [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "_i" in item and pred(item):
                out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return out


class Phone:
    """One Flet web session over the websocket, like the Dart client."""

    def __init__(self, url: str, route: str) -> None:
        self.url = url.replace("http://", "ws://") + "/ws"
        self.route = route
        self.controls: dict[int, dict] = {}
        self.patches = 0
        self.patch_event = asyncio.Event()
        self.last_patch = 0.0

    async def open(self) -> None:
        self.ws = await websockets.connect(self.url, max_size=None)
        page = {
            "route": self.route,
            "width": 390,
            "height": 844,
            "web": True,
            "platform": "android",
        }
        await self.send(REGISTER, {"session_id": "", "page_name": "", "page": page})
        self.reader = asyncio.create_task(self.read())

    async def send(self, action: int, body: dict) -> None:
        await self.ws.send(b"\x00" + msgpack.packb([action, body]))

    async def read(self) -> None:
        async for frame in self.ws:
            data = frame[1:] if isinstance(frame, bytes) and frame[:1] == b"\x00" else frame
            action, body = msgpack.unpackb(data, strict_map_key=False)
            for control in find(body, lambda c: True):
                self.controls.setdefault(control["_i"], {}).update(control)
            if action == PATCH:
                self.patches += 1
                self.last_patch = time.perf_counter()
                self.patch_event.set()

    def control(self, pred) -> dict | None:
        found = [c for c in self.controls.values() if pred(c)]
        return found[-1] if found else None

    async def wait_for(self, pred, timeout: float = 20.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.control(pred)
            if found:
                return found
            self.patch_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.patch_event.wait(), 0.5)
        seen = sorted(
            {
                str(c.get("content") or c.get("key") or c.get("value"))
                for c in self.controls.values()
            }
        )
        raise TimeoutError(f"{self.route}: control not found among {seen[:60]}")

    async def click(self, control: dict) -> None:
        await self.send(EVENT, {"target": control["_i"], "name": "click", "data": None})

    async def type(self, control: dict, text: str) -> None:
        await self.send(PROPS, {"id": control["_i"], "props": {"value": text}})
        await self.send(EVENT, {"target": control["_i"], "name": "change", "data": text})

    async def close(self) -> None:
        self.reader.cancel()
        await self.ws.close()


def button(label: str):
    return lambda c: c.get("content") == label


def proc_stats(pid: int) -> tuple[float, int]:
    """(CPU seconds used, resident memory in bytes) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICKS
    rss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) * 1024
    return cpu, rss


async def scenario(url: str, code: str, pid: int, phones: int, seconds: float) -> dict:
    fac = Phone(url, "/facilitator/live")
    await fac.open()
    await fac.type(await fac.wait_for(lambda c: c.get("label") == "Code"), code)
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
        await phone.click(phone.control(lambda c: c.get("key") == "tally-open"))
    await asyncio.sleep(1.0)

    latencies: list[float] = []
    rng = random.Random(7)
    end = time.monotonic() + seconds
    order = list(room)
    rng.shuffle(order)
    for phone in order:
        if time.monotonic() > end:
            break
        await phone.click(phone.control(button("End round")))
        share = await phone.wait_for(button("Share numbers with the room"))
        fac.patch_event.clear()
        before = fac.patches
        sent = time.perf_counter()
        await phone.click(share)
        while fac.patches == before:
            fac.patch_event.clear()
            await asyncio.wait_for(fac.patch_event.wait(), 5)
        latencies.append((fac.last_patch - sent) * 1000)
        await asyncio.sleep(rng.uniform(0.05, 0.3))
    cpu2, rss2 = proc_stats(pid)
    wall = time.perf_counter() - t0
    rounds = fac.control(lambda c: c.get("key") == "stat-rounds")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument(
        "--seconds", type=float, default=20.0, help="upper bound of the share phase"
    )
    args = parser.parse_args()
    phones = max(1, min(args.phones, 200))
    home = Path(tempfile.mkdtemp(prefix="ck-load-"))
    # The phones here fetch no static files: skip compressing the web client at start-up, whose
    # one-off CPU would otherwise be counted as load (bench/weight.py measures that part).
    os.environ["COACHKIT_NO_GZIP"] = "1"
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
    print("method: real server on 127.0.0.1, Flet websocket protocol (no browser), one process")
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
