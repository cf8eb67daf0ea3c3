"""Serve Flet's web client gzip-compressed: about 16 MB per phone becomes under 6 MB.

Each compressible file of flet_web's web client is compressed once (gzip -9) into a disk cache
keyed by the flet-web version (``COACHKIT_HOME/cache/web-gz-<version>``), and sent with
``Content-Encoding: gzip`` to browsers that accept it. A strong ETag and ``Cache-Control: no-cache``
make a reload cost one small 304 per file. Files Flet patches per server (``index.html``,
``manifest.json``, ``assets/FontManifest.json``) and anything not in the web client (the app's own
assets, routes) pass through untouched.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import mimetypes
import os
import threading
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger(__name__)

mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("font/otf", ".otf")
mimetypes.add_type("font/ttf", ".ttf")

PATCHED = frozenset({"index.html", "manifest.json", "assets/FontManifest.json"})
"""Files Flet rewrites at start-up (base href, websocket path, no-CDN settings): never cached here."""
ALREADY_COMPRESSED = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff2", ".gz", ".br"})
MIN_SIZE = 1024
_UNKNOWN = object()
WARM_SKIP = ("pyodide/", "canvaskit/experimental_webparagraph/", "assets/NOTICES")
ISOLATION_HEADERS = (
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-embedder-policy", b"require-corp"),
    (b"access-control-allow-origin", b"*"),
)
"""The headers Flet's own middleware adds to every response it serves."""


@dataclass(frozen=True)
class Entry:
    """One compressed file: where it is, how big, its ETag and content type."""

    path: Path
    size: int
    raw_size: int
    etag: str
    content_type: str


def _content_type(name: str) -> str:
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if guessed.startswith("text/") or guessed in ("application/json", "text/javascript"):
        guessed += "; charset=utf-8"
    return guessed


class GzipCache:
    """Compressed copies of a folder's files, made on first use (or by :meth:`warm`).

    Args:
        root: the folder served (flet_web's ``web`` folder).
        cache_dir: where compressed copies are kept between runs.
        level: gzip level.
    """

    def __init__(self, root: Path, cache_dir: Path, level: int = 9) -> None:
        self.root = Path(root).resolve()
        self.cache_dir = Path(cache_dir)
        self.level = level
        self._entries: dict[str, Entry | None] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._bytes: dict[Path, bytes] = {}
        self._lock = threading.Lock()
        self._files = frozenset(
            p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file()
        )
        """The web client's real files: the only paths this cache ever remembers."""

    def known(self, rel: str) -> Entry | None | object:
        """The entry when already decided (None: pass through), else the ``_UNKNOWN`` marker."""
        if rel not in self._files:
            return None
        return self._entries.get(rel, _UNKNOWN)

    def remembered(self) -> int:
        """How many paths the cache holds a decision or a lock for (bounded by the client)."""
        return len(self._entries) + len(self._locks)

    def data(self, entry: Entry) -> bytes | None:
        """The compressed bytes when already in memory."""
        return self._bytes.get(entry.path)

    def load(self, entry: Entry) -> bytes:
        """Read the compressed bytes into memory (a phone's whole client is about 6 MB)."""
        data = entry.path.read_bytes()
        with self._lock:
            self._bytes[entry.path] = data
        return data

    def eligible(self, rel: str) -> Path | None:
        """The source file for a request path, when it is one to serve compressed."""
        if rel in PATCHED or not rel or rel.endswith("/"):
            return None
        pure = PurePosixPath(rel)
        if pure.is_absolute() or ".." in pure.parts or pure.suffix.lower() in ALREADY_COMPRESSED:
            return None
        source = self.root.joinpath(*pure.parts)
        try:
            stat = source.stat()
        except OSError:
            return None
        if not source.is_file() or stat.st_size < MIN_SIZE:
            return None
        return source

    def get(self, rel: str, build: bool = True) -> Entry | None:
        """The compressed entry for ``rel``, or None (serve the file as it is).

        Args:
            rel: the path below the served folder.
            build: compress now when no compressed copy exists yet. Without it such a file is
                passed through this time (and asked again next time), so that a request never
                waits for a multi-megabyte gzip while :meth:`warm` runs in the background.
        """
        if rel in self._entries:
            return self._entries[rel]
        if rel not in self._files:  # an unknown path is never remembered (memory stays flat)
            return None
        source = self.eligible(rel)
        if source is None:
            with self._lock:
                self._entries[rel] = None
            return None
        if not build and not self._target(source, rel).is_file():
            return None
        with self._lock:
            lock = self._locks.setdefault(rel, threading.Lock())
        with lock:
            if rel not in self._entries:
                self._entries[rel] = self._build(rel, source)
        return self._entries[rel]

    def _target(self, source: Path, rel: str) -> Path:
        stat = source.stat()
        stamp = f"{stat.st_size}-{int(stat.st_mtime)}"
        return self.cache_dir.joinpath(*PurePosixPath(rel).parts).with_name(
            f"{source.name}.{stamp}.gz"
        )

    def _build(self, rel: str, source: Path) -> Entry | None:
        stat = source.stat()
        stamp = f"{stat.st_size}-{int(stat.st_mtime)}"
        target = self._target(source, rel)
        try:
            if not target.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                data = gzip.compress(source.read_bytes(), self.level, mtime=0)
                if len(data) >= stat.st_size:  # not worth it
                    return None
                tmp = target.with_suffix(f".tmp{os.getpid()}")
                tmp.write_bytes(data)
                os.replace(tmp, target)
            digest = hashlib.sha256(f"{rel}:{stamp}".encode()).hexdigest()[:20]
            return Entry(
                target, target.stat().st_size, stat.st_size, f'"{digest}-gz"', _content_type(rel)
            )
        except OSError as exc:
            log.warning("cannot cache compressed %s: %s", rel, exc)
            return None

    def warm(self) -> int:
        """Compress now what a browser loads (not the Pyodide runtime or debug symbols).

        Returns:
            How many files are served compressed.
        """
        count = 0
        for path in sorted(self.root.rglob("*")):
            rel = path.relative_to(self.root).as_posix()
            if rel.startswith(WARM_SKIP) or path.suffix in (".symbols", ".map"):
                continue
            if path.is_file() and self.get(rel) is not None:
                count += 1
        return count


class GzipStaticMiddleware:
    """ASGI middleware: answer GETs for cached files with the gzip copy, pass the rest on.

    Args:
        app: the application (Flet's static files mounted at "/").
        cache: the compressed copies.
        prefix: the URL path under which ``cache.root`` is served.
    """

    def __init__(
        self, app: ASGIApp, cache: GzipCache, prefix: str = "/", build_on_request: bool = True
    ) -> None:
        self.app = app
        self.cache = cache
        self.build_on_request = build_on_request
        """False while a background warm-up compresses: a request then never waits for gzip."""
        self.prefix = prefix if prefix.endswith("/") else prefix + "/"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers = Headers(scope=scope)
        if not path.startswith(self.prefix) or "gzip" not in headers.get("accept-encoding", ""):
            await self.app(scope, receive, send)
            return
        rel = path[len(self.prefix) :]
        entry = self.cache.known(rel)
        if entry is _UNKNOWN:
            entry = await run_in_threadpool(self.cache.get, rel, self.build_on_request)
        if entry is None:
            await self.app(scope, receive, send)
            return
        common = [
            (b"content-type", entry.content_type.encode()),
            (b"etag", entry.etag.encode()),
            (b"cache-control", b"no-cache"),
            (b"vary", b"Accept-Encoding"),
            *ISOLATION_HEADERS,
        ]
        if entry.etag in headers.get("if-none-match", ""):
            await send({"type": "http.response.start", "status": 304, "headers": common})
            await send({"type": "http.response.body", "body": b""})
            return
        start = {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                *common,
                (b"content-encoding", b"gzip"),
                (b"content-length", str(entry.size).encode()),
            ],
        }
        await send(start)
        if scope["method"] == "HEAD":
            await send({"type": "http.response.body", "body": b""})
            return
        data = self.cache.data(entry) or await run_in_threadpool(self.cache.load, entry)
        await send({"type": "http.response.body", "body": data})
