"""How the simulated supervisor reacts to one coach turn, by how it was asked.

The rules, in order (first that applies wins):

* stacked questions: a short "one at a time" line, then only the last question is answered;
* leading question: polite resistance, ownership drops; advice: hollow agreement, ownership drops;
  after ``HOLLOW_AFTER`` of these the supervisor gives in with a hollow commitment (round over);
* why-question: a defensive justification, trust drops;
* reflection: elaboration, the next hidden piece of the current stage comes out, trust rises;
* open question: on the will stage with enough out and enough ownership, the supervisor commits to
  their own step (too little ownership after advice: a hollow one, or after a single piece of
  advice, a hesitation first); on other stages the next hidden piece of the asked stage comes out
  (topic cues first); with nothing left there, the supervisor says so; with low trust, a guarded
  short answer;
* closed question: a short answer, nothing new;
* anything else: a neutral line, or, for garbage and off-topic words, "what do you mean?".

Trust and ownership move by the fixed amounts in ``DELTAS``; insight is the share of material out.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coachkit.content.models import STAGES, Exercise
from coachkit.roleplay import matching
from coachkit.roleplay.state import HOLLOW_AFTER, OWNERSHIP_TO_COMMIT, TRUST_GUARDED, State

DELTAS: dict[str, tuple[int, int]] = {
    "open": (2, 4),
    "exhausted": (0, 1),
    "not_ready": (1, 4),
    "guarded": (1, 0),
    "commit": (2, 5),
    "closed": (0, 0),
    "leading": (-3, -8),
    "advice": (-4, -10),
    "hollow": (0, 0),
    "why": (-6, -2),
    "reflection": (6, 3),
    "other": (0, 0),
    "unclear": (-1, 0),
}
"""Reaction -> (trust change, ownership change)."""
STACKED_TRUST = -2
HOLLOW_ON_WILL = 2
"""Asked for a step with too little ownership after this much advice, the supervisor gives in."""
QUESTION_KINDS = ("open", "closed", "leading")
FREE_STAGES = ("goal", "reality", "options")
"""Stages a question without a stage of its own may land on (never will: no accidental commits)."""


@dataclass
class Outcome:
    """What one turn produced, before it becomes a :class:`Turn`."""

    reaction: str
    reply: str
    stage: str | None = None
    revealed: list[int] = field(default_factory=list)
    trust: int = 0
    ownership: int = 0
    stacked: bool = False
    detail: dict[str, str] = field(default_factory=dict)
    """Values for the feedback message: next stage, missing stages."""


def _clamp(value: int) -> int:
    return max(0, min(100, value))


def last_question(text: str) -> str:
    """The last question of a turn that asks several: after the last-but-one "?" or "and"."""
    parts = [p.strip() for p in re.split(r"(?<=\?)", text) if p.strip()]
    asked = [p for p in parts if p.endswith("?")]
    if len(asked) >= 2:
        return asked[-1]
    pieces = re.split(r",?\s+(?:ja|sekä|and|plus)\s+", text, flags=re.IGNORECASE)
    return pieces[-1].strip() if len(pieces) > 1 else text


class Responder:
    """The supervisor of one exercise in one language; deterministic for a given seed."""

    def __init__(self, exercise: Exercise, lang: str, seed: int, analyze: Callable[..., Any]):
        self.exercise = exercise
        self.lang = lang
        self.seed = seed
        self.analyze = analyze
        texts = [exercise.situation.get(lang), exercise.opening.get(lang)]
        texts += [exercise.persona.brief.get(lang), exercise.commitment.text.get(lang)]
        texts += [m.text.get(lang) for m in exercise.material]
        texts += [cue for m in exercise.material for cue in m.cues]
        self.known = matching.vocabulary(texts, lang)

    # --- lines ---------------------------------------------------------------------------------

    def line(self, state: State, category: str, turn_no: int) -> str:
        """An authored line of ``category`` picked by seed and turn, never twice running."""
        lines = getattr(self.exercise.replies, category)
        index = random.Random(f"{self.seed}:{turn_no}:{category}").randrange(len(lines))
        if len(lines) > 1 and state.last_line.get(category) == index:
            index = (index + 1) % len(lines)
        state.last_line[category] = index
        return lines[index].get(self.lang)

    # --- material ------------------------------------------------------------------------------

    def left(self, state: State, stage: str) -> list[int]:
        """Indices of the stage's hidden pieces not yet out, in authored order."""
        return [
            i
            for i, m in enumerate(self.exercise.material)
            if m.stage == stage and i not in state.revealed
        ]

    def best_piece(self, state: State, stage: str, text: str) -> int | None:
        """The stage's next piece, preferring the one whose topic cues the question matches most."""
        candidates = self.left(state, stage)
        if not candidates:
            return None
        text_words = matching.words(text)
        scores = [
            matching.cue_score(text_words, self.exercise.material[i].cues, self.lang)
            for i in candidates
        ]
        return candidates[scores.index(max(scores))]

    def missing(self, state: State) -> list[str]:
        """Stages the commitment needs that have nothing out yet."""
        out = {self.exercise.material[i].stage for i in state.revealed}
        return [s for s in self.exercise.commitment.needs if s not in out]

    def next_stage(self, state: State, after: str) -> str:
        """Where the coach could go next: the first needed stage with nothing out, else will."""
        missing = self.missing(state)
        if missing:
            return missing[0]
        later = [s for s in STAGES[STAGES.index(after) + 1 :] if self.left(state, s)]
        return later[0] if later else "will"

    # --- the rules -----------------------------------------------------------------------------

    def respond(self, state: State, analysis: Any, text: str, turn_no: int) -> Outcome:
        """The supervisor's reaction to one turn; updates ``state`` (counts, trust, material)."""
        if analysis.kind in QUESTION_KINDS and getattr(analysis, "stacked", False):
            outcome = self._stacked(state, analysis, text, turn_no)
        else:
            outcome = self._single(state, analysis, text, turn_no)
        self._apply(state, outcome)
        return outcome

    def _stacked(self, state: State, analysis: Any, text: str, turn_no: int) -> Outcome:
        state.counts["stacked"] += 1
        last = last_question(text)
        inner_analysis = analysis
        if last != text:
            candidate = self.analyze(last, lang=self.lang)
            if candidate.kind in QUESTION_KINDS:
                inner_analysis = candidate
        opener = self.line(state, "stacked", turn_no)
        inner = self._single(state, inner_analysis, last, turn_no, count_as=analysis.kind)
        inner.reply = f"{opener} {inner.reply}"
        inner.trust += STACKED_TRUST
        inner.stacked = True
        return inner

    def _single(
        self, state: State, a: Any, text: str, turn_no: int, count_as: str | None = None
    ) -> Outcome:
        kind = a.kind
        state.counts[count_as or kind] += 1
        if kind in ("open", "closed") and a.grow and a.grow not in state.asked:
            state.asked.append(a.grow)
        if kind in ("leading", "advice"):
            return self._advice(state, kind, turn_no)
        if kind in ("open", "closed") and getattr(a, "why", False):
            state.counts["why"] += 1
            if a.grow in FREE_STAGES:
                state.current = a.grow
            return self._outcome(state, "why", turn_no, stage=a.grow)
        if kind == "reflection":
            return self._reflection(state, turn_no)
        if kind == "open":
            return self._open(state, a, text, turn_no)
        if kind == "closed":
            if a.grow in FREE_STAGES:
                state.current = a.grow
            return self._outcome(state, "closed", turn_no, stage=a.grow)
        words_or_question = getattr(a, "question", False) or getattr(a, "cues", ())
        if not words_or_question and not matching.recognisable(text, self.lang, self.known):
            return self._outcome(state, "unclear", turn_no)
        return self._outcome(state, "other", turn_no)

    def _outcome(self, state: State, reaction: str, turn_no: int, **kw: Any) -> Outcome:
        trust, ownership = DELTAS[reaction]
        category = reaction if reaction not in ("guarded",) else "closed"
        reply = self.line(state, category, turn_no)
        return Outcome(reaction, reply, trust=trust, ownership=ownership, **kw)

    def _advice(self, state: State, kind: str, turn_no: int) -> Outcome:
        outcome = self._outcome(state, kind, turn_no)
        if state.advice_given >= HOLLOW_AFTER:
            outcome.reaction = "hollow"
            outcome.reply = self.line(state, "hollow_commitment", turn_no)
        return outcome

    def _reflection(self, state: State, turn_no: int) -> Outcome:
        outcome = self._outcome(state, "reflection", turn_no, stage=state.current)
        if state.current != "will":
            piece = self.best_piece(state, state.current, "")
            if piece is not None:
                outcome.revealed.append(piece)
                outcome.reply += " " + self.exercise.material[piece].text.get(self.lang)
        return outcome

    def _stage_of(self, state: State, a: Any) -> str:
        if a.grow:
            return a.grow
        order = [state.current] + [s for s in FREE_STAGES if s != state.current]
        for stage in order:
            if stage in FREE_STAGES and self.left(state, stage):
                return stage
        return state.current

    def _open(self, state: State, a: Any, text: str, turn_no: int) -> Outcome:
        stage = self._stage_of(state, a)
        if stage not in state.asked:
            state.asked.append(stage)
        if stage == "will":
            return self._will(state, text, turn_no)
        state.current = stage
        if state.trust < TRUST_GUARDED:
            return self._outcome(state, "guarded", turn_no, stage=stage)
        piece = self.best_piece(state, stage, text)
        if piece is None:
            nxt = self.next_stage(state, stage)
            outcome = self._outcome(state, "exhausted", turn_no, stage=stage)
            outcome.detail["next"] = nxt
            return outcome
        trust, ownership = DELTAS["open"]
        reply = self.exercise.material[piece].text.get(self.lang)
        return Outcome("open", reply, stage, [piece], trust, ownership)

    def _will(self, state: State, text: str, turn_no: int) -> Outcome:
        state.current = "will"
        missing = self.missing(state)
        owns = state.ownership >= OWNERSHIP_TO_COMMIT
        if not missing and state.trust < TRUST_GUARDED:
            return self._outcome(state, "guarded", turn_no, stage="will")
        if not missing and owns:
            trust, ownership = DELTAS["commit"]
            reply = self.exercise.commitment.text.get(self.lang)
            return Outcome("commit", reply, "will", [], trust, ownership)
        if not missing and state.advice_given >= HOLLOW_ON_WILL:
            return Outcome("hollow", self.line(state, "hollow_commitment", turn_no), "will")
        piece = self.best_piece(state, "will", text)
        if piece is None:
            outcome = self._outcome(state, "exhausted", turn_no, stage="will")
            outcome.trust, outcome.ownership = DELTAS["not_ready"]
        else:
            trust, ownership = DELTAS["not_ready"]
            reply = self.exercise.material[piece].text.get(self.lang)
            outcome = Outcome("not_ready", reply, "will", [piece], trust, ownership)
        outcome.reaction = "not_ready"
        outcome.detail["missing"] = ",".join(missing)
        return outcome

    def _apply(self, state: State, outcome: Outcome) -> None:
        state.trust = _clamp(state.trust + outcome.trust)
        state.ownership = _clamp(state.ownership + outcome.ownership)
        state.revealed.extend(i for i in outcome.revealed if i not in state.revealed)
        total = len(self.exercise.material)
        state.insight = round(100 * len(state.revealed) / total)
        if outcome.reaction == "commit":
            state.committed = state.done = True
            state.ending = "commit"
        elif outcome.reaction == "hollow":
            state.hollow = state.done = True
            state.ending = "hollow"
