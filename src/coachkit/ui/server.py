"""The Flet wiring of the web server: the app's screens, its download routes, and what a phone
may see when something breaks.

``build_app(services, lan=..., port=...)`` is what ``coachkit serve`` runs (and what the tests
start through ``coachkit serve``): ``coachkit.server.create_app`` (plain ASGI: guard, gzip,
exports) around Flet with :func:`coachkit.ui.app.make_main`. Routes are registered before Flet
is mounted at "/", otherwise Flet's catch-all would answer them with index.html. PDFs and data
exports are built in worker threads (:class:`coachkit.server.slow.SlowWork`), never on the loop.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

import flet_web.fastapi as flet_fastapi
from fastapi import Request
from fastapi.responses import Response

from coachkit.server.slow import Busy, SlowWork
from coachkit.store import LOCAL, export_csv, export_json
from coachkit.ui.render_guard import keep_repainting
from coachkit.ui.state import Services
from coachkit.ui.urls import EXPORT_CSV, EXPORT_JSON, HANDOUT_ROUTE

log = logging.getLogger(__name__)

PHONE_ERROR = "Something went wrong on the server. Reload the page to go on."
"""What a phone sees instead of a traceback (the details go to the server's log)."""


def quiet_session_errors() -> None:
    """Flet sends an unhandled error's traceback (with file paths) to the browser: send one plain
    line instead and keep the traceback in the server's log."""
    from flet.messaging.session import Session

    if getattr(Session.error, "_coachkit_quiet", False):
        return
    original = Session.error

    def error(self: Any, message: str) -> None:
        log.error("error in a page session: %s", message)
        original(self, PHONE_ERROR)

    error._coachkit_quiet = True  # type: ignore[attr-defined]
    Session.error = error  # type: ignore[method-assign]


def cache_event_types() -> None:
    """Flet 1.0.5 works out an event's payload type from the control class's annotations on
    every event (``get_event_field_type``: about 5 ms of CPU per keystroke). The answer depends
    only on the class and the event's name, so remember it: a room of phones typing then costs
    the server a dictionary look-up per key instead of a core."""
    import flet.controls.base_control as base_control

    original = base_control.get_event_field_type
    if getattr(original, "_coachkit_cached", False):
        return
    known: dict[tuple[type, str], Any] = {}

    def get_event_field_type(control: Any, field_name: str) -> Any:
        key = (type(control), field_name)
        if key not in known:
            known[key] = original(control, field_name)
        return known[key]

    get_event_field_type._coachkit_cached = True  # type: ignore[attr-defined]
    base_control.get_event_field_type = get_event_field_type


def lazy_transport_log() -> None:
    """Flet 1.0.5 formats every outgoing message for its debug log before it knows whether debug
    logging is on (``transport_log.debug(f"send_message: {message}")``): the repr of a whole
    screen's control tree, about three quarters of the server's CPU for a phone's first screen.
    Send the same bytes, and format the message only when that log is actually enabled."""
    import msgpack
    from flet.controls.base_control import BaseControl
    from flet.messaging.protocol import configure_encode_object_for_msgpack
    from flet_web.fastapi import flet_app
    from flet_web.fastapi.flet_app import FletApp

    if getattr(FletApp.send_message, "_coachkit_lazy", False):
        return
    encode = configure_encode_object_for_msgpack(BaseControl)

    def send_message(self: Any, message: Any) -> None:
        if flet_app.transport_log.isEnabledFor(logging.DEBUG):
            flet_app.transport_log.debug("send_message: %s", message)
        body = msgpack.packb([message.action, message.body], default=encode)
        self._FletApp__send_queue.put_nowait(b"\x00" + body)

    send_message._coachkit_lazy = True  # type: ignore[attr-defined]
    FletApp.send_message = send_message  # type: ignore[method-assign]


def end_broken_connections() -> None:
    """A websocket whose first frame is not Flet's leaves Flet 1.0.5's handler waiting forever
    for a send loop that never ends (and Ctrl+C then waits for it): end such a connection."""
    from flet_web.fastapi.flet_app import FletApp

    if getattr(FletApp.handle, "_coachkit_ends", False):
        return
    receive = FletApp._FletApp__receive_loop  # type: ignore[attr-defined]
    handle = FletApp.handle

    async def receive_loop(self: Any) -> None:
        await receive(self)
        queue = getattr(self, "_FletApp__send_queue", None)
        if getattr(self, "_FletApp__session", None) is None and queue is not None:
            await queue.put(None)  # no session was ever made: stop the send loop too

    async def handle_or_end(self: Any, websocket: Any) -> None:
        try:
            await handle(self, websocket)
        except AttributeError:
            if getattr(self, "_FletApp__session", None) is not None:
                raise
            log.info("closed a websocket that never registered a page")
            with contextlib.suppress(Exception):
                await websocket.close(code=1002)

    handle_or_end._coachkit_ends = True  # type: ignore[attr-defined]
    FletApp._FletApp__receive_loop = receive_loop  # type: ignore[attr-defined]
    FletApp.handle = handle_or_end  # type: ignore[method-assign]


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


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def _busy(exc: Busy) -> Response:
    return Response(
        "busy, try again in a moment\n",
        status_code=exc.status,
        headers={"Retry-After": str(exc.retry_after)},
    )


def add_routes(app: flet_fastapi.FastAPI, services: Services, work: SlowWork | None = None) -> None:
    """The participant app's own download routes: data export and PDF handouts (built by
    ``work``, a new worker pool when None)."""
    work = work or SlowWork()

    def store_for(device: str):
        owner = owner_of(services, device)
        try:
            return None if owner is None else services.store.for_owner(owner)
        except ValueError:
            return None

    @app.get(EXPORT_JSON)
    async def export_json_route(request: Request, device: str = "") -> Response:
        store = store_for(device)
        if store is None:
            return Response(status_code=404)
        try:
            text = await work.run(_client(request), lambda: export_json(store))
        except Busy as exc:
            return _busy(exc)
        return attachment(str(text).encode("utf-8"), "coachkit-data.json", "application/json")

    @app.get(EXPORT_CSV)
    async def export_csv_route(request: Request, device: str = "") -> Response:
        store = store_for(device)
        if store is None:
            return Response(status_code=404)
        try:
            text = await work.run(_client(request), lambda: export_csv(store))
        except Busy as exc:
            return _busy(exc)
        data = ("\ufeff" + str(text)).encode("utf-8")  # BOM: Excel reads UTF-8
        return attachment(data, "coachkit-data.csv", "text/csv; charset=utf-8")

    @app.get(HANDOUT_ROUTE)
    async def handout_route(
        request: Request, kind: str, item: str, lang: str, device: str = ""
    ) -> Response:
        if lang not in ("fi", "en") or len(item) > 64:
            return Response(status_code=404)
        owner = owner_of(services, device) if kind == "report" else LOCAL
        if owner is None:
            return Response(status_code=404)
        # Content does not change while serving: cache its PDFs. A report is not cached (its
        # owner may delete their data, and then it must be gone).
        key = None if kind == "report" else (kind, item, lang)
        from coachkit.ui.components.pdf import handout_bytes

        try:
            data = await work.run(
                _client(request),
                lambda: handout_bytes(services, kind, item, lang, owner),
                cache_key=key,
            )
        except Busy as exc:
            return _busy(exc)
        except ValueError:
            return Response(status_code=404)
        if not isinstance(data, bytes):
            return Response(status_code=404)
        return attachment(data, f"coachkit-{kind}-{item}-{lang}.pdf", "application/pdf")


def lazy_main(services: Services) -> Callable[[Any], None]:
    """Flet's ``main(page)``, with the app's screens imported by the first session that needs
    them (or by the warming thread before it), not before the server listens."""
    made: list[Callable[[Any], None]] = []

    def main(page: Any) -> None:
        if not made:
            from coachkit.ui.app import make_main

            made.append(make_main(services))
        made[0](page)

    return main


def build_app(services: Services, *, lan: bool = False, port: int = 8550, room: Any = None) -> Any:
    """The ASGI app of ``coachkit serve``: the guard, coachkit's routes, gzip, then Flet."""
    from coachkit.server import create_app

    quiet_session_errors()
    cache_event_types()
    lazy_transport_log()
    end_broken_connections()
    keep_repainting()
    work = SlowWork()
    return create_app(
        lazy_main(services),
        lan=lan,
        port=port,
        room=room if room is not None else services.room,
        add_routes=[lambda a: add_routes(a, services, work)],
        app_name="coachkit",
        app_short_name="coachkit",
        app_description="Coaching your supervisor: practice and workshops, offline",
    )
