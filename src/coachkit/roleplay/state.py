"""Plain values of a role-play: the supervisor's inner state, one turn's effects, one turn."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

TRUST_START = 50
OWNERSHIP_START = 50
OWNERSHIP_TO_COMMIT = 55
"""The supervisor commits to a step of their own only when they own the issue at least this much."""
TRUST_GUARDED = 30
"""Below this trust the supervisor answers even open questions guardedly."""
HOLLOW_AFTER = 3
"""After this many pieces of unasked advice and leading questions the supervisor gives in."""


@dataclass
class State:
    """What the simulated supervisor feels and has said so far. Every score is derived from this.

    trust: 0-100, how safe the supervisor feels with the coach.
    ownership: 0-100, how much the issue and its solution are still the supervisor's own.
    """

    trust: int = TRUST_START
    ownership: int = OWNERSHIP_START
    revealed: list[str] = field(default_factory=list)
    """Ids of the pieces said in full, in the order they came out."""
    said: list[str] = field(default_factory=list)
    """Everything the supervisor has said: the opening and each reply."""
    asked: list[str] = field(default_factory=list)
    """GROW stages the coach asked about, in first-asked order."""
    intents: Counter[str] = field(default_factory=Counter)
    """How often each intent was asked."""
    current: str = "reality"
    """The stage the conversation is on."""
    last_piece: str | None = None
    counts: Counter[str] = field(default_factory=Counter)
    """Turns by kind and verdict: open, closed, leading, advice, why, reflection, accurate, ..."""
    options: list[str] = field(default_factory=list)
    """Option pieces the supervisor has named, in order."""
    chosen: str | None = None
    will: list[str] = field(default_factory=list)
    """Will-stage intents answered."""
    permission: str | None = None
    """"yes", "no" or None: the answer to the last request for permission."""
    ideas_ok: bool = False
    """The supervisor agreed to hear the coach's idea."""
    advice_texts: list[str] = field(default_factory=list)
    last_line: dict[str, int] = field(default_factory=dict)
    phrased: dict[str, int] = field(default_factory=dict)
    """Which phrasing of each piece was said: referring back to it quotes that one."""
    shorts: list[str] = field(default_factory=list)
    """Pieces whose short answer a closed question got (a short answer says the piece only in
    part, so it stays unsaid): another closed question on one gets a plain yes or no."""
    corrections: list[str] = field(default_factory=list)
    """The sentences said again to correct a reflection that missed, in order."""
    committed: bool = False
    hollow: bool = False
    done: bool = False
    ending: str | None = None
    """"commit", "hollow", "close" or "turns_over" once the session has ended."""
    commitment_text: str | None = None
    crossed: list[tuple[int, str]] = field(default_factory=list)
    """Turns that crossed the case's boundary (see :mod:`.boundary`), with what the learner saw."""

    @property
    def unasked_advice(self) -> int:
        """Advice plus leading questions given without permission."""
        return self.counts["advice"] + self.counts["leading"]

    @property
    def questions(self) -> int:
        """Questions so far (open, closed and leading turns)."""
        return self.counts["open"] + self.counts["closed"] + self.counts["leading"]


@dataclass(frozen=True)
class Effects:
    """What one turn changed, so that the participant can see why the score moved."""

    reaction: str
    """How the supervisor reacted: answer, short, repeat, unknown, later, guarded, accurate, deep,
    off, absurd, permission_yes, permission_no, close, pressing, choose, not_ready, not_owned,
    commit, closed, leading, advice, advice_ok, why, other, unclear, hollow."""
    stage: str | None
    trust: int
    ownership: int
    intent: str = "other"
    revealed: tuple[str, ...] = ()
    """Ids of the pieces this turn brought out."""
    stacked: bool = False
    complex: bool | None = None
    """For a reflection: whether it was complex."""
    reflected: str | None = None
    """For a question said after a reflection in the same turn: the reflection's verdict
    (accurate, deep, off or absurd)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "reaction": self.reaction,
            "intent": self.intent,
            "stage": self.stage,
            "trust": self.trust,
            "ownership": self.ownership,
            "revealed": list(self.revealed),
            "stacked": self.stacked,
            "complex": self.complex,
            "reflected": self.reflected,
        }


@dataclass(frozen=True)
class Feedback:
    """What the turn did and, where there is one, a better alternative."""

    did: str
    better: str | None = None
    tips: tuple[str, ...] = ()
    option: str | None = None
    """For a picked choice-mode option: what kind of move it was."""
    best: bool | None = None
    """Whether a picked option was the best one (None in free mode)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "did": self.did,
            "better": self.better,
            "tips": list(self.tips),
            "option": self.option,
            "best": self.best,
        }


@dataclass(frozen=True)
class Turn:
    """One coach turn and the supervisor's answer to it."""

    index: int
    coach: str
    analysis: Any
    reply: str
    effects: Effects
    feedback: Feedback
    pick: int | None = None
    """The option number shown to the participant, for a choice-mode turn."""
    taken_back: bool = False
    """The participant took this turn back; it no longer counts."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the analysis flattened."""
        analysis = self.analysis.to_dict() if hasattr(self.analysis, "to_dict") else {}
        return {
            "index": self.index,
            "coach": self.coach,
            "pick": self.pick,
            "analysis": analysis,
            "reply": self.reply,
            "effects": self.effects.to_dict(),
            "feedback": self.feedback.to_dict(),
            "taken_back": self.taken_back,
        }
