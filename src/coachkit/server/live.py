"""The live workshop room a server serves, and the facilitator's code and download keys.

:class:`LiveRoom` wraps the pure :class:`~coachkit.workshop.room.Room` with what the server needs:
whether the room is open to phones, the join address, the facilitator code with its per-client
back-off (``coachkit.server.auth``), one membership per phone, short-lived download keys for the
export routes, the facilitator's current run state (what the phones follow), what has been
revealed on the projector, and which phones are connected. Whoever starts the server makes one and
passes it in (``create_app``, ``Services.room``); there is no process-wide room.
No flet here: screens publish changes over Flet pubsub themselves (see ``coachkit.ui.facilitator``).
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from coachkit.server.auth import CodeGuard, new_code, shown
from coachkit.workshop.room import Aggregates, RoomError, RoundRecord
from coachkit.workshop.room import Room as _Room
from coachkit.workshop.room_file import RoomFile
from coachkit.workshop.run_state import RunState

TOPIC = "coachkit.room"
"""Flet pubsub topic on which every change of the room is announced (message: the change kind)."""

TOKEN_SECONDS = 8 * 3600.0
"""How long a download key works: a workshop day (keys live only in the facilitator's session)."""


class LiveRoom:
    """The room of this server process.

    Args:
        room: the core room (a new one when None).
        clock: monotonic seconds for the back-off and key expiry.
        require_code: facilitator screens ask for the code (True unless a trusted desktop run).
        code: the facilitator code (a new random one when None; ``serve`` passes the kept one).
        sleep: how a code attempt waits its turn (tests pass a fake).
        keep: the file the room's numbers are kept in (``coachkit serve`` passes one in the data
            folder): a kept room is restored from it and every change written through.
    """

    def __init__(
        self,
        room: _Room | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        require_code: bool = True,
        code: str | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        keep: RoomFile | None = None,
    ) -> None:
        self.keep = keep
        saved = keep.load() if keep is not None else None
        self.room = room or _Room(clock=clock, journal=keep)
        self.clock = clock
        self.require_code = require_code
        self.guard = CodeGuard(code or new_code(), clock=clock, sleep=sleep)
        self.active = False
        """True while served to phones (``create_app`` sets it); the join screens need it."""
        self.lan = False
        self.urls: list[str] = []
        """Addresses phones open (``http://IP:PORT``), best first; empty when local only."""
        self._lock = threading.RLock()
        self._tokens: dict[str, float] = {}
        self._by_device: dict[str, str] = {}
        """Device id -> participant id: one membership per phone."""
        self._per_address: dict[str, list[str]] = {}
        self.run: RunState | None = None
        """The facilitator's current section as the phones see it (None before a run starts)."""
        self.revealed: set[tuple[str, int]] = set()
        """(source, section) pairs the facilitator has revealed on the projector."""
        self._online: dict[str, set[str]] = {}
        self.titles: dict[int, str] = {}
        """Section titles of the plan being run (for the export after the day)."""
        self.workshop = ""
        """Title of the plan being run."""
        self.restored: tuple[int, int] | None = None
        """(participants, rounds) brought back from ``keep`` at start; None: a new room."""
        if saved is not None:
            self.room.restore(saved.participants, saved.rounds, saved.seconds_open)
            self._by_device = {d: p for d, p in saved.devices.items() if self.room.known(p)}
            self.restored = (len(self.room.people()), len(self.room.records()))
        if keep is not None:
            keep.opened(self.room.seconds_open())

    # --- facilitator code -----------------------------------------------------------------------

    @property
    def code(self) -> str:
        """The facilitator code as the laptop shows it (``K7QM-4RTA``); never on a phone."""
        return shown(self.guard.code)

    async def attempt(self, code: str, who: str) -> bool:
        """Check a code typed by client ``who`` (its address); waits out that client's back-off.

        The right code is always accepted when its turn comes; only the guessing client waits.
        """
        if not self.require_code:
            return True
        if not isinstance(code, str) or len(code) > 64:
            return False
        return await self.guard.attempt(code, who)

    def wait_for(self, who: str) -> float:
        """Seconds the next code attempt of ``who`` waits (for the screen's message)."""
        return self.guard.wait_for(who)

    # --- download keys --------------------------------------------------------------------------

    def issue_key(self) -> str:
        """A download key valid for ``TOKEN_SECONDS`` (give it only to an authorised screen)."""
        key = secrets.token_urlsafe(18)
        now = self.clock()
        with self._lock:
            self._tokens = {k: t for k, t in self._tokens.items() if t > now}
            self._tokens[key] = now + TOKEN_SECONDS
        return key

    async def check_key(self, key: str | None, who: str = "download") -> bool:
        """True for a live download key or the facilitator code itself (scripts, curl)."""
        if not key or not isinstance(key, str) or len(key) > 64:
            return False
        with self._lock:
            expires = self._tokens.get(key)
        if expires is not None and expires > self.clock():
            return True
        return self.require_code and await self.attempt(key, who)

    # --- run state, reveals, presence ------------------------------------------------------------

    def set_run(
        self, state: RunState | None, titles: dict[int, str] | None = None, workshop: str = ""
    ) -> None:
        """The facilitator moved: this is what every phone shows next (and, for the export, the
        plan's section titles and name)."""
        self.run = state
        if titles is not None:
            self.titles = dict(titles)
        if workshop:
            self.workshop = workshop

    def reveal(self, source: str, section: int, shown: bool = True) -> None:
        """Show (or hide again) a section's results of ``source`` on the projector."""
        with self._lock:
            if shown:
                self.revealed.add((source, section))
            else:
                self.revealed.discard((source, section))

    def is_revealed(self, source: str, section: int) -> bool:
        with self._lock:
            return (source, section) in self.revealed

    def online(self, pid: str, session: str, connected: bool = True) -> None:
        """A participant's phone session connected or went away (several tabs count once)."""
        with self._lock:
            sessions = self._online.setdefault(pid, set())
            if connected:
                sessions.add(session)
            else:
                sessions.discard(session)

    def presence(self) -> list[tuple[str | None, bool]]:
        """(nickname or None, connected now) of every participant, named ones first by name."""
        with self._lock:
            online = {pid for pid, sessions in self._online.items() if sessions}
        people = self.room.people()
        return sorted(
            ((name, pid in online) for pid, name in people),
            key=lambda item: (item[0] is None, (item[0] or "").casefold()),
        )

    def rejoin(self, token: object) -> str | None:
        """The participant a phone's kept token stands for, or None when the room forgot it."""
        return token if isinstance(token, str) and self.room.known(token) else None

    def sections_csv(self) -> str:
        """The room's aggregates per section as CSV (role-plays and tallies apart)."""
        from coachkit.workshop.room_export import section_rows, sections_csv

        return sections_csv(section_rows(self.room.records(), self.titles))

    def report_pdf(self, lang: str) -> bytes:
        """The one-page PDF of the room's aggregates per section."""
        from coachkit.handouts.room_report import room_report

        return room_report(
            self.room.records(), self.titles, lang=lang, workshop=self.workshop or "coachkit"
        )

    # --- participants (delegated to the core room) ----------------------------------------------

    def join(
        self, nickname: str | None = None, *, device: str | None = None, address: str | None = None
    ) -> str:
        """A participant joins; returns their opaque id.

        One membership per phone: a device id that joined before gets its membership back, and
        one client address holds at most ``MEMBERS_PER_ADDRESS`` memberships (the laptop's own
        address, where the facilitator tries things out, is not limited); beyond that the
        address's latest membership is handed back instead of filling the room.
        """
        with self._lock:
            if device:
                pid = self._by_device.get(device)
                if pid is not None and self._known(pid):
                    return pid
            capped = address is not None and not _trusted(address)
            if capped:
                alive = self._alive(address)
                if len(alive) >= MEMBERS_PER_ADDRESS:
                    if device:
                        self._hold(device, alive[-1])
                    return alive[-1]
            pid = self.room.join(nickname)
            if device:
                self._hold(device, pid)
            if capped:
                self._per_address.setdefault(address, []).append(pid)
            return pid

    def _hold(self, device: str, pid: str) -> None:
        self._by_device[device] = pid
        if self.keep is not None:
            self.keep.device(device, pid)

    def _known(self, pid: str) -> bool:
        try:
            self.room.nickname(pid)
        except RoomError:
            return False
        return True

    def _alive(self, address: str) -> list[str]:
        pids = [p for p in self._per_address.get(address, []) if self._known(p)]
        self._per_address[address] = pids
        return pids

    def record_round(
        self,
        pid: str,
        summary: dict[str, Any],
        *,
        section: int | None = None,
        source: str = "roleplay",
    ) -> RoundRecord:
        """Store a round's numbers for ``pid`` (texts are ignored by the room)."""
        return self.room.record_round(pid, summary, section=section, source=source)

    def aggregates(self) -> Aggregates:
        """What the facilitator sees."""
        return self.room.aggregates()

    def participant_view(self, pid: str) -> list[dict[str, Any]]:
        """One participant's own rounds."""
        return self.room.participant_view(pid)


MEMBERS_PER_ADDRESS = 3
"""Room memberships one client address may hold (a phone with a second browser, say)."""


def _trusted(address: str | None) -> bool:
    """The laptop itself (loopback): the facilitator, tests and benches; never capped."""
    return address in (None, "", "127.0.0.1", "::1", "localhost")
