"""`coachkit serve`: the app in the browser through Flet's web server (or a desktop window).

    coachkit                      # = coachkit serve --open
    coachkit serve [--port N] [--open] [--content DIR ...]

Always on 127.0.0.1 (only this computer) unless --lan. No request leaves the machine: Flet's web
client is served with no_cdn. flet is imported only when serving (the core stays flet-free).
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from concurrent.futures import Future
from pathlib import Path

DEFAULT_PORT = 8550
LOCALHOST = "127.0.0.1"


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``serve`` subcommand; returns its parser so that others can add options."""
    parser = sub.add_parser(
        "serve",
        help="serve the app (on this computer only, unless --lan)",
        description="Serve the coachkit app. Listens on 127.0.0.1 only, unless --lan.",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=None,
        metavar="N",
        help=f"port to listen on (default {DEFAULT_PORT}, or the next free one)",
    )
    parser.add_argument(
        "--open",
        action="store_true",
        help="open the app: in a desktop window if Flet's desktop client is "
        "installed and cached, otherwise in the web browser",
    )
    parser.add_argument(
        "--content",
        action="append",
        default=[],
        metavar="DIR",
        type=Path,
        help="an extra content folder (repeatable; also COACHKIT_CONTENT)",
    )
    parser.add_argument(
        "--lan",
        action="store_true",
        help="serve to phones on the local network: prints the join address, a QR code and the "
        "facilitator code",
    )
    parser.set_defaults(func=run)
    return parser


def port_free(port: int, host: str = LOCALHOST) -> bool:
    """True when the server can listen on ``port``: binds as uvicorn (asyncio) will, with
    SO_REUSEADDR outside Windows, so a port left in TIME_WAIT by a crashed server counts as free."""
    with socket.socket() as s:
        if os.name != "nt":
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def pick_port(requested: int | None, lan: bool = False) -> int:
    """The requested port, or the first free one from DEFAULT_PORT.

    Raises:
        SystemExit(1): the requested port is taken.
    """
    if requested is not None:
        if not 0 < requested < 65536:
            sys.exit(f"coachkit serve: error: port must be 1-65535, not {requested}")
        if not port_free(requested, _host(lan)):
            print(
                f"coachkit serve: port {requested} is in use; pick another with --port",
                file=sys.stderr,
            )
            raise SystemExit(1)
        return requested
    for port in range(DEFAULT_PORT, DEFAULT_PORT + 50):
        if port_free(port, _host(lan)):
            return port
    print("coachkit serve: no free port found; pick one with --port", file=sys.stderr)
    raise SystemExit(1)


def _host(lan: bool) -> str:
    return "0.0.0.0" if lan else LOCALHOST


def desktop_client_available() -> bool:
    """True when flet-desktop is installed, its client is already cached (no download), and
    there is a display to open a window on."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return False
    try:
        import flet_desktop
    except ImportError:
        return False
    try:
        artifact = flet_desktop.get_artifact_filename()
        bundled = Path(flet_desktop.get_package_bin_dir()) / artifact
        if bundled.exists():
            return True
        storage = getattr(flet_desktop, "__get_client_storage_dir")  # noqa: B009
        return Path(storage()).exists()
    except Exception:  # noqa: BLE001 - any surprise means: use the browser
        return False


def run(args: argparse.Namespace) -> int:
    for folder in args.content:
        if not folder.exists():
            print(f"coachkit serve: error: content folder not found: {folder}", file=sys.stderr)
            return 2
    from coachkit.ui.state import Services

    if args.open and args.port is None and not args.lan and desktop_client_available():
        return run_desktop(Services.load(args.content, web=False))
    port = pick_port(args.port, args.lan)
    # the content is read while the first browser fetches the web client, not before serving
    services = Services.load(args.content, web=True, lan=args.lan, background=True)
    return run_web(services, port, args.open, args.lan)


def room_for(services, *, require_code: bool = True, port: int | None = None):
    """This server's live room, with the facilitator code kept in the data folder (so a restart
    keeps it) and, for a web server on ``port``, the room's numbers too (``room-PORT.sqlite3``:
    a restart on the same port restores the totals). Returns (room, problems): lines to print
    when something cannot be kept."""
    from coachkit.server import LiveRoom
    from coachkit.server.auth import load_or_create
    from coachkit.workshop.room_file import RoomFile

    path = str(services.store.path)
    folder = None if path == ":memory:" else Path(path).parent
    if services.store.notice is not None and services.store.notice.kind == "readonly":
        folder = None
    code, problem = load_or_create(folder)
    keep = None
    if folder is not None and port is not None:
        keep = RoomFile(folder / f"room-{port}.sqlite3")
    room = LiveRoom(code=code, require_code=require_code, keep=keep)
    services.room = room  # the screens of this server use it (passed in, never global)
    problems = [p for p in (problem, keep.problem if keep else None) if p]
    return room, problems


def room_totals_line(room) -> str:
    """What the banner says about the room's totals: restored, kept, or not kept."""
    if room.restored is not None:
        joined, rounds = room.restored
        return (
            f"The room's totals are back from the last run on this port: {joined} joined, "
            f"{rounds} rounds (numbers only; kept in {room.keep.path.name})."
        )
    if room.keep is not None and room.keep.kept:
        return (
            "The room's totals are kept in the data folder (numbers only) and come back if the "
            "server restarts on this port today."
        )
    return (
        "The room's totals start empty and are not kept after the server stops: "
        "export them from the live screen before closing."
    )


def run_desktop(services) -> int:
    import flet as ft

    from coachkit.ui.app import make_main

    room, _ = room_for(services)
    print("coachkit: opening the app window", flush=True)
    print(f"Facilitator code: {room.code}", flush=True)
    ft.run(make_main(services), view=ft.AppView.FLET_APP)
    return 0


def warn_content_problems(services) -> None:
    """Each content problem as a warning line: now, or once the library has loaded."""

    def warn(loaded: Future) -> None:
        if loaded.exception() is not None:
            print(
                f"coachkit serve: error: content not loaded: {loaded.exception()}", file=sys.stderr
            )
            return
        for line in loaded.result().problems:
            print(f"warning: {line}", file=sys.stderr, flush=True)

    from coachkit.ui.state import PendingLibrary

    source = services.library_source
    if isinstance(source, PendingLibrary):
        source.future.add_done_callback(warn)
    else:
        loaded: Future = Future()
        loaded.set_result(source)
        warn(loaded)


def run_web(services, port: int, open_browser: bool, lan: bool = False) -> int:
    """Serve the app with uvicorn until Ctrl+C (one press stops it within a few seconds)."""
    import threading
    import webbrowser

    import uvicorn

    from coachkit.server import banner, bind_host
    from coachkit.server.protocol import raise_open_file_limit, uvicorn_options
    from coachkit.ui.server import build_app
    from coachkit.ui.warm import warm_in_background

    url = f"http://{LOCALHOST}:{port}"
    room, problems = room_for(services, port=port)
    app = build_app(services, lan=lan, port=port, room=room)
    warn_content_problems(services)
    notice = services.store.notice
    if notice is not None:
        print(f"warning: data file: {notice.detail} ({notice.path})", file=sys.stderr)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(banner(room, lan), flush=True)
    print(room_totals_line(room), flush=True)
    print("Ctrl+C stops the server.", flush=True)
    if open_browser:
        threading.Timer(0.8, lambda: webbrowser.open(url)).start()
    raise_open_file_limit()
    # while the first browser fetches the web client: the content (the first page needs it most),
    # then the first page's imports, one after the other (two threads only slow each other down);
    # what a round needs waits until a first page is out (see coachkit.ui.warm)
    warm_in_background(first=lambda: services.library, first_page=services.first_page)
    uvicorn.run(app, host=bind_host(lan), port=port, **uvicorn_options())
    return 0
