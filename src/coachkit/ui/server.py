"""The web server: Flet's FastAPI app with coachkit's own download routes mounted before it.

Routes are registered before Flet is mounted at "/", otherwise Flet's catch-all would answer them
with index.html. Only used in web mode; a desktop or phone window saves files with FilePicker.
"""

from __future__ import annotations

from collections.abc import Callable

import flet_web.fastapi as flet_fastapi
from fastapi.responses import Response

from coachkit.store import LOCAL, export_csv, export_json
from coachkit.ui.app import make_main
from coachkit.ui.components.pdf import HANDOUT_ROUTE, handout_bytes
from coachkit.ui.screens.settings import EXPORT_CSV, EXPORT_JSON
from coachkit.ui.state import Services

RouteAdder = Callable[[flet_fastapi.FastAPI, Services], None]
EXTRA_ROUTES: list[RouteAdder] = []
"""Other parts (handouts, the live room) add their routes here before build_app is called."""


def attachment(data: bytes, filename: str, media_type: str) -> Response:
    """A response the browser saves as a file."""
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


def owner_of(services: Services, device: str) -> str | None:
    """Whose data a download asks for: a phone's device id on a LAN server (required there, so
    that no phone can fetch the laptop's own data), else the local user. None: refuse."""
    if not services.lan:
        return device or LOCAL
    if not device or device == LOCAL:
        return None
    return device


def add_routes(app: flet_fastapi.FastAPI, services: Services) -> None:
    """The participant app's own download routes: data export and PDF handouts."""

    def store_for(device: str):
        owner = owner_of(services, device)
        try:
            return None if owner is None else services.store.for_owner(owner)
        except ValueError:
            return None

    @app.get(EXPORT_JSON)
    async def export_json_route(device: str = "") -> Response:
        store = store_for(device)
        if store is None:
            return Response(status_code=404)
        return attachment(
            export_json(store).encode("utf-8"), "coachkit-data.json", "application/json"
        )

    @app.get(EXPORT_CSV)
    async def export_csv_route(device: str = "") -> Response:
        store = store_for(device)
        if store is None:
            return Response(status_code=404)
        data = ("\ufeff" + export_csv(store)).encode("utf-8")  # BOM: Excel reads UTF-8
        return attachment(data, "coachkit-data.csv", "text/csv; charset=utf-8")

    @app.get(HANDOUT_ROUTE)
    async def handout_route(kind: str, item: str, lang: str, device: str = "") -> Response:
        if lang not in ("fi", "en"):
            return Response(status_code=404)
        owner = owner_of(services, device) if kind == "report" else LOCAL
        if owner is None:
            return Response(status_code=404)
        try:
            data = handout_bytes(services, kind, item, lang, owner)
        except ValueError:
            return Response(status_code=404)
        if data is None:
            return Response(status_code=404)
        return attachment(data, f"coachkit-{kind}-{item}-{lang}.pdf", "application/pdf")


def build_app(services: Services, *, lan: bool = False, port: int = 8550) -> flet_fastapi.FastAPI:
    """The ASGI app: coachkit's routes and any EXTRA_ROUTES, the gzip layer, then Flet at "/"."""
    from coachkit.server import create_app

    return create_app(
        make_main(services),
        lan=lan,
        port=port,
        add_routes=[
            lambda a: add_routes(a, services),
            *[lambda a, f=f: f(a, services) for f in EXTRA_ROUTES],
        ],
        app_name="coachkit",
        app_short_name="coachkit",
        app_description="Coaching your supervisor: practice and workshops, offline",
    )
