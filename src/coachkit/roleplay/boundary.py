"""A line in the case the coach should name: their own stake, a colleague's matter,
confidentiality, or the power between coach and supervisor (the exercise's ``boundary``).

The kit's guide says a coach who is party to a matter steps out of that topic, and that colleagues'
matters do not belong in the coaching. A case writes that down as data; this module reads it:

* a turn that names the line (any of the ``cues``) gets the supervisor's ``named`` answer and, if
  the case says so, the piece it ``opens``; trust and ownership rise and partnership gains a point;
* a turn that draws out a piece over the line (``pieces``) or talks about the matter itself
  (``topic``, e.g. a colleague's name) crosses it: the learner sees ``note_crossed`` on that turn,
  and partnership loses a point for each crossing, tied to the turn in the summary;
* once it is named, the pieces over it stay unsaid (the supervisor keeps to the agreement): a
  question on their intent is answered as if the case had only the supervisor's own pieces;
* choice mode offers the ``offer`` turn as the best move while the line is unnamed: from the first
  turn if ``required``, else once the ``prompt`` piece has been said.

A ``required`` line is one the case can be completed well only by naming: its author gates the
option pieces with ``earned.after`` on the opened piece, so no commitment is reached without it.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from coachkit.content.models import Boundary, Exercise
from coachkit.roleplay.state import State

if TYPE_CHECKING:  # reactions imports this module
    from coachkit.roleplay.reactions import Outcome, Responder

NAMED_DELTA = (4, 3)
"""Trust and ownership change when the line is named."""
WORD = re.compile(r"\w+", re.UNICODE)
CROSSING_KINDS = ("open", "closed", "leading", "reflection")
"""Turn kinds that can cross the line by talking about its topic."""


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def matches(phrase: str, words: list[str]) -> bool:
    """Whether every word of ``phrase`` begins some word of the turn."""
    stems = _words(phrase)
    return bool(stems) and all(any(w.startswith(s) for w in words) for s in stems)


def named(state: State) -> bool:
    """Whether the coach has named the line in this round."""
    return state.counts["boundary"] > 0


class Line:
    """The boundary of one exercise in one language."""

    def __init__(self, spec: Boundary, lang: str):
        self.spec = spec
        self.lang = lang
        self.cues = spec.cues.get(lang)
        self.topic = spec.topic.get(lang) if spec.topic else []
        self.pieces = set(spec.pieces)

    def names(self, text: str) -> bool:
        """Whether the turn names the line."""
        words = _words(text)
        return any(matches(c, words) for c in self.cues)

    def touches(self, text: str) -> bool:
        """Whether the turn talks about the matter over the line."""
        words = _words(text)
        return any(matches(c, words) for c in self.topic)

    def answer(self, responder: Responder, state: State, turn_no: int) -> Outcome:
        """The supervisor's answer to a turn that names the line: the ``named`` line and, the first
        time, the piece it opens. Returns the responder's Outcome (reaction "boundary")."""
        from coachkit.roleplay.reactions import Outcome

        first = not named(state)
        state.counts["boundary"] += 1
        responder.case.withheld |= self.pieces
        lines = [x.get(self.lang) for x in self.spec.named]
        pick = random.Random(f"{responder.case.seed}:{turn_no}:named").randrange(len(lines))
        trust, ownership = NAMED_DELTA if first else (0, 0)
        outcome = Outcome("boundary", lines[pick], trust=trust, ownership=ownership)
        outcome.note = self.note("named")
        piece = responder.case.pieces.get(self.spec.opens) if self.spec.opens else None
        if first and piece is not None and piece.id not in state.revealed:
            outcome.reply += " " + responder.case.phrasing(piece, turn_no, state)
            responder._reveal(state, piece, outcome)
        return outcome

    def check(self, state: State, outcome: Outcome, kind: str, text: str, turn_no: int) -> None:
        """Marks a turn that crossed the line: feedback on it, a partnership point lost for it."""
        if outcome.reaction != "boundary" and self.crossed(state, outcome.revealed, kind, text):
            note = self.note("crossed")
            state.crossed.append((turn_no + 1, note))
            outcome.note = note

    def crossed(self, state: State, revealed: list[str], kind: str, text: str) -> bool:
        """Whether this turn crossed the line: it drew out a piece over it, or asked about or
        reflected the matter itself."""
        if self.pieces & set(revealed):
            return True
        return kind in CROSSING_KINDS and bool(self.topic) and self.touches(text)

    def note(self, kind: str) -> str:
        text = self.spec.note_named if kind == "named" else self.spec.note_crossed
        return text.get(self.lang) if text else ""


def line_for(exercise: Exercise, lang: str) -> Line | None:
    """The exercise's line, or None when it has none."""
    return Line(exercise.boundary, lang) if exercise.boundary else None


def best_move(exercise: Exercise, state: State, lang: str) -> str | None:
    """Choice mode: the naming turn while it is the best move, else None."""
    spec = exercise.boundary
    if spec is None or named(state):
        return None
    if spec.required or (spec.prompt and spec.prompt in state.revealed):
        return spec.offer.get(lang)
    return None


def withheld(exercise: Exercise, state: State, piece_id: str) -> bool:
    """Once the line is named, the supervisor keeps to the agreement: pieces over it stay unsaid."""
    spec = exercise.boundary
    return spec is not None and named(state) and piece_id in spec.pieces


def partnership(state: State) -> int:
    """Change to the partnership rating: +1 for naming the line, -1 per crossing."""
    return (1 if named(state) else 0) - len(state.crossed)
