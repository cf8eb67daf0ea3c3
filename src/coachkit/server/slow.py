"""Slow work (PDFs, data exports) off the event loop: a small worker pool, a cache and limits.

A PDF takes ReportLab a few hundred milliseconds of CPU. Built on the server's event loop, every
phone waits while it runs; so :class:`SlowWork` runs each job in a worker thread, at most
``workers`` at once, keeps finished results whose input cannot change (an exercise's worksheet,
a finished round's report) in a bounded cache, and limits each client address to ``per_minute``
jobs. Past the limits a caller gets :class:`Busy` (the route answers 429 or 503 at once).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class Busy(Exception):
    """The job was not run: ``status`` 429 (this client asks too often) or 503 (queue full)."""

    def __init__(self, status: int, retry_after: int) -> None:
        super().__init__(f"busy ({status}); retry after {retry_after} s")
        self.status = status
        self.retry_after = retry_after


class SlowWork:
    """Run blocking jobs in worker threads with a per-client rate and a result cache.

    Args:
        workers: threads (jobs run at once).
        queue: jobs waiting or running at once before new ones are turned away.
        per_minute: jobs one client address may start per minute (cache hits are free).
        cache_bytes: total size of cached results.
        clock: monotonic seconds.
    """

    def __init__(
        self,
        *,
        workers: int = 2,
        queue: int = 16,
        per_minute: int = 20,
        cache_bytes: int = 32 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="coachkit-slow")
        self.queue = queue
        self.per_minute = per_minute
        self.cache_bytes = cache_bytes
        self.clock = clock
        self.pending = 0
        self._lock = threading.Lock()
        self._recent: dict[str, deque[float]] = {}
        self._cache: OrderedDict[Hashable, bytes] = OrderedDict()
        self._cached_bytes = 0

    def cached(self, key: Hashable) -> bytes | None:
        """A result kept from an earlier run with the same key."""
        with self._lock:
            data = self._cache.get(key)
            if data is not None:
                self._cache.move_to_end(key)
            return data

    def _keep(self, key: Hashable, data: bytes) -> None:
        if len(data) > self.cache_bytes // 4:
            return
        with self._lock:
            if key in self._cache:
                return
            self._cache[key] = data
            self._cached_bytes += len(data)
            while self._cached_bytes > self.cache_bytes:
                _, old = self._cache.popitem(last=False)
                self._cached_bytes -= len(old)

    def _admit(self, client: str) -> None:
        now = self.clock()
        with self._lock:
            recent = self._recent.setdefault(client, deque())
            while recent and now - recent[0] >= 60.0:
                recent.popleft()
            if len(recent) >= self.per_minute:
                raise Busy(429, max(1, int(60.0 - (now - recent[0])) + 1))
            if self.pending >= self.queue:
                raise Busy(503, 5)
            recent.append(now)
            self.pending += 1
            if len(self._recent) > 10_000:
                for key in [k for k, v in self._recent.items() if not v][:5000]:
                    del self._recent[key]

    async def run(
        self, client: str, job: Callable[[], T], cache_key: Hashable | None = None
    ) -> T | bytes:
        """Run ``job()`` in a worker thread for ``client``; cached when ``cache_key`` is given.

        Raises:
            Busy: the client's rate or the queue is used up.
        """
        if cache_key is not None:
            hit = self.cached(cache_key)
            if hit is not None:
                return hit
        self._admit(client)
        try:
            result = await asyncio.get_running_loop().run_in_executor(self.pool, job)
        finally:
            with self._lock:
                self.pending -= 1
        if cache_key is not None and isinstance(result, bytes):
            self._keep(cache_key, result)
        return result

    def close(self) -> None:
        """Stop the worker threads (running jobs finish)."""
        self.pool.shutdown(wait=False, cancel_futures=True)
