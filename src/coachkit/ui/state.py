"""Session state of the app (one per browser tab or window) and the services it uses.

:class:`Services` is shared by every session of one server process: the content library and the
store. :class:`AppState` is per session and observable: changing a field re-renders the screens
that read it.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import flet as ft

from coachkit.content import load_library
from coachkit.content.loader import Library
from coachkit.i18n import LANGUAGES, Translator, negotiate
from coachkit.server.live import LiveRoom
from coachkit.store import LOCAL, Store, open_store
from coachkit.ui.practice_run import PracticeRun
from coachkit.ui.theme import TEXT_SCALES


class PendingLibrary:
    """A library not read yet: read in a background thread once :meth:`start` is called (when
    the server is up), or on first need, whichever comes first."""

    def __init__(self, folders: list[Path | str]):
        self.folders = folders
        self.future: Future[Library] = Future()
        self._lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        """Begin reading in a background thread (once)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._read, name="coachkit-library", daemon=True).start()

    def _read(self) -> None:
        try:
            self.future.set_result(load_library(extra=self.folders))
        except BaseException as exc:  # the session that reads the library raises it
            self.future.set_exception(exc)

    def result(self) -> Library:
        """The library, waiting for it (and starting it, if nothing has)."""
        self.start()
        return self.future.result()


def content_dirs_from_env() -> list[Path]:
    """Extra content folders from ``COACHKIT_CONTENT`` (os.pathsep-separated)."""
    value = os.environ.get("COACHKIT_CONTENT", "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


@dataclass
class Services:
    """What every session of the app shares: content and the local store.

    The content may be read after the server is up (``Services.load(background=True)``, then
    :meth:`PendingLibrary.start`): the browser spends seconds fetching the web client before it
    opens a session, so the library is read meanwhile, and :attr:`library` waits for it only if a
    session comes first.
    """

    library_source: Library | PendingLibrary
    """The library, or one still to be read; read it through :attr:`library`."""
    store: Store
    web: bool = True
    """True when served over HTTP (download routes exist); False in a desktop/phone window."""
    lan: bool = False
    """True when phones on the LAN share this server: each device then gets its own data."""
    room: LiveRoom = field(default_factory=LiveRoom)
    """The live workshop room this server serves (facilitator screens, joined phones)."""
    first_page: threading.Event = field(default_factory=threading.Event)
    """Set once a session has sent its first page (what a round needs is warmed after it)."""

    @property
    def library(self) -> Library:
        """The content library (waits for it while it is being loaded)."""
        source = self.library_source
        if isinstance(source, PendingLibrary):
            source = self.library_source = source.result()
        return source

    @classmethod
    def load(
        cls,
        extra: Iterable[Path | str] = (),
        store: Store | None = None,
        web: bool = True,
        lan: bool = False,
        background: bool = False,
    ) -> Services:
        """Open the store and load the library (built-in + ``extra`` + COACHKIT_CONTENT); with
        ``background``, only get it ready to be read (see :class:`PendingLibrary`)."""
        folders = [*extra, *content_dirs_from_env()]
        library = PendingLibrary(folders) if background else load_library(extra=folders)
        return cls(library, store or open_store(), web, lan)

    def exercise(self, eid: str) -> Any | None:
        return self.library.items["exercise"].get(eid)


def _has_data(store: Store) -> bool:
    """True when ``store``'s owner has a saved setting, a round or a drill card."""
    return bool(
        store.settings() or store.history(limit=1) or store.unfinished() or store.drill_cards()
    )


@ft.observable
@dataclass
class AppState:
    """Per-session UI state. Methods are the only place state changes."""

    services: Services
    lang: str = "fi"
    text_size: str = "normal"
    tab: int = 0
    width: float = 390
    notice_dismissed: bool = False
    practice: PracticeRun | None = None
    rev: int = 0
    """Bumped when data behind the screens changed (a turn played, history deleted)."""
    filters: dict = field(default_factory=dict)
    just_finished: int | None = None
    """The round finished a moment ago in this session (a joined phone shares it by itself)."""
    owner: str = LOCAL
    """Whose data this session sees: the computer's own user, or one phone in a LAN workshop."""

    @classmethod
    def create(cls, services: Services, width: float = 390) -> AppState:
        """A session's state with the saved language and text size.

        On a LAN server the session starts as an anonymous owner with no data, until the phone's
        own device id is known (:meth:`set_owner`), so a phone never sees the laptop's rounds.
        """
        owner = f"session-{secrets.token_hex(8)}" if services.lan else LOCAL
        store = services.store.for_owner(owner)
        lang = negotiate(saved=store.get_setting("lang"))
        size = store.get_setting("text_size", "normal") or "normal"
        return cls(
            services=services,
            lang=lang,
            text_size=size if size in TEXT_SCALES else "normal",
            width=width or 390,
            owner=owner,
        )

    @property
    def store(self) -> Store:
        """The store as this session's owner sees it."""
        return self.services.store.for_owner(self.owner)

    def set_owner(self, owner: str) -> None:
        """Switch to ``owner``'s data (a phone's device id) and its saved language and text size.

        What this session did before the device id arrived (a round started at once) is handed
        over to the device in one transaction: nothing is left under the throwaway owner, and a
        round in progress goes on. A new phone on its home tab sees the same screen either way,
        so nothing is re-rendered for it (see :meth:`_owner_unseen`).
        """
        if owner == self.owner:
            return
        previous = self.owner
        if previous.startswith("session-"):
            if self._owner_unseen(owner):
                self.services.store.for_owner(previous).hand_over(owner)
                object.__setattr__(self, "owner", owner)  # no screen shows the change: no notice
                return
            self.services.store.for_owner(previous).hand_over(owner)
        self.owner = owner
        store = self.store
        saved = store.get_setting("lang")
        if saved in LANGUAGES:
            self.lang = saved
        size = store.get_setting("text_size")
        if size in TEXT_SCALES:
            self.text_size = size
        if self.practice is not None and previous.startswith("session-"):
            self.practice.store = store  # the same round, now the device's
        else:
            self.practice = None
        self.touch()

    def _owner_unseen(self, owner: str) -> bool:
        """True when switching from this session's throwaway owner to ``owner`` changes nothing
        on screen: neither has any data (so language, text size, rounds and suggestions stay
        as they are) and the session is on the home tab, which shows no owner-bound link (the
        data export on Settings and a round's report carry the device id)."""
        if self.tab != 0 or self.practice is not None or self.just_finished is not None:
            return False
        return not _has_data(self.store) and not _has_data(self.services.store.for_owner(owner))

    # --- derived ----------------------------------------------------------------------------------

    @property
    def t(self) -> Translator:
        return Translator(self.lang)

    @property
    def scale(self) -> float:
        return TEXT_SCALES.get(self.text_size, 1.0)

    @property
    def narrow(self) -> bool:
        from coachkit.ui.theme import NARROW

        return self.width < NARROW

    # --- changes ----------------------------------------------------------------------------------

    def set_lang(self, lang: str) -> None:
        if lang in LANGUAGES:
            self.lang = lang
            self.store.set_setting("lang", lang)

    def set_text_size(self, size: str) -> None:
        if size in TEXT_SCALES:
            self.text_size = size
            self.store.set_setting("text_size", size)

    def set_filter(self, key: str, value: Any) -> None:
        self.filters = {**self.filters, key: value}

    def touch(self) -> None:
        self.rev += 1

    def start_practice(self, eid: str, mode: str, seed: int | None = None) -> PracticeRun:
        """Begin a new round of ``eid``; an unfinished round of the same exercise is discarded."""
        exercise = self.services.exercise(eid)
        if exercise is None:
            raise KeyError(eid)
        old = self.practice
        if old is not None and not old.finished and old.turn_count == 0:
            old.discard()
        self.practice = PracticeRun.begin(self.store, exercise, self.lang, mode, seed)
        self.touch()
        return self.practice

    def resumable(self) -> Any | None:
        """The unfinished round the store kept (from this run or one that was killed)."""
        record = self.store.unfinished()
        if record is None or self.services.exercise(record.exercise) is None:
            return None
        return record

    def resume_practice(self) -> PracticeRun | None:
        """Rebuild the unfinished round and make it the current one."""
        if self.practice is not None and not self.practice.finished:
            return self.practice
        record = self.resumable()
        if record is None:
            return None
        exercise = self.services.exercise(record.exercise)
        self.practice = PracticeRun.resume(self.store, exercise, record)
        self.touch()
        return self.practice

    def delete_all_data(self) -> None:
        """Delete every round, setting and plan; keep the current language for this session."""
        self.store.delete_all()
        self.practice = None
        self.touch()
