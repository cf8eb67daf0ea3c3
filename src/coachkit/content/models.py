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

SCHEMA_VERSION = 2
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


# --- intents and exercises (role-plays) --------------------------------------------------------

IntentId = Literal[
    "topic",
    "outcome",
    "success",
    "facts",
    "own_part",
    "feelings",
    "tried",
    "hardest",
    "matters_most",
    "others_views",
    "cost_of_no_change",
    "strengths",
    "exceptions",
    "options",
    "more_options",
    "choose",
    "first_step",
    "when",
    "obstacles",
    "support",
    "scale",
    "know_it_worked",
    "permission",
    "check_summary",
    "other",
]
"""What a coach's turn can ask about. ``other`` asks about nothing in the catalogue."""
INTENTS: tuple[str, ...] = IntentId.__args__  # type: ignore[attr-defined]
OPTION_INTENTS = ("options", "more_options")
WILL_INTENTS = ("choose", "first_step", "when", "obstacles", "support")
"""The will-stage questions of which the supervisor must answer two before committing."""


class Examples(Strict):
    """Example coach turns of one intent, per language."""

    fi: list[Text] = Field(min_length=8)
    en: list[Text] = Field(min_length=8)

    def get(self, lang: str) -> list[str]:
        return self.fi if lang == "fi" else self.en


class IntentCues(Strict):
    """Words and phrases that point at one intent, per language: a class of wording, not sentences.

    Each cue is matched at the start of a word of the normalised turn (spoken forms written out),
    so "vaihtoeh" covers every inflection of "vaihtoehto" and "how many" matches only as a phrase.
    The router's learned model weighs how much each intent's cues count.
    """

    fi: list[Text] = Field(default_factory=list)
    en: list[Text] = Field(default_factory=list)

    def get(self, lang: str) -> list[str]:
        return self.fi if lang == "fi" else self.en


class Intent(Versioned):
    """One thing a coach can ask about: its GROW stage and example phrasings for the matcher."""

    id: IntentId
    stage: Stage | None = None
    """GROW stage; none for permission, summaries and ``other``."""
    examples: Examples
    """At least eight phrasings per language, written for the catalogue: the matcher's data."""
    ask: LocalizedText | None = None
    """The model open question offered in choice mode (default: the first example)."""
    cues: IntentCues = Field(default_factory=IntentCues)
    """Word starts and phrases typical of this intent (features for the router's learned model)."""


class Permission(Strict):
    """How the supervisor answers a request for permission or collaboration."""

    trust: int = Field(default=40, ge=0, le=100)
    """The supervisor says yes at or above this trust (it starts at 50)."""
    ideas: Literal["yes", "after_options", "no"] = "after_options"
    """An offer to share the coach's own idea: yes, only after they named options themselves, no."""


class Persona(Strict):
    """The simulated supervisor the participant coaches."""

    name: LocalizedText
    role: LocalizedText
    brief: LocalizedText
    """Private brief: what the supervisor knows and feels; printed on the coachee's role card."""
    permission: Permission = Permission()


class Earned(Strict):
    """When a piece may come out: every condition given must hold."""

    trust: int | None = Field(default=None, ge=0, le=100)
    """Trust at least this."""
    reflection: bool = False
    """Only right after an accurate reflection."""
    after: ItemId | None = None
    """Only once this other piece has come out."""


_T = TypeVar("_T")


def _at_least_one(items: list[_T]) -> list[_T]:
    if not items:
        raise ValueError("needs at least one entry")
    return items


def _none_or_two(items: list[_T]) -> list[_T]:
    if len(items) == 1:
        raise ValueError("needs two or more lines, or none for the engine's own")
    return items


Lines = Annotated[list[LocalizedText], AfterValidator(_at_least_one)]
MaybeLines = list[LocalizedText]
VoiceLines = Annotated[list[LocalizedText], AfterValidator(_none_or_two)]


class Piece(Strict):
    """Something the supervisor knows, said when a coach asks one of its intents."""

    id: ItemId
    intents: list[IntentId] = Field(min_length=1)
    """The intents this piece answers, best first."""
    say: list[LocalizedText] = Field(min_length=2)
    """Two or more phrasings; the session seed picks one."""
    short: LocalizedText | None = None
    """The answer to a closed question on this piece (yes, no, a number). Default: the first
    sentence of the phrasing."""
    gist: LocalizedText | None = None
    """The piece in a few words, as a coach would reflect it ("the update round eats the hour"):
    used for model reflections in choice mode and in the summary."""
    step: LocalizedText | None = None
    """For an option, a when or a support piece: the first-person sentence that goes into the
    composed commitment ("I'll ask the team on Monday...")."""
    earned: Earned | None = None


class Replies(Strict):
    """How the supervisor answers, by how the coach asked. One line is picked by the session seed.

    Lines marked optional fall back to the engine's own neutral lines in the session's language.
    """

    closed: Lines
    """A short answer to a yes/no question the case has no answer for."""
    leading: Lines
    """Polite resistance to a question that carries the coach's own solution."""
    advice: Lines
    """Hollow agreement or resistance to advice."""
    why: Lines
    """A defensive justification to a why-question."""
    stacked: Lines
    """Said before answering only the last of several questions."""
    other: Lines
    """A neutral answer to small talk, thanks or structuring."""
    unclear: Lines
    """Asking what the coach means (garbage, off-topic)."""
    hollow_commitment: Lines
    """Closing on the coach's advice rather than a step of their own."""
    unknown: MaybeLines = []
    """Optional. In character, when the case has nothing on what was asked ("Hard to say...")."""
    refer_back: MaybeLines = []
    """Optional. Before repeating what was said already ("Like I said, ...")."""
    confirm: MaybeLines = []
    """Optional. After an accurate reflection, before going deeper ("Yes, exactly.")."""
    correct: MaybeLines = []
    """Optional. After an off-the-mark reflection, before the correction ("Not quite, ...")."""
    puzzled: MaybeLines = []
    """Optional. After an unrelated or absurd reflection."""
    permission_yes: MaybeLines = []
    """Optional. Yes to a request for permission or collaboration."""
    idea_yes: MaybeLines = []
    """Optional. Yes to "may I share an idea?": asking to hear it ("Sure, let's hear it.")."""
    leave_yes: MaybeLines = []
    """Optional. A short go-ahead to leave asked in the same turn as what it asks leave for
    ("Can I say what I'm hearing? You ..."), before the answer to that: no "yes" of its own,
    since the answer may start with one ("Go ahead.")."""
    small_talk: MaybeLines = []
    """Optional. To a small-talk question before the work starts ("Fine, thanks. Good that we
    found a moment for this.")."""
    permission_no: MaybeLines = []
    """Optional. A polite no."""
    choose: MaybeLines = []
    """Optional. Before naming the option they choose ("If I pick one, it's this:")."""
    commit: MaybeLines = []
    """Optional. Before the composed commitment ("Okay. So:")."""
    close: MaybeLines = []
    """Optional. To a respectful close after a no."""
    not_ready: VoiceLines = []
    """Optional, two or more. Pushed for a commitment too early (a will question before they
    have named options), in the supervisor's own voice ("What would I even be choosing from?")."""


class Commitment(Strict):
    """How the supervisor's own step is earned; its text is composed from the session."""

    will_answers: int = Field(default=2, ge=1, le=5)
    """Will-stage questions (choose, first step, when, obstacles, support) answered first."""
    options_named: int = Field(default=2, ge=1, le=5)
    """Options the supervisor must have named before choosing."""


Distractor = Literal["closed", "leading", "advice", "why", "curiosity", "rescue", "reflection"]


class ChoiceDistractor(Strict):
    """A case-specific weaker turn offered in choice mode next to the engine's own."""

    kind: Distractor
    text: LocalizedText
    stage: Stage | None = None
    """Offer it only when the conversation is on this stage (any stage if left out)."""


class Cues(Strict):
    """Short phrases per language; a phrase matches a turn when each of its words begins a word
    of the turn (so "luottamuksel" matches "luottamuksellinen", "koskee mua" both words)."""

    fi: list[Text] = Field(min_length=1)
    en: list[Text] = Field(min_length=1)

    def get(self, lang: str) -> list[str]:
        return self.fi if lang == "fi" else self.en


BoundaryKind = Literal["stake", "colleague", "confidential", "power"]


class Boundary(Strict):
    """A line in this case that the coach should name: their own stake in the matter, a
    colleague's matter, confidentiality, or the power between coach and supervisor. Naming it is
    scored as right; drawing out what lies over it costs partnership."""

    kind: BoundaryKind
    cues: Cues
    """How a coach names it: any one phrase in the turn."""
    named: Lines
    """What the supervisor answers when it is named (the agreement on how to handle it)."""
    note_named: LocalizedText
    """Feedback on the turn that named it."""
    offer: LocalizedText
    """The model turn naming it, offered as the best move in choice mode."""
    opens: ItemId | None = None
    """The piece the supervisor says right after it is named."""
    pieces: list[ItemId] = []
    """Pieces over the line: a turn that draws one out crosses it."""
    topic: Cues | None = None
    """Words of the matter over the line (a colleague's name): a turn using one crosses it."""
    note_crossed: LocalizedText | None = None
    """Feedback on a turn that crossed it (needed with ``pieces`` or ``topic``)."""
    required: bool = False
    """The case ends well only once it is named (gate the options with ``earned.after`` on
    ``opens``); choice mode offers naming as the best move from the first turn."""
    prompt: ItemId | None = None
    """Choice mode offers naming as the best move once this piece has been said."""


class Exercise(Versioned):
    """A role-play scenario: a supervisor with a real work issue, coached by the participant."""

    level: Level
    methods: list[ItemId] = []
    skills: list[ItemId] = []
    situation: LocalizedText
    persona: Persona
    opening: LocalizedText
    learning_goals: Lines
    pieces: list[Piece] = Field(min_length=4)
    replies: Replies
    commitment: Commitment = Commitment()
    distractors: list[ChoiceDistractor] = []
    max_turns: int = Field(default=16, ge=4, le=200)
    debrief: LocalizedText | None = None
    """Optional: a short debrief for the summary screen and the worksheet (what the case trains)."""
    boundary: Boundary | None = None
    """Optional: a line the coach should name (see :class:`Boundary`)."""

    @model_validator(mode="after")
    def _pieces_hang_together(self) -> Exercise:
        ids = [p.id for p in self.pieces]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"duplicate piece id(s): {', '.join(dup)}")
        for n, piece in enumerate(self.pieces):
            after = piece.earned.after if piece.earned else None
            if after and after not in ids:
                raise ValueError(f"pieces.{n}.earned.after: no piece with id '{after}'")
            if after == piece.id:
                raise ValueError(f"pieces.{n}.earned.after: a piece cannot wait for itself")
        options = [p for p in self.pieces if set(p.intents) & set(OPTION_INTENTS) and p.step]
        if len(options) < self.commitment.options_named:
            raise ValueError(
                f"needs at least {self.commitment.options_named} option pieces with a step "
                "(intents 'options' or 'more_options'), as commitment.options_named says"
            )
        if not any("when" in p.intents and p.step for p in self.pieces):
            raise ValueError("needs a piece with intent 'when' and a step")
        if self.boundary is not None:
            b = self.boundary
            for name, ref in [("opens", b.opens), ("prompt", b.prompt)] + [
                (f"pieces.{n}", x) for n, x in enumerate(b.pieces)
            ]:
                if ref is not None and ref not in ids:
                    raise ValueError(f"boundary.{name}: no piece with id '{ref}'")
            if (b.pieces or b.topic) and b.note_crossed is None:
                raise ValueError("boundary.note_crossed: needed when pieces or topic are given")
            if b.required and b.opens is None:
                raise ValueError("boundary.opens: a required boundary must open a piece")
        return self

    def piece(self, piece_id: str) -> Piece:
        """The piece with ``piece_id``."""
        return next(p for p in self.pieces if p.id == piece_id)


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
    badge: str | None = Field(default=None, min_length=1, max_length=4)
    """A short mark for question cards when the title spells no acronym ("AI", "SF")."""


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
    sources: list[str] = []
    """Where the research the section states comes from (author year, journal or book)."""


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
    kind: Literal["open", "closed", "reflection"] = "open"
    """The kind the analyser is expected to find. Closed means answered with yes or no, one
    fact or number, or a pick between given options (the kit's one definition, as in the
    labelling guide and the glossary); a reflection is a statement and has no stage."""
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


class RoundFormat(Strict):
    """How every triad round of a plan runs: the one source of its timing, feedback order and
    rotation. Role cards, the facilitator guide, plan notes and UI texts are written from it
    (``coachkit.workshop.round_text``), never typed by hand."""

    brief_minutes: int = Field(default=1, ge=0, le=10)
    """The coachee reads the private role card before the conversation starts."""
    feedback_minutes: int = Field(default=4, ge=1, le=30)
    """Feedback at the end of the round; the conversation gets the rest of the block's minutes."""
    feedback_order: list[Literal["coachee", "observer"]] = ["coachee", "observer"]
    """Who gives feedback, in order. The coach speaks last and does as ``coach_closes`` says."""
    coach_closes: Literal["thanks", "takeaway"] = "takeaway"
    """thanks: the coach only thanks; takeaway: thanks and names one thing to try next time."""
    rotation: Literal["coachee-coaches-next"] = "coachee-coaches-next"
    """Who coaches in the next round: this round's coachee, while the coach observes. It is the
    one rotation ``workshop.rotation.rotate`` makes; a test keeps the two in step."""

    @model_validator(mode="after")
    def _distinct(self) -> RoundFormat:
        if len(set(self.feedback_order)) != len(self.feedback_order):
            raise ValueError("feedback_order names a role twice")
        return self

    def split(self, minutes: int) -> tuple[int, int, int]:
        """(brief, conversation, feedback) minutes of a round ``minutes`` long. A block too short
        for the brief and the feedback drops the brief and gives feedback a third."""
        brief, feedback = self.brief_minutes, self.feedback_minutes
        if minutes - brief - feedback < 5:
            brief, feedback = 0, max(1, minutes // 3)
        return brief, max(1, minutes - brief - feedback), feedback


class Plan(Versioned):
    """A workshop template: blocks with timings."""

    start: str = Field(default="09:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    audience: Audience = "subordinate"
    materials: list[LocalizedText] = []
    round: RoundFormat = RoundFormat()
    """How the plan's triad rounds run (timing, feedback order, rotation)."""
    blocks: list[Block] = Field(min_length=1)

    @property
    def minutes(self) -> int:
        """Total length of the plan in minutes."""
        return sum(block.minutes for block in self.blocks)


# --- glossary ----------------------------------------------------------------------------------


class Term(Strict):
    """One idea of the kit and the one word for it in each language."""

    id: ItemId
    fi: Text
    en: Text
    note: LocalizedText
    """What the term means, for authors and translators."""
    avoid_fi: list[str] = []
    """Regular expressions (case-insensitive) of Finnish variants that must not appear."""
    avoid_en: list[str] = []
    """The same for English."""
    msgids: list[str] = []
    """UI catalog entries (msgid) whose translation is this term."""
    explained_in: list[str] = []
    """Content files (``kind/name.toml``) that may name a variant on purpose, to explain it."""

    def get(self, lang: str) -> str:
        """The term in ``lang`` ("fi" or "en"); English for any other language."""
        return self.fi if lang == "fi" else self.en


class Glossary(Strict):
    """The kit's terms (``exercises/glossary/terms.toml``)."""

    schema_version: int = Field(ge=1, le=SCHEMA_VERSION)
    terms: list[Term] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Glossary:
        ids = [term.id for term in self.terms]
        if len(ids) != len(set(ids)):
            raise ValueError("a term id is used twice")
        return self

    def term(self, term_id: str) -> Term:
        """The term with ``term_id`` (KeyError when there is none)."""
        for term in self.terms:
            if term.id == term_id:
                return term
        raise KeyError(term_id)


Item = Exercise | Method | Skill | QuestionSet | Guide | Plan | Intent

MODELS: dict[str, type[Item]] = {
    "exercise": Exercise,
    "method": Method,
    "skill": Skill,
    "question": QuestionSet,
    "guide": Guide,
    "plan": Plan,
    "intent": Intent,
}
"""Kind of content -> its model. The kind is the name of the folder a file sits in."""
