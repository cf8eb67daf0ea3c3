"""The web server for workshops: Flet's web client (compressed), exports and the live room.

Imports flet_web and FastAPI, never flet's UI: the screens live in ``coachkit.ui``.
"""

from __future__ import annotations

from coachkit.server.app import banner, bind_host, create_app, join_urls
from coachkit.server.live import TOPIC, LiveRoom
from coachkit.server.network import lan_addresses
from coachkit.server.qr import qr_png, terminal_qr

__all__ = [
    "TOPIC",
    "LiveRoom",
    "banner",
    "bind_host",
    "create_app",
    "join_urls",
    "lan_addresses",
    "qr_png",
    "terminal_qr",
]
