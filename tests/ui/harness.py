"""Headless Flet 1.0.5 test harness: a real flet Session driven by a fake client.

Adapted from ../shared/flet-reference/flet_harness.py for coachkit: text-search helpers, typing
into a TextField, and a `crashes()` check every UI test ends with.

No Flutter, no browser, no sockets. Same technique as flet's own unit tests
(sdk/python/packages/flet/tests/test_use_dialog.py: Session(conn) with a
recording Connection + PubSubHub), plus a tiny fake client that answers
invoke-method calls (push_route, SharedPreferences, ...) the way Dart would.

Uses private-ish APIs (Session, Connection, protocol): pin flet==1.0.5.
"""

import asyncio
import concurrent.futures
import time
from collections.abc import Callable
from typing import Any

import flet as ft
import msgpack
from flet.controls.base_control import BaseControl
from flet.controls.context import _context_page
from flet.messaging.connection import Connection
from flet.messaging.protocol import MessageAction, configure_encode_object_for_msgpack
from flet.messaging.session import Session
from flet.pubsub.pubsub_hub import PubSubHub


class FakeClient(Connection):
    """Plays the Dart client's part of the protocol for one session."""

    def __init__(self, hub: PubSubHub | None = None, **page_props: Any):
        super().__init__()
        self.page_url = "http://127.0.0.1:8600"  # page.url / page.query need it
        self.loop = asyncio.get_running_loop()
        self.executor = concurrent.futures.ThreadPoolExecutor(max_workers=2)
        self.pubsubhub = hub or PubSubHub(loop=self.loop, executor=self.executor)
        self.messages: list = []
        self.prefs: dict[str, Any] = {}  # fake SharedPreferences storage
        self.method_handlers: dict[str, Callable[[dict], Any]] = {
            "push_route": self._push_route,
            "set": lambda a: self.prefs.__setitem__(a["key"], a["value"]) or True,
            "get": lambda a: self.prefs.get(a["key"]),
            "contains_key": lambda a: a["key"] in self.prefs,
            "remove": lambda a: self.prefs.pop(a["key"], None) is not None,
        }
        self.session = Session(self)
        self.page = self.session.page
        # what the real client sends in REGISTER_CLIENT
        props = {"route": "/", "width": 390, "height": 844, "web": True, "platform": "android"}
        props.update(page_props)
        self.session.apply_page_patch(props)

    # ---- Connection interface -------------------------------------------------
    def send_message(self, message):
        # Encode exactly like the real transports: msgpack encoding is what
        # records the "previous" snapshots that later patches are diffed against.
        msgpack.packb(
            [message.action, message.body], default=configure_encode_object_for_msgpack(BaseControl)
        )
        self.messages.append(message)
        if message.action == MessageAction.INVOKE_METHOD:
            body = message.body
            self.loop.call_soon(self._answer, body)

    def _answer(self, body):
        handler = self.method_handlers.get(body.name)
        result, error = None, None
        try:
            result = handler(body.args or {}) if handler else None
        except Exception as ex:  # surfaced as RuntimeError in the awaiting code
            error = str(ex)
        self.session.handle_invoke_method_results(body.control_id, body.call_id, result, error)

    def _push_route(self, args):
        route = args["route"]
        # Dart: updateControl(page, {route}) then triggerControlEvent("route_change")
        self.session.apply_patch(self.page._i, {"route": route})
        asyncio.ensure_future(
            self.session.dispatch_event(self.page._i, "route_change", {"route": route})
        )

    # ---- test helpers ---------------------------------------------------------
    async def start(self, main: Callable[[ft.Page], Any]):
        """Same order as flet_web's FletApp: register (page patch) -> main()."""
        _context_page.set(self.page)
        self.send_message(
            type(
                "M",
                (),
                {"action": MessageAction.REGISTER_CLIENT, "body": self.session.get_page_patch()},
            )()
        )
        res = main(self.page)
        if asyncio.iscoroutine(res):
            await res
        await self.session.after_event(self.page)
        await self.settle()

    async def settle(self, turns: int = 30):
        """Let scheduled re-renders/effects/tasks run (no fixed sleeps)."""
        for _ in range(turns):
            await asyncio.sleep(0)

    async def settle_until(self, check: Callable[[], bool], seconds: float = 10.0) -> None:
        """Settle until ``check()`` holds (work that arrives from another thread, as pubsub
        messages do); fails after ``seconds``. Polls, so a fast machine never waits longer."""
        deadline = time.monotonic() + seconds
        while True:
            await self.settle()
            if check():
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"still not true after {seconds} s")
            await asyncio.sleep(0.005)

    def controls(self, cls=ft.Control, pred: Callable[[Any], bool] = lambda c: True):
        return [c for c in list(self.session.index.values()) if isinstance(c, cls) and pred(c)]

    def texts(self) -> list[str]:
        return [c.value for c in self.controls(ft.Text) if isinstance(c.value, str)]

    def find_text(self, value: str) -> ft.Text:
        found = self.controls(ft.Text, lambda c: c.value == value)
        assert found, f"no Text {value!r}; have {sorted(self.texts())}"
        return found[0]

    def button(self, label: str):
        found = self.controls(
            ft.Control, lambda c: getattr(c, "content", None) == label and hasattr(c, "on_click")
        )
        assert found, f"no button {label!r}"
        return found[0]

    async def fire(self, control, event: str = "click", data: Any = None, **props):
        """Like the client: optional prop update (e.g. value=...) then the event."""
        if props:
            self.session.apply_patch(control._i, props)
        await self.session.dispatch_event(control._i, event, data)
        await self.settle()

    async def navigate(self, route: str):
        self._push_route({"route": route})
        await self.settle()

    def find_all_text(self, part: str) -> list[str]:
        """Texts that contain ``part``."""
        return [v for v in self.texts() if part in v]

    def has_text(self, part: str) -> bool:
        return bool(self.find_all_text(part))

    def clickable(self, label: str, cls=ft.Control):
        """A control with an on_click whose label (content or text) or tooltip is ``label``."""

        def label_of(c):
            content = getattr(c, "content", None)
            if isinstance(content, ft.Row) and content.controls:
                content = content.controls[0]
            if isinstance(content, ft.Text):
                content = content.value
            title = getattr(c, "title", None)
            if isinstance(title, ft.Text):
                title = title.value
            return {content, title, getattr(c, "tooltip", None), getattr(c, "text", None)}

        found = self.controls(
            cls, lambda c: getattr(c, "on_click", None) is not None and label in label_of(c)
        )
        assert found, f"nothing clickable labelled {label!r}"
        return found[-1]

    async def click(self, label: str, cls=ft.Control):
        await self.fire(self.clickable(label, cls), "click")

    async def type(self, field, text: str):
        """What the client does per keystroke: set value, fire change (one event per char)."""
        for i in range(1, len(text) + 1):
            await self.fire(field, "change", None, value=text[:i])

    async def submit(self, field):
        await self.fire(field, "submit", None)

    def views(self):
        return ft.unwrap_component(self.page.views)

    def crashes(self):
        return [m for m in self.messages if m.action == MessageAction.SESSION_CRASHED]

    def close(self):
        self.session.close()
        self.executor.shutdown(wait=False)

    # ---- lookups by key and label (used by the facilitator screens' tests) ----
    def by_key(self, key: str):
        found = self.controls(ft.Control, lambda c: getattr(c, "key", None) == key)
        assert found, f"no control with key {key!r}"
        return found[-1]

    def has_key(self, key: str) -> bool:
        return bool(self.controls(ft.Control, lambda c: getattr(c, "key", None) == key))

    def field(self, label: str):
        found = self.controls(ft.TextField, lambda c: c.label == label)
        assert found, f"no TextField {label!r}"
        return found[-1]

    def button_text(self, label: str):
        found = self.controls(
            ft.Control,
            lambda c: getattr(c, "content", None) == label and hasattr(c, "on_click"),
        )
        assert found, f"no button {label!r}; texts: {sorted(self.texts())[:40]}"
        return found[-1]

    def all_text(self) -> str:
        return "\n".join(self.texts())
