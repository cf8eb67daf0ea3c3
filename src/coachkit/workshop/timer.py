"""The projector's countdown through a workshop's blocks: a pure object the UI polls.

Keys the projector view maps: space toggles pause and resume, ``n`` moves to the next block, ``p``
back to the previous one, ``+`` adds a minute.
Time comes from an injected monotonic clock, so every state can be replayed in a test.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

from coachkit.workshop.agenda import Agenda


class Timer:
    """Counts down each block in turn.

    Args:
        seconds: length of each block in seconds, in order (at least one).
        clock: monotonic seconds.
        labels: optional names of the blocks, for display.
    """

    def __init__(
        self,
        seconds: Sequence[float],
        clock: Callable[[], float] = time.monotonic,
        labels: Sequence[str] | None = None,
    ) -> None:
        if not seconds or any(s <= 0 for s in seconds):
            raise ValueError("a timer needs at least one block, each longer than 0 seconds")
        if labels is not None and len(labels) != len(seconds):
            raise ValueError("labels and seconds must have the same length")
        self._lengths = [float(s) for s in seconds]
        self._labels = list(labels) if labels is not None else [""] * len(seconds)
        self._clock = clock
        self._index = 0
        self._used = 0.0
        self._since: float | None = None
        self._done = False

    @classmethod
    def from_agenda(
        cls, agenda: Agenda, clock: Callable[[], float] = time.monotonic, lang: str = "en"
    ) -> Timer:
        """A timer over an agenda's blocks, labelled with their titles in ``lang``."""
        return cls(
            [e.block.minutes * 60 for e in agenda.entries],
            clock,
            [e.block.title.get(lang) for e in agenda.entries],
        )

    # --- state ----------------------------------------------------------------------------------

    @property
    def index(self) -> int:
        """The current block."""
        return self._index

    @property
    def label(self) -> str:
        """The current block's label."""
        return self._labels[self._index]

    @property
    def running(self) -> bool:
        """True while counting down."""
        return self._since is not None

    @property
    def done(self) -> bool:
        """True after ``next_block`` past the last block."""
        return self._done

    def used(self) -> float:
        """Seconds spent on the current block, pauses excluded."""
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._used + running

    def remaining(self) -> int:
        """Whole seconds left in the current block (rounded up; 0 when time is up)."""
        return max(0, math.ceil(self._lengths[self._index] - self.used() - 1e-9))

    @property
    def finished(self) -> bool:
        """True when the current block's time is up."""
        return self.remaining() == 0

    def overtime(self) -> int:
        """Whole seconds spent past the current block's end (0 while time is left)."""
        return max(0, math.floor(self.used() - self._lengths[self._index]))

    # --- controls -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start or resume counting (no effect when running or done)."""
        if self._since is None and not self._done:
            self._since = self._clock()

    def pause(self) -> None:
        """Pause counting (no effect when paused)."""
        if self._since is not None:
            self._used += self._clock() - self._since
            self._since = None

    def toggle(self) -> None:
        """Space: pause when running, resume when paused."""
        if self.running:
            self.pause()
        else:
            self.start()

    def next_block(self) -> None:
        """``n``: go to the next block, keeping the run state; past the last block, stop (done)."""
        was_running = self.running
        self.pause()
        if self._index + 1 >= len(self._lengths):
            self._done = True
            self._used = self._lengths[self._index]
            return
        self._index += 1
        self._used = 0.0
        if was_running:
            self.start()

    def previous_block(self) -> None:
        """``p``: back to the previous block from its start (or from the last one after done)."""
        was_running = self.running
        self.pause()
        if self._done:
            self._done = False
        elif self._index > 0:
            self._index -= 1
        self._used = 0.0
        if was_running:
            self.start()

    def add_seconds(self, seconds: float) -> None:
        """Lengthen (or, negative, shorten) the current block; never below what is already used."""
        self._lengths[self._index] = max(self.used(), self._lengths[self._index] + seconds, 1.0)

    def key(self, key: str) -> None:
        """Apply a projector key: ``" "`` toggles, ``"n"`` moves on, ``"p"`` goes back, ``"+"``
        adds a minute; others are ignored."""
        if key == " ":
            self.toggle()
        elif key.lower() == "n":
            self.next_block()
        elif key.lower() == "p":
            self.previous_block()
        elif key == "+":
            self.add_seconds(60)
