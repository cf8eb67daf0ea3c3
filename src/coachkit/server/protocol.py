"""uvicorn's settings for a room, and its HTTP protocol with a header deadline.

A connection that opens and then sends nothing (or its headers a byte at a time) is closed after
``HEADER_SECONDS``, and one client address holds at most ``CONNECTIONS_PER_ADDRESS`` connections:
a thousand half-open sockets from one phone then cost the server little and new phones still get
in. The laptop itself (loopback) is not capped.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0
"""How long a new connection may take to send its request headers."""
CONNECTIONS_PER_ADDRESS = 64
"""Open TCP connections one client address may hold (a browser opens about six)."""
LIMIT_CONCURRENCY = 1000
"""Connections and tasks at once before the server answers 503 (protects memory and files)."""
GRACEFUL_SECONDS = 3
"""How long Ctrl+C waits for open pages to close before the server stops anyway."""
WS_MAX_BYTES = 1_000_000
"""Largest websocket message a phone may send (uvicorn's default is 16 MB)."""
TRUSTED = frozenset({"127.0.0.1", "::1"})

_per_address: dict[str, int] = {}


class GuardedH11(H11Protocol):
    """h11 (full headers before a request starts) plus a header deadline and an address cap."""

    header_seconds = HEADER_SECONDS
    per_address = CONNECTIONS_PER_ADDRESS

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._address = self.client[0] if self.client else ""
        if self._address not in TRUSTED:
            count = _per_address.get(self._address, 0) + 1
            _per_address[self._address] = count
            if count > self.per_address:
                transport.close()
                return
        # uvicorn's keep-alive timer closes an idle connection; arming it now also closes one
        # that never finishes its first request's headers (h11 starts a request only then).
        self.timeout_keep_alive_task = self.loop.call_later(
            self.header_seconds, self.timeout_keep_alive_handler
        )

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        address = getattr(self, "_address", "")
        if address not in TRUSTED:
            left = _per_address.get(address, 1) - 1
            if left > 0:
                _per_address[address] = left
            else:
                _per_address.pop(address, None)


def uvicorn_options(log_level: str = "warning") -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.run``/``uvicorn.Config`` that every room server uses."""
    return {
        "http": GuardedH11,
        "log_level": log_level,
        "ws_max_size": WS_MAX_BYTES,
        "limit_concurrency": LIMIT_CONCURRENCY,
        "timeout_keep_alive": 5,
        "timeout_graceful_shutdown": GRACEFUL_SECONDS,
        "h11_max_incomplete_event_size": 16 * 1024,
        "backlog": 2048,
    }


def raise_open_file_limit(wanted: int = 8192) -> None:
    """Let the server hold more sockets than the usual 1024 (Linux, macOS); silent elsewhere."""
    if sys.platform == "win32":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        if soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
