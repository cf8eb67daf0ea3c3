"""One live workshop room per server process, and the facilitator's code and download keys.

:class:`LiveRoom` wraps the pure :class:`~coachkit.workshop.room.Room` with what the server needs:
whether the room is open to phones, the join address, bounded code attempts (so the 6-digit code
cannot be guessed by trying), and short-lived download keys for the CSV export route.
No flet here: screens publish changes over Flet pubsub themselves (see ``coachkit.ui.facilitator``).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from coachkit.workshop.room import Aggregates, RoundRecord
from coachkit.workshop.room import Room as _Room

TOPIC = "coachkit.room"
"""Flet pubsub topic on which every change of the room is announced (message: the change kind)."""

TOKEN_SECONDS = 8 * 3600.0
"""How long a download key works: a workshop day (keys live only in the facilitator's session)."""


class LiveRoom:
    """The room of this server process.

    Args:
        room: the core room (a new one when None).
        clock: monotonic seconds for attempt limits and key expiry.
        require_code: facilitator screens ask for the code (True unless a trusted desktop run).
        max_failures: wrong codes allowed per ``failure_window`` seconds, per caller and in total
            ten times that; beyond it every attempt fails until the window passes.
        failure_window: seconds of the window.
    """

    def __init__(
        self,
        room: _Room | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        require_code: bool = True,
        max_failures: int = 5,
        failure_window: float = 60.0,
    ) -> None:
        self.room = room or _Room(clock=clock)
        self.clock = clock
        self.require_code = require_code
        self.max_failures = max_failures
        self.failure_window = failure_window
        self.active = False
        """True while served to phones (``create_app`` sets it); the join screens need it."""
        self.lan = False
        self.urls: list[str] = []
        """Addresses phones open (``http://IP:PORT``), best first; empty when local only."""
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}
        self._all_failures: deque[float] = deque()
        self._tokens: dict[str, float] = {}

    # --- facilitator code -----------------------------------------------------------------------

    @property
    def code(self) -> str:
        """The facilitator code (print it on the laptop only)."""
        return self.room.code

    def _prune(self, times: deque[float], now: float) -> None:
        while times and now - times[0] >= self.failure_window:
            times.popleft()

    def locked_out(self, who: str) -> bool:
        """True when ``who`` (or everyone together) has used up the wrong attempts for now."""
        now = self.clock()
        with self._lock:
            mine = self._failures.setdefault(who, deque())
            self._prune(mine, now)
            self._prune(self._all_failures, now)
            return (
                len(mine) >= self.max_failures or len(self._all_failures) >= 10 * self.max_failures
            )

    def try_code(self, code: str, who: str) -> bool:
        """Check a facilitator code typed by ``who`` (a session id); wrong tries are bounded."""
        if not self.require_code:
            return True
        if not isinstance(code, str) or len(code) > 64 or self.locked_out(who):
            return False
        if self.room.check_code(code):
            return True
        now = self.clock()
        with self._lock:
            self._failures.setdefault(who, deque()).append(now)
            self._all_failures.append(now)
            if len(self._failures) > 10_000:  # forget old callers rather than grow without bound
                self._failures.clear()
        return False

    # --- download keys --------------------------------------------------------------------------

    def issue_key(self) -> str:
        """A download key valid for ``TOKEN_SECONDS`` (give it only to an authorised screen)."""
        key = secrets.token_urlsafe(18)
        now = self.clock()
        with self._lock:
            self._tokens = {k: t for k, t in self._tokens.items() if t > now}
            self._tokens[key] = now + TOKEN_SECONDS
        return key

    def check_key(self, key: str | None, who: str = "download") -> bool:
        """True for a live download key or the facilitator code itself (scripts, curl)."""
        if not key or not isinstance(key, str) or len(key) > 64:
            return False
        with self._lock:
            expires = self._tokens.get(key)
        if expires is not None and expires > self.clock():
            return True
        return self.require_code and self.try_code(key, who)

    # --- participants (delegated to the core room) ----------------------------------------------

    def join(self, nickname: str | None = None) -> str:
        """A participant joins; returns their opaque id."""
        return self.room.join(nickname)

    def record_round(self, pid: str, summary: dict[str, Any]) -> RoundRecord:
        """Store a round's numbers for ``pid`` (texts are ignored by the room)."""
        return self.room.record_round(pid, summary)

    def aggregates(self) -> Aggregates:
        """What the facilitator sees."""
        return self.room.aggregates()

    def participant_view(self, pid: str) -> list[dict[str, Any]]:
        """One participant's own rounds."""
        return self.room.participant_view(pid)


_current: LiveRoom | None = None
_current_lock = threading.Lock()


def live_room() -> LiveRoom:
    """This process's live room (created on first use)."""
    global _current
    with _current_lock:
        if _current is None:
            _current = LiveRoom()
        return _current


def set_live_room(room: LiveRoom | None) -> LiveRoom | None:
    """Replace this process's live room (tests, a new workshop); returns the previous one."""
    global _current
    with _current_lock:
        previous, _current = _current, room
        return previous
