"""A phone without a browser: one Flet web session over the websocket, answering the server as
Flet's Dart client does (so a load generator stays light and the server does all the work a phone
causes). Shared by bench/room_full.py, bench/room_load.py and the tests that restart a server.

    phone = Phone("http://127.0.0.1:8550", "/join")
    await phone.open()
    await phone.click(await phone.wait_for(labelled("Join")))

Also here: reading the server process's CPU and memory from /proc, and percentiles.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from pathlib import Path
from typing import Any

import msgpack
import websockets

REGISTER, PATCH, EVENT, PROPS, INVOKE, CRASHED = 1, 2, 3, 4, 5, 6
"""Flet's message actions (``flet.messaging.protocol.MessageAction``)."""


def controls_in(obj: Any) -> list[dict]:
    """Every encoded control (a dict with ``_i``) in a message."""
    out, stack = [], [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "_i" in item:
                out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return out


def values_set(patch: Any) -> list[str]:
    """String values a patch sets (``[op, node, "value", text]`` operations)."""
    out, stack = [], [patch]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            if len(item) == 4 and item[2] == "value" and isinstance(item[3], str):
                out.append(item[3])
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return out


def labelled(label: str):
    """A control showing ``label`` (a button's content or a text)."""
    return lambda c: c.get("content") == label or c.get("text") == label


class Phone:
    """One Flet web session over the websocket, answering the server as the Dart client does:
    method calls (SharedPreferences: ``kept`` is what the phone's browser kept from an earlier
    visit, empty for a new phone) and ``push_route``."""

    def __init__(self, url: str, route: str, kept: dict[str, Any] | None = None) -> None:
        self.url = url.replace("http://", "ws://") + "/ws"
        self.route = route
        self.kept: dict[str, Any] = dict(kept or {})
        """The phone browser's SharedPreferences (the app's device id, a room token)."""
        self.controls: dict[int, dict] = {}
        self.texts: set[str] = set()
        self.changed = asyncio.Event()
        """Set on every frame from the server (clear it, then wait for the next one)."""
        self.patches = 0
        self.last_patch = 0.0
        """time.perf_counter() when the latest patch arrived."""
        self.errors: list[str] = []
        """Errors the server sent to this phone (a crashed session)."""
        self.on_patch: Any = None
        self.sid: str | None = None

    async def open(self) -> None:
        self.ws = await websockets.connect(self.url, max_size=None, open_timeout=60)
        page = {"route": self.route, "width": 390, "height": 844, "web": True}
        page["platform"] = "android"
        await self.send(REGISTER, {"session_id": "", "page_name": "", "page": page})
        self.reader = asyncio.create_task(self.read())

    async def send(self, action: int, body: dict) -> None:
        await self.ws.send(b"\x00" + msgpack.packb([action, body]))

    async def read(self) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            async for frame in self.ws:
                data = frame[1:] if isinstance(frame, bytes) and frame[:1] == b"\x00" else frame
                action, body = msgpack.unpackb(data, strict_map_key=False)
                if action == INVOKE:
                    name = body.get("name")
                    args = body.get("args") if isinstance(body.get("args"), dict) else {}
                    result = None
                    if name == "set":
                        self.kept[args.get("key")] = args.get("value")
                        result = True
                    elif name == "get":
                        result = self.kept.get(args.get("key"))
                    answer = {"control_id": body["control_id"], "call_id": body["call_id"]}
                    await self.send(INVOKE, {**answer, "result": result, "error": None})
                    if name == "push_route":  # as Dart does: set the route, then announce it
                        await self.navigate(body["args"]["route"])
                    continue
                if action == REGISTER:
                    self.sid = body.get("session_id")
                if action == CRASHED:
                    self.errors.append(str(body))
                for control in controls_in(body):
                    self.controls.setdefault(control["_i"], {}).update(control)
                    for key in ("value", "content", "text"):
                        if isinstance(control.get(key), str):
                            self.texts.add(control[key])
                if action == PATCH:
                    self.patches += 1
                    self.last_patch = time.perf_counter()
                    for value in values_set(body):
                        self.texts.add(value)
                    if self.on_patch is not None:
                        self.on_patch(body)
                self.changed.set()

    def find(self, pred) -> dict | None:
        """The latest control that matches ``pred``, or None."""
        found = [c for c in self.controls.values() if pred(c)]
        return found[-1] if found else None

    async def wait_for(self, pred, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            found = self.find(pred)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.route}: control not found")
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), 1.0)

    async def wait_text(self, text: str, timeout: float = 60.0, part: bool = False) -> None:
        deadline = time.monotonic() + timeout
        while not (any(text in t for t in self.texts) if part else text in self.texts):
            if time.monotonic() > deadline:
                raise TimeoutError(f"text not seen: {text!r}")
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), 1.0)

    async def wait_patch(self, after: int, timeout: float = 5.0) -> None:
        """Until this phone has received more than ``after`` patches."""
        while self.patches <= after:
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), timeout)

    async def event(self, control: dict, name: str, data: Any = None) -> None:
        await self.send(EVENT, {"target": control["_i"], "name": name, "data": data})

    async def click(self, control: dict) -> None:
        await self.event(control, "click")

    async def set_value(self, control: dict, text: str) -> None:
        """Type into a field as the browser does: the value, then a change event."""
        await self.send(PROPS, {"id": control["_i"], "props": {"value": text}})
        await self.event(control, "change", text)

    async def navigate(self, route: str) -> None:
        await self.send(PROPS, {"id": 1, "props": {"route": route}})
        await self.send(EVENT, {"target": 1, "name": "route_change", "data": {"route": route}})

    async def close(self) -> None:
        self.reader.cancel()
        with contextlib.suppress(Exception):
            await self.ws.close()


def _pids(pid: int) -> list[int]:
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return pids


def proc_rss(pid: int) -> int:
    """Resident memory of a process and its children (worker processes), from /proc."""
    total = 0
    for p in _pids(pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
    return total


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) used by a process and its children so far, from /proc."""
    total = 0.0
    for p in _pids(pid):
        with contextlib.suppress(OSError, IndexError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values``, nan when there are none."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
