"""The facilitator code: 40 random bits that are easy to type, and a per-client back-off.

The code is eight characters of Crockford's base32 (digits and capitals without I, L, O and U),
shown on the laptop as ``K7QM-4RTA``. Typing forgives case, spaces, dashes and the look-alikes
O/0 and I/L/1. It is kept in the data folder (``facilitator-code``), so a restarted server keeps
the code the facilitator already typed.

Guessing is slowed per client address, never for the room as a whole: after a few wrong codes
each further attempt from that address waits its turn (1, 2, 4 ... 30 s apart). An attempt is
always checked when its turn comes, so the right code is never refused - a facilitator who
mistyped waits a moment; a phone that guesses waits ever longer, and the facilitator at another
address does not wait at all.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base32: 32 symbols, 5 bits each, no I, L, O or U."""
LENGTH = 8
"""Characters in a code: 8 x 5 = 40 bits."""
CODE_FILE = "facilitator-code"
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})

FREE_TRIES = 5
"""Wrong codes a client may type before it has to wait between attempts."""
MAX_STEP = 30.0
"""The longest wait between two attempts of one client, in seconds."""
MAX_QUEUE = 120.0
"""An attempt that would wait longer than this is turned away unchecked (a flood, not a person)."""
FORGET_AFTER = 900.0
"""A client's wrong tries are forgotten after this many quiet seconds."""
MAX_CLIENTS = 4096


def new_code(rng: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code, 40 random bits, as eight base32 characters."""
    return "".join(ALPHABET[rng(32)] for _ in range(LENGTH))


def normalise(typed: str) -> str:
    """What the person meant: capitals, no spaces or dashes, look-alikes read as digits."""
    if not isinstance(typed, str):
        return ""
    kept = "".join(ch for ch in typed[:64] if not ch.isspace() and ch not in "-_.")
    return kept.upper().translate(_LOOK_ALIKES)


def valid(code: str) -> bool:
    """True for a well-formed code (eight characters of the alphabet)."""
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)


def shown(code: str) -> str:
    """The code as the laptop shows it: two groups of four."""
    return f"{code[:4]}-{code[4:]}"


def load_or_create(folder: Path | None) -> tuple[str, str | None]:
    """The code kept in ``folder`` (made and saved when missing).

    Returns:
        (code, problem): ``problem`` is one line for the facilitator when the code could not be
        kept (read-only folder): the code then changes at the next start.
    """
    if folder is None:
        return new_code(), None
    path = Path(folder) / CODE_FILE
    try:
        if path.is_file() and path.stat().st_size <= 64:
            text = normalise(path.read_text(encoding="ascii", errors="replace"))
            if valid(text):
                return text, None
    except OSError:
        pass
    code = new_code()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{CODE_FILE}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(code + "\n")
        os.replace(tmp, path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return code, f"the facilitator code cannot be kept in {path.parent} ({reason}); " + (
            "it changes when the server restarts"
        )
    return code, None


@dataclass
class _Client:
    failures: int = 0
    next_free: float = 0.0
    last: float = 0.0


class CodeGuard:
    """Checks typed codes against the facilitator code with a back-off per client.

    Args:
        code: the facilitator code (normalised).
        clock: monotonic seconds.
        sleep: how an attempt waits its turn (``asyncio.sleep``; tests pass a fake).
    """

    def __init__(
        self,
        code: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.code = normalise(code)
        self.clock = clock
        self.sleep = sleep
        self._clients: OrderedDict[str, _Client] = OrderedDict()
        self._lock = threading.Lock()

    def matches(self, typed: str) -> bool:
        """True when ``typed`` is the code (constant-time comparison)."""
        return hmac.compare_digest(normalise(typed).encode(), self.code.encode())

    @staticmethod
    def step(failures: int) -> float:
        """Seconds between attempts after ``failures`` wrong codes."""
        if failures < FREE_TRIES:
            return 0.0
        return min(MAX_STEP, 2.0 ** (failures - FREE_TRIES))

    def _client(self, who: str, now: float) -> _Client:
        client = self._clients.get(who)
        if client is None or now - client.last > FORGET_AFTER:
            client = _Client(last=now)
        self._clients[who] = client
        self._clients.move_to_end(who)
        while len(self._clients) > MAX_CLIENTS:
            self._clients.popitem(last=False)
        return client

    def wait_for(self, who: str) -> float:
        """Seconds the next attempt of ``who`` would wait (0 for a client with few mistakes)."""
        now = self.clock()
        with self._lock:
            client = self._clients.get(who)
            if client is None or now - client.last > FORGET_AFTER:
                return 0.0
            return max(0.0, client.next_free - now)

    async def attempt(self, typed: str, who: str) -> bool:
        """Check ``typed`` for client ``who`` when its turn comes; True for the right code."""
        now = self.clock()
        with self._lock:
            client = self._client(who, now)
            slot = max(now, client.next_free)
            if slot - now > MAX_QUEUE:
                return False
            client.next_free = slot + self.step(client.failures)
        if slot > now:
            await self.sleep(slot - now)
        ok = self.matches(typed)
        with self._lock:
            client = self._client(who, self.clock())
            if ok:
                self._clients.pop(who, None)
            else:
                client.failures += 1
                client.last = self.clock()
                client.next_free = max(client.next_free, client.last + self.step(client.failures))
        if not ok:
            log.info("wrong facilitator code from %s", who)
        return ok
