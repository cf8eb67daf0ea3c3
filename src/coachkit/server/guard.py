"""The server's front door (plain ASGI): what one phone may ask of the room's server.

- ``Host`` is checked when the server is local only: a page on another site that points its own
  name at 127.0.0.1 (DNS rebinding) gets 421, not the laptop's data.
- Flet's inner API pages (``/docs``, ``/redoc``, ``/openapi.json``) are not served: they are not
  for phones, and they would load scripts from CDNs.
- Websockets (one per open Flet page) are capped per client address, both at once and opened per
  ten minutes, so that one phone cannot hold hundreds of sessions in the server's memory. The laptop
  itself (loopback) is not capped: the facilitator's screens, tests and benches run there.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
HIDDEN_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json"})
WS_AT_ONCE = 8
"""Open websockets (app pages) one client address may hold at once."""
WS_OPENS = 60
"""Websockets one client address may open per ``WS_WINDOW`` seconds: each new one may be a new
Flet session, kept 10 minutes after it closes, so this bounds the sessions one phone can hold."""
WS_WINDOW = 600.0
TRUSTED = frozenset({"127.0.0.1", "::1"})


def host_name(value: str) -> str:
    """The name part of a ``Host`` header (``[::1]:8550`` -> ``[::1]``, ``a:1`` -> ``a``)."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware in front of the whole app.

    Args:
        app: the application.
        local_only: the server listens on 127.0.0.1 only; then ``Host`` must name this computer.
        clock: monotonic seconds (for the per-minute count).
    """

    def __init__(
        self, app: ASGIApp, *, local_only: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.app = app
        self.local_only = local_only
        self.clock = clock
        self._open: dict[str, int] = {}
        self._opened: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @property
    def state(self) -> object:
        """The wrapped app's ``state`` (the live room, the gzip cache)."""
        return self.app.state  # type: ignore[attr-defined]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        if self.local_only and not self._local_host(scope):
            await self._refuse(
                scope, receive, send, 421, b"this server answers to localhost only\n"
            )
            return
        if kind == "http" and scope["path"] in HIDDEN_PATHS:
            await self._refuse(scope, receive, send, 404, b"Not Found\n")
            return
        if kind == "websocket":
            client = scope.get("client")
            address = client[0] if client else ""
            if address not in TRUSTED:
                if not self._admit(address):
                    await self._refuse(scope, receive, send, 429, b"")
                    return
                try:
                    await self.app(scope, receive, send)
                finally:
                    self._leave(address)
                return
        await self.app(scope, receive, send)

    def open_count(self, address: str) -> int:
        """Websockets ``address`` holds now."""
        with self._lock:
            return self._open.get(address, 0)

    def _admit(self, address: str) -> bool:
        now = self.clock()
        with self._lock:
            recent = self._opened.setdefault(address, deque())
            while recent and now - recent[0] >= WS_WINDOW:
                recent.popleft()
            if self._open.get(address, 0) >= WS_AT_ONCE or len(recent) >= WS_OPENS:
                return False
            recent.append(now)
            self._open[address] = self._open.get(address, 0) + 1
            if len(self._opened) > 10_000:  # forget quiet addresses rather than grow
                for key in [k for k, v in self._opened.items() if not v][:5000]:
                    del self._opened[key]
            return True

    def _leave(self, address: str) -> None:
        with self._lock:
            left = self._open.get(address, 1) - 1
            if left > 0:
                self._open[address] = left
            else:
                self._open.pop(address, None)

    def _local_host(self, scope: Scope) -> bool:
        for key, value in scope.get("headers", ()):
            if key == b"host":
                return host_name(value.decode("latin-1")) in LOCAL_NAMES
        return False

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, body: bytes) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
