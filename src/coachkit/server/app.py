"""The web server's plain ASGI parts: the facilitator's exports, the gzip layer and the guard.

``create_app`` returns the ASGI app around a Flet entry point; ``coachkit.ui.server`` wires in
the app's screens and ``coachkit serve`` runs it (the one serving path).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from coachkit import resources
from coachkit.server.compress import GzipCache, GzipStaticMiddleware
from coachkit.server.guard import Guard
from coachkit.server.live import LiveRoom
from coachkit.server.network import lan_addresses
from coachkit.server.qr import terminal_qr
from coachkit.server.renderer import SingleThreadedRenderer

log = logging.getLogger(__name__)

LOCAL_HOST = "127.0.0.1"
LAN_HOST = "0.0.0.0"
SESSION_SECONDS = 600
"""How long a phone's page state is kept after its connection closed (a locked phone returns to
the same screen within ten minutes; its rounds are in the data file either way)."""


def bind_host(lan: bool) -> str:
    """Where the server listens: this laptop only, unless the facilitator asked for the LAN."""
    return LAN_HOST if lan else LOCAL_HOST


def cache_dir() -> Path:
    """Where the compressed web client is kept: ``COACHKIT_CACHE``, else the user's cache folder.

    It is derived from the installed flet-web only (no user data), so every COACHKIT_HOME shares
    it and only the first start after an install pays for compressing 16 MB.
    """
    return resources.cache_dir()


def _web_version() -> str:
    try:
        from importlib.metadata import version

        return version("flet-web")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        return "unknown"


def join_urls(port: int, lan: bool) -> list[str]:
    """The addresses phones open: each LAN address (best first), or localhost without ``lan``."""
    if not lan:
        return [f"http://{LOCAL_HOST}:{port}"]
    return [f"http://{ip}:{port}" for ip in lan_addresses()] or [f"http://{LOCAL_HOST}:{port}"]


def create_app(
    main: Callable[[Any], Any],
    *,
    lan: bool = False,
    port: int = 8550,
    room: LiveRoom | None = None,
    assets_dir: str | None = None,
    compress: bool = True,
    warm: bool = True,
    session_timeout_seconds: int = SESSION_SECONDS,
    slim_fonts: bool = True,
    add_routes: Sequence[Callable[[Any], None]] = (),
    **flet_options: Any,
) -> Any:
    """The ASGI app: coachkit's routes, then the gzip layer, then Flet at "/".

    Args:
        main: the Flet entry point ``main(page)``.
        lan: served to phones on the LAN (only recorded here; ``serve`` chooses the interface).
        port: the port, for the join address the screens show.
        room: the live room the screens use (a new one when None); it is marked active.
        assets_dir: the app's own assets folder for Flet.
        compress: serve the web client gzip-compressed to browsers that accept it.
        warm: compress the web client in a background thread at start-up.
        session_timeout_seconds: how long Flet keeps a disconnected phone's session.
        slim_fonts: leave the KaTeX math fonts (about 0.37 MB per phone) out of the font
            manifest; coachkit renders no LaTeX. Every other font stays.

    Returns:
        The ASGI app: a :class:`~coachkit.server.guard.Guard` around a ``flet_web`` FastAPI app
        (``.app``), whose ``state`` holds the live room and the gzip cache.
    """
    import flet_web  # imported here: flet_web pulls in flet, which core imports must not
    import flet_web.fastapi as flet_fastapi

    live = room if room is not None else LiveRoom()
    live.active = True
    live.lan = lan
    live.urls = join_urls(port, lan)

    app = flet_fastapi.FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.state.live_room = live

    def _csv(text: str, name: str) -> Response:
        return Response(
            text,
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                "Cache-Control": "no-store",
            },
        )

    def _who(request: Request) -> str:
        return request.client.host if request.client else "?"

    @app.get("/export/rounds.csv")
    async def export_rounds(request: Request, key: str = "", names: int = 0) -> Response:
        if not await live.check_key(key, _who(request)):
            return Response("facilitator code required\n", status_code=401)
        text = await run_in_threadpool(live.room.rounds_csv, include_nicknames=bool(names))
        return _csv(text, "coachkit-rounds.csv")

    @app.get("/export/aggregates.csv")
    async def export_aggregates(request: Request, key: str = "") -> Response:
        if not await live.check_key(key, _who(request)):
            return Response("facilitator code required\n", status_code=401)
        return _csv(await run_in_threadpool(live.room.aggregates_csv), "coachkit-room.csv")

    @app.get("/export/room.csv")
    async def export_room(request: Request, key: str = "") -> Response:
        if not await live.check_key(key, _who(request)):
            return Response("facilitator code required\n", status_code=401)
        return _csv(await run_in_threadpool(live.sections_csv), "coachkit-room-sections.csv")

    @app.get("/export/room.pdf")
    async def export_room_pdf(request: Request, key: str = "", lang: str = "fi") -> Response:
        if lang not in ("fi", "en") or not await live.check_key(key, _who(request)):
            return Response("facilitator code required\n", status_code=401)
        return Response(
            await run_in_threadpool(live.report_pdf, lang),
            media_type="application/pdf",
            headers={
                "Content-Disposition": 'attachment; filename="coachkit-room-report.pdf"',
                "Cache-Control": "no-store",
            },
        )

    if slim_fonts:
        manifest = _font_manifest(Path(flet_web.get_package_web_dir()), assets_dir)

        @app.get("/assets/FontManifest.json")
        async def font_manifest() -> Response:
            return Response(
                manifest, media_type="application/json", headers={"Cache-Control": "no-cache"}
            )

    for add in add_routes:
        add(app)
    flet = flet_fastapi.app(
        main,
        no_cdn=True,
        assets_dir=assets_dir,
        session_timeout_seconds=session_timeout_seconds,
        **flet_options,
    )
    if compress and not os.environ.get("COACHKIT_NO_GZIP"):  # the env switch is for benches
        web = Path(flet_web.get_package_web_dir())
        cache = GzipCache(web, cache_dir() / f"web-gz-{_web_version()}")
        app.state.gzip_cache = cache
        flet = GzipStaticMiddleware(flet, cache, build_on_request=not warm)
        if warm:
            threading.Thread(target=_warm, args=(cache,), name="gzip-warm", daemon=True).start()
    app.mount("/", SingleThreadedRenderer(flet))  # see coachkit.server.renderer
    return Guard(app, local_only=not lan)


SLIM_FONT_PREFIX = "packages/flutter_math_fork/"


def _font_manifest(web: Path, assets_dir: str | None) -> str:
    """Flet's no-CDN font manifest (with its bundled Roboto) without the KaTeX math fonts."""
    source = web / "assets" / "FontManifest.json"
    if assets_dir and (Path(assets_dir) / "assets" / "FontManifest.json").is_file():
        source = Path(assets_dir) / "assets" / "FontManifest.json"
    fonts = json.loads(source.read_text(encoding="utf-8"))
    fonts = [f for f in fonts if not str(f.get("family", "")).startswith(SLIM_FONT_PREFIX)]
    fonts.append({"family": "Roboto", "fonts": [{"asset": "fonts/roboto.woff2"}]})
    return json.dumps(fonts, indent=2)


def _warm(cache: GzipCache) -> None:
    try:
        cache.warm()
    except Exception:  # the server works without the cache; files compress on demand
        log.exception("warming the compressed web client failed")


def banner(live: LiveRoom, lan: bool) -> str:
    """What the terminal shows at start: address, QR code (LAN) and the facilitator code."""
    url = live.urls[0] if live.urls else ""
    lines = []
    if lan:
        lines += [f"Phones join at  {url}/join", "", terminal_qr(f"{url}/join"), ""]
        lines += [f"  also: {u}/join" for u in live.urls[1:]]
    else:
        lines += [f"coachkit at  {url}  (this laptop only; --lan serves phones)"]
    lines += [f"Facilitator screens: {url}/facilitator   code: {live.code}"]
    lines += ["(the code is for this laptop only: phones never need it)"]
    return "\n".join(lines)
