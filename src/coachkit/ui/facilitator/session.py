"""Per-session plumbing of the facilitator screens: language, library, store, room, code gate.

The screens run inside the participant app (its ``StateCtx`` gives language, library, store and
the live room) or on their own (tests, a bare server: ``RoomCtx`` gives the room and they load the
rest themselves). The room is always passed in, never a process-wide global.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import flet as ft

from coachkit.i18n import Translator, negotiate
from coachkit.server.live import TOPIC, LiveRoom
from coachkit.ui.facilitator.model import Draft

AUTH_KEY = "coachkit.facilitator.ok"
DRAFT_KEY = "coachkit.facilitator.draft"
RUN_KEY = "coachkit.facilitator.run"
PID_KEY = "coachkit.participant.id"
GATES_KEY = "coachkit.facilitator.gates"
LANG_KEY = "coachkit.lang"
"""The language picked in this session when the screens run without the participant app."""

RoomCtx = ft.create_context(None)
"""Provides the :class:`LiveRoom` to screens that run without the participant app."""


@cache
def _library() -> Any:
    from coachkit.content import load_library

    return load_library()


_store: Any = None


def _fallback_store() -> Any:
    global _store
    if _store is None:
        from coachkit.store import open_store

        _store = open_store()
    return _store


@dataclass
class Env:
    """What a facilitator screen needs: language, translator, content, store and the room."""

    lang: str
    t: Translator
    library: Any
    store: Any
    room: LiveRoom
    width: float
    scale: float = 1.0
    """The participant's text size (1.0 outside the app)."""


def use_env() -> Env:
    """The session's environment (re-renders with the app's language when inside the app)."""
    try:
        from coachkit.ui.components.common import StateCtx

        app = ft.use_context(StateCtx)
    except ImportError:  # the participant app is not there: run standalone
        app = None
    given = ft.use_context(RoomCtx)
    page = ft.context.page
    if app is not None:
        lang = app.lang
        library, store, room = app.services.library, app.services.store, app.services.room
    else:
        lang = negotiate(saved=page.session.store.get(LANG_KEY))
        library, store = _library(), _fallback_store()
        room = given
    if room is None:
        raise RuntimeError("no live room: render the screens inside RoomCtx or the app")
    width = app.width if app is not None else page.width
    scale = app.scale if app is not None else 1.0
    return Env(lang, Translator(lang), library, store, room, width or 390, scale)


def use_room() -> LiveRoom:
    """The live room of the screen being rendered."""
    return use_env().room


# --- facilitator code ---------------------------------------------------------------------------


def client_of(page: ft.Page) -> str:
    """Who is asking, for the code's back-off: the client's address (each phone has its own)."""
    return getattr(page, "client_ip", None) or f"session:{page.session.id}"


def use_facilitator() -> tuple[bool, Any]:
    """(authorised, try_code): whether this session typed the facilitator code, and a checker.

    ``await try_code(code) -> bool`` waits out this client's back-off, remembers success for the
    session and opens every mounted facilitator screen of it (the views below the top one too).
    """
    page = ft.context.page
    room = use_room()
    ok, set_ok = ft.use_state(lambda: bool(page.session.store.get(AUTH_KEY)))
    me = ft.use_ref(None)

    def gates() -> dict[int, Any]:
        found = page.session.store.get(GATES_KEY)
        if found is None:
            found = {}
            page.session.store.set(GATES_KEY, found)
        return found

    def register() -> None:
        me.current = id(me)
        gates()[me.current] = set_ok

    ft.use_effect(register, [], cleanup=lambda: gates().pop(id(me), None))

    async def try_code(code: str) -> bool:
        if await room.attempt(code, client_of(page)):
            page.session.store.set(AUTH_KEY, True)
            for setter in list(gates().values()):
                setter(True)
            set_ok(True)
            return True
        return False

    return ok or bool(page.session.store.get(AUTH_KEY)) or not room.require_code, try_code


def draft_of(page: ft.Page) -> Draft:
    """This session's workshop draft (created on first use)."""
    draft = page.session.store.get(DRAFT_KEY)
    if draft is None:
        draft = Draft()
        page.session.store.set(DRAFT_KEY, draft)
    return draft


# --- room updates over pubsub -------------------------------------------------------------------


def publish(page: ft.Page, change: str) -> None:
    """Tell every session that the room changed (``"join"``, ``"round"``, ...)."""
    page.pubsub.send_all_on_topic(TOPIC, change)


class _RoomListeners:
    """One pubsub subscription per session, fanned out to every mounted screen that listens.

    (``unsubscribe_topic`` drops all of a session's handlers of a topic, so screens must not
    each subscribe on their own.)
    """

    def __init__(self, page: ft.Page) -> None:
        self.page = page
        self.listeners: dict[int, Any] = {}
        self.subscribed = False

    def add(self, key: int, listener: Any) -> None:
        self.listeners[key] = listener
        if not self.subscribed:
            self.page.pubsub.subscribe_topic(TOPIC, self.on_message)
            # Changes that came while this screen's connection was down were not drawn (Flet
            # drops a disconnected session's pending renders): redraw from the room as it is now.
            self.page.on_connect = self.on_reconnect
            self.subscribed = True

    def remove(self, key: int) -> None:
        self.listeners.pop(key, None)
        if not self.listeners and self.subscribed:
            self.page.pubsub.unsubscribe_topic(TOPIC)
            self.subscribed = False

    async def on_reconnect(self, _: Any = None) -> None:
        for listener in list(self.listeners.values()):
            listener("reconnect")

    async def on_message(self, topic: str, change: Any) -> None:
        # Runs with the SENDER's contextvars: re-bind to this session's page (FLET_NOTES §4).
        async def apply() -> None:
            for listener in list(self.listeners.values()):
                listener(change)

        self.page.run_task(apply)


def use_room_updates() -> int:
    """A counter that grows on every room change; reading it re-renders the caller."""
    page = ft.context.page
    version, set_version = ft.use_state(0)
    key = ft.use_ref(None)

    def bus() -> _RoomListeners:
        found = page.session.store.get("coachkit.room.listeners")
        if found is None:
            found = _RoomListeners(page)
            page.session.store.set("coachkit.room.listeners", found)
        return found

    def subscribe() -> None:
        key.current = id(key)
        bus().add(key.current, lambda change: set_version(lambda v: v + 1))

    ft.use_effect(subscribe, [], cleanup=lambda: bus().remove(id(key)))
    return version
