"""The typed summary of a role-play: what scoring makes, the store keeps and every screen shows.

``Summary.model_dump()`` is the JSON contract of ``coachkit practice --json`` (key ``summary``) and
what the live room reads (``overall``, ``commitment``, ``open_share``, ``reflection_ratio``, ...).
Every field has a default so that summaries saved by older versions still load.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MITI = {
    "reflection_ratio": {"fair": 1.0, "good": 2.0},
    "complex_share": {"fair": 0.4, "good": 0.5},
}
"""MITI 4.2 thresholds (Moyers, Manuel & Ernst 2014): reflections per question 1:1 fair, 2:1 good;
complex reflections 40 % fair, 50 % good. From clinical MI: an analogy when used for coaching."""


class Part(BaseModel):
    """One part of the overall score."""

    key: str
    name: str
    points: int
    max: int
    explanation: str


class Loss(BaseModel):
    """Points one turn lost, and why."""

    turn: int
    """The turn's number (1-based) in the transcript."""
    points: int
    part: str
    why: str


class Globals(BaseModel):
    """MITI-style global ratings, 1-5."""

    partnership: int = 1
    empathy: int = 1
    ownership: int = 1
    """Cultivating ownership: options and step in the supervisor's own words."""


class TurnNote(BaseModel):
    """Per-turn feedback kept with the summary."""

    turn: int
    coach: str
    kind: str | None = None
    intent: str | None = None
    reaction: str | None = None
    did: str = ""
    better: str | None = None
    taken_back: bool = False


class Summary(BaseModel):
    """Scores with their parts, the behaviour counts behind them and the turns that lost points."""

    model_config = ConfigDict(extra="allow")

    exercise: str = ""
    lang: str = "fi"
    mode: str = "free"
    done: bool = False
    overall: int = 0
    parts: list[Part] = []
    losses: list[Loss] = []
    globals: Globals = Field(default_factory=Globals)
    commitment: bool = False
    """The supervisor committed to a step of their own."""
    commitment_text: str | None = None
    hollow_commitment: bool = False
    ending: str | None = None
    open_share: float = 0.0
    questions: int = 0
    open: int = 0
    closed: int = 0
    leading: int = 0
    advice: int = 0
    advice_with_permission: int = 0
    why: int = 0
    stacked: int = 0
    reflections: int = 0
    complex_reflections: int = 0
    complex_share: float = 0.0
    accurate: int = 0
    off: int = 0
    absurd: int = 0
    reflection_ratio: float = 0.0
    reflection_band: str = "low"
    complex_band: str = "low"
    permission: int = 0
    pressing: int = 0
    affirm: int = 0
    grow_covered: list[str] = []
    turns: int = 0
    taken_back: int = 0
    trust: int = 50
    ownership_level: int = 50
    revealed: int = 0
    pieces: int = 0
    thresholds: dict[str, dict[str, float]] = Field(default_factory=lambda: dict(MITI))
    feedback: list[TurnNote] = []
    title: dict[str, str] | None = None
    """The exercise title in both languages (added by the app)."""
    transcript: list[dict[str, Any]] | None = None
    """The turns as ``Turn.to_dict()`` (added by the app)."""

    @classmethod
    def load(cls, data: Any) -> Summary:
        """A summary from stored data: a Summary, or a dict saved by any version.

        Stored rows are never an error: a count an older version kept as ``{"count": n}`` or a
        turn list where a number now stands is read as that number, a field that still does not
        fit keeps its default, and anything that is not a mapping is an empty summary."""
        if isinstance(data, Summary):
            return data
        raw = {str(k): v for k, v in data.items()} if isinstance(data, Mapping) else {}
        for key, value in list(raw.items()):
            if isinstance(value, Mapping) and "count" in value and key in COUNTS:
                raw[key] = value["count"]
            elif key == "turns" and isinstance(value, list):
                raw[key] = len(value)
        try:
            return cls.model_validate(raw)
        except ValidationError as error:
            bad = {str(e["loc"][0]) for e in error.errors() if e.get("loc")}
        try:
            return cls.model_validate({k: v for k, v in raw.items() if k not in bad})
        except ValidationError:
            return cls()

    def title_in(self, lang: str) -> str:
        """The exercise title in ``lang`` (the app adds it), else the exercise id."""
        return (self.title or {}).get(lang) or self.exercise


COUNTS = frozenset(
    name for name, field in Summary.model_fields.items() if field.annotation in (int, "int")
)
"""The whole-number fields: an older row may hold one as ``{"count": n}``."""
