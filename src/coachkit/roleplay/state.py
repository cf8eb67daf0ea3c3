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
"""After this many pieces of advice and leading questions the supervisor gives in (hollowly)."""


@dataclass
class State:
    """What the simulated supervisor feels and has said so far. Every score is derived from this.

    trust: 0-100, how safe the supervisor feels with the coach.
    ownership: 0-100, how much the issue and its solution are still the supervisor's own.
    insight: 0-100, the share of hidden material the supervisor has put into words.
    """

    trust: int = TRUST_START
    ownership: int = OWNERSHIP_START
    insight: int = 0
    revealed: list[int] = field(default_factory=list)
    """Indices into the exercise's material, in the order they came out."""
    asked: list[str] = field(default_factory=list)
    """GROW stages the coach asked (open or closed) questions about, in first-asked order."""
    current: str = "reality"
    """The stage the conversation is on: where a reflection or a stage-less question lands."""
    counts: Counter = field(default_factory=Counter)
    """Turns by kind: open, closed, leading, advice, why, reflection, stacked, other..."""
    last_line: dict[str, int] = field(default_factory=dict)
    committed: bool = False
    hollow: bool = False
    done: bool = False
    ending: str | None = None
    """"commit", "hollow" or "turns_over" once the session has ended."""

    @property
    def advice_given(self) -> int:
        """Advice plus leading questions so far."""
        return self.counts["advice"] + self.counts["leading"]

    @property
    def questions(self) -> int:
        """Questions so far (open, closed and leading turns)."""
        return self.counts["open"] + self.counts["closed"] + self.counts["leading"]


@dataclass(frozen=True)
class Effects:
    """What one turn changed, so that the participant can see why the score moved."""

    reaction: str
    """How the supervisor reacted: open, exhausted, not_ready, guarded, commit, closed, leading,
    advice, why, reflection, other, unclear, hollow (a stacked turn carries the last question's)."""
    stage: str | None
    trust: int
    ownership: int
    insight: int
    revealed: tuple[str, ...] = ()
    """The texts of the hidden pieces this turn brought out."""
    stacked: bool = False

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "reaction": self.reaction,
            "stage": self.stage,
            "trust": self.trust,
            "ownership": self.ownership,
            "insight": self.insight,
            "revealed": list(self.revealed),
            "stacked": self.stacked,
        }


@dataclass(frozen=True)
class Feedback:
    """What the turn did and, where there is one, a better alternative."""

    did: str
    better: str | None = None
    tips: tuple[str, ...] = ()
    option: str | None = None
    """The authored feedback of a picked choice-mode option."""
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
        }
