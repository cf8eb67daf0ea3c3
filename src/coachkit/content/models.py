"""Pydantic models of all coachkit content: exercises, methods, skills, question sets, guides, plans.

Content is inert data: one TOML file per item under ``exercises/<kind>/``, validated by these models
with ``extra="forbid"`` so that a typo in a field name is an error, not a silently ignored key.
Every localised text is a :class:`LocalizedText` with both ``fi`` and ``en``.

How to change the schema
------------------------
1. Make the change in the models below. Adding an *optional* field with a default needs nothing else.
2. For any change that makes old files invalid (a renamed, removed or newly required field, a changed
   type), raise ``SCHEMA_VERSION`` by one and add a function to ``UPGRADES`` in ``content/upgrade.py``
   keyed by the *old* version. It takes the raw dict of an old file and returns the dict in the new
   shape, with ``schema_version`` raised. The loader runs every upgrade from a file's version up to
   the current one before validating, so facilitators' old files keep working.
3. Keep a fixture of the old version under ``tests/fixtures/schema_v<N>/`` and a test that it loads.
4. Regenerate the JSON Schema (``python -m coachkit.content.schema``) and the built-in files, if you
   want them in the new shape: ``coachkit validate`` shows what an upgrade would have to touch.
5. Files newer than ``SCHEMA_VERSION`` are refused with a message that asks for a newer coachkit.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
LANGS = ("fi", "en")

Lang = Literal["fi", "en"]
Stage = Literal["goal", "reality", "options", "will"]
STAGES: tuple[Stage, ...] = ("goal", "reality", "options", "will")
Level = Literal["beginner", "intermediate", "advanced"]
Audience = Literal["subordinate", "supervisor", "both", "facilitator"]
BlockKind = Literal[
    "intro",
    "method-talk",
    "demonstration",
    "solo-practice",
    "triad-round",
    "fishbowl",
    "troika",
    "reflecting-team",
    "feedforward",
    "observed-session",
    "debrief",
    "break",
]
TallyMark = Literal[
    "open", "closed", "leading", "advice", "reflection", "summary", "interruption", "silence"
]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("text is empty")
    return value


Text = Annotated[str, AfterValidator(_not_blank)]
ItemId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]


class Strict(BaseModel):
    """Base of every content model: unknown fields are errors, objects are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(Strict):
    """A text in both languages of the kit; neither may be missing or blank."""

    fi: Text
    en: Text

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("fi" or "en"); English for any other language."""
        return self.fi if lang == "fi" else self.en


class Versioned(Strict):
    """Fields every content file carries."""

    schema_version: int = Field(ge=1, le=SCHEMA_VERSION)
    id: ItemId
    title: LocalizedText
    summary: LocalizedText


# --- exercises (role-plays) -------------------------------------------------------------------


class Persona(Strict):
    """The simulated supervisor the participant coaches."""

    name: LocalizedText
    role: LocalizedText
    brief: LocalizedText
    """Private brief: what the supervisor knows and feels; printed on the coachee's role card."""


class Material(Strict):
    """A piece the supervisor has not said yet, brought out by a good question on its GROW stage."""

    stage: Stage
    text: LocalizedText
    cues: list[Annotated[str, Field(min_length=2, max_length=40)]] = []
    """Topic cues: lower-case word stems in either language ("palaver", "meeting"). A question that
    contains a word starting with a cue prefers this piece over others of the same stage."""


_T = TypeVar("_T")


def _at_least_one(items: list[_T]) -> list[_T]:
    if not items:
        raise ValueError("needs at least one entry")
    return items


Lines = Annotated[list[LocalizedText], AfterValidator(_at_least_one)]


class Replies(Strict):
    """How the supervisor answers, by how the coach asked. One line is picked by the session seed."""

    closed: Lines
    """A short answer to a yes/no or one-fact question."""
    leading: Lines
    """Polite resistance to a question that carries the coach's own solution."""
    advice: Lines
    """Hollow agreement or resistance to advice."""
    why: Lines
    """A defensive justification to a why-question."""
    reflection: Lines
    """Elaboration after being heard; the engine appends what the reflection brought out."""
    stacked: Lines
    """Said before answering only the last of several questions."""
    other: Lines
    """A neutral answer to small talk, thanks or structuring."""
    unclear: Lines
    """Asking what the coach means (garbage, off-topic)."""
    exhausted: Lines
    """An open question on a stage with nothing left to reveal."""
    hollow_commitment: Lines
    """Closing on the coach's advice rather than a step of their own."""


class Commitment(Strict):
    """The step of the supervisor's own that ends a successful session."""

    text: LocalizedText
    needs: list[Stage] = ["goal", "reality", "options"]
    """Stages from which something must have come out before the supervisor can commit."""


class ChoiceOption(Strict):
    """One turn offered in choice mode; the engine analyses its text like a typed turn."""

    text: LocalizedText
    best: bool = False
    feedback: LocalizedText
    """Why this option helps or what it teaches, shown after it is picked."""


class ChoiceTurn(Strict):
    """A set of 3-4 options for one coach turn in choice mode, exactly one of them the best."""

    options: list[ChoiceOption] = Field(min_length=3, max_length=4)

    @model_validator(mode="after")
    def _one_best(self) -> ChoiceTurn:
        if sum(option.best for option in self.options) != 1:
            raise ValueError("exactly one option must have best = true")
        return self


class Exercise(Versioned):
    """A role-play scenario: a supervisor with a real work issue, coached by the participant."""

    level: Level
    methods: list[ItemId] = []
    skills: list[ItemId] = []
    situation: LocalizedText
    persona: Persona
    opening: LocalizedText
    learning_goals: Lines
    material: list[Material] = Field(min_length=4)
    replies: Replies
    commitment: Commitment
    choice_turns: list[ChoiceTurn] = Field(min_length=3)
    max_turns: int = Field(default=16, ge=4, le=200)

    @model_validator(mode="after")
    def _every_stage_has_material(self) -> Exercise:
        missing = [s for s in STAGES if not any(m.stage == s for m in self.material)]
        if missing:
            raise ValueError(f"material is missing for GROW stage(s): {', '.join(missing)}")
        return self


# --- methods, skills, guides --------------------------------------------------------------------


class MethodStep(Strict):
    """One step of a method, with example questions for it."""

    name: LocalizedText
    description: LocalizedText
    stage: Stage | None = None
    questions: list[LocalizedText] = []


class Method(Versioned):
    """A coaching method or model (GROW, solution-focused questions, ...)."""

    origin: LocalizedText
    """Who developed it, when, where it comes from."""
    steps: list[MethodStep] = Field(min_length=1)
    upward: LocalizedText
    """How to use it when coaching your own supervisor."""
    pitfalls: Lines
    sources: list[str] = []


class Behaviour(Strict):
    """An observable behaviour an observer can tick."""

    id: ItemId
    text: LocalizedText
    tally: TallyMark | None = None
    """The observer tally button this behaviour counts under, if any."""


class Skill(Versioned):
    """A coaching skill with behaviours an observer can see."""

    why: LocalizedText
    """Why it matters when coaching one's own supervisor."""
    behaviours: list[Behaviour] = Field(min_length=2)
    practice: Lines
    """Short practice tips."""


class GuideSection(Strict):
    """One question of the source article answered for one or both sides."""

    id: ItemId
    question: LocalizedText
    audience: Audience = "both"
    body: Lines
    """Paragraphs."""
    points: list[LocalizedText] = []
    """Bullet points after the paragraphs."""


class Guide(Versioned):
    """A guide for subordinates, supervisors or both."""

    audience: Audience = "both"
    sections: list[GuideSection] = Field(min_length=1)


# --- question bank -----------------------------------------------------------------------------


class Question(Strict):
    """A question bank entry."""

    id: ItemId
    text: LocalizedText
    stage: Stage | None = None
    """GROW stage; leave it out for a question that fits none (a check of the contract)."""
    kind: Literal["open", "closed"] = "open"
    """The kind the analyser is expected to find."""
    method: ItemId | None = None
    tags: list[Annotated[str, Field(pattern=r"^[a-z0-9-]+$")]] = []


class QuestionSet(Versioned):
    """A file of question bank entries, usually one method's or one theme's."""

    method: ItemId | None = None
    """The method every entry belongs to unless it names its own."""
    questions: list[Question] = Field(min_length=1)


# --- workshop plans ----------------------------------------------------------------------------


class Block(Strict):
    """One block of a workshop plan."""

    kind: BlockKind
    title: LocalizedText
    minutes: int = Field(ge=1, le=480)
    exercise: ItemId | None = None
    method: ItemId | None = None
    notes: LocalizedText | None = None
    debrief: list[LocalizedText] = []


class Plan(Versioned):
    """A workshop template: blocks with timings."""

    start: str = Field(default="09:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    audience: Audience = "subordinate"
    materials: list[LocalizedText] = []
    blocks: list[Block] = Field(min_length=1)

    @property
    def minutes(self) -> int:
        """Total length of the plan in minutes."""
        return sum(block.minutes for block in self.blocks)


Item = Exercise | Method | Skill | QuestionSet | Guide | Plan

MODELS: dict[str, type[Item]] = {
    "exercise": Exercise,
    "method": Method,
    "skill": Skill,
    "question": QuestionSet,
    "guide": Guide,
    "plan": Plan,
}
"""Kind of content -> its model. The kind is the name of the folder a file sits in."""
