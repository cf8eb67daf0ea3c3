"""The web client draws on the page's own thread, on the laptop as on the phones.

Flutter's web client (skwasm, the WebAssembly renderer Flet 1.0.5 picks in Chromium) renders on
a second thread sharing the page's memory when the page is cross-origin isolated, and on the
page's own thread when it is not. Flet's middleware makes every page isolated (COOP + COEP
headers, which its in-browser Python mode needs; a served app does not). A phone on the
workshop's LAN loads the app over plain http, where no page is ever isolated, so only the
laptop at 127.0.0.1 got the two-thread renderer, and on a busy laptop it sometimes died: the
browser reported "operation does not support unaligned accesses" (a WebAssembly trap in the
renderer) and drew no frame again, so the page stayed on its last screen while taps still reached
the server, and screenshots waited for a frame for ever. It showed at the largest text size
(more and larger glyphs to draw after a theme change) in about one run in three of the browser
tests on two loaded cores.

:class:`SingleThreadedRenderer` drops the embedder policy header from every response, so no page
is isolated and the renderer uses the page's thread everywhere, as it already did on every phone.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DROPPED = b"cross-origin-embedder-policy"
"""Without it a page is not cross-origin isolated (the opener policy alone does not isolate)."""


class SingleThreadedRenderer:
    """ASGI middleware: every HTTP response goes out without ``Cross-Origin-Embedder-Policy``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_without_isolation(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != DROPPED]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_without_isolation)
