"""The end-of-round sound: a short bell made with the stdlib ``wave`` module, played by Flet.

Flet 1.0.5's prebuilt web client contains the ``Audio`` service (the flet-audio extension's
Dart side), so a tiny Python class with the same control name plays it without adding the
flet-audio package. Browsers play it after the page has had a click or key press, which the
facilitator has given by starting the countdown.
"""

from __future__ import annotations

import io
import math
import struct
import wave
from functools import cache

import flet as ft

RATE = 16_000


@cache
def chime_wav(seconds: float = 0.9, volume: float = 0.5) -> bytes:
    """A two-tone bell (A5 + E6, decaying) as 16-bit mono WAV bytes (about 29 kB)."""
    frames = bytearray()
    count = int(RATE * seconds)
    for i in range(count):
        x = i / RATE
        decay = math.exp(-4.0 * x)
        sample = 0.6 * math.sin(2 * math.pi * 880 * x) + 0.4 * math.sin(2 * math.pi * 1318.5 * x)
        attack = min(1.0, i / 80)  # no click at the start
        frames += struct.pack("<h", int(32767 * volume * decay * attack * sample))
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buf.getvalue()


@ft.control("Audio")
class Chime(ft.Service):
    """The client's Audio service with just what the chime needs."""

    src: str | bytes | None = None
    volume: ft.Number = 1.0

    async def play(self) -> None:
        """Play from the start."""
        await self._invoke_method(method_name="play", arguments={"position": 0})
