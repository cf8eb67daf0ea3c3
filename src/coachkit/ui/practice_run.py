"""One practice round as the app plays it: the role-play session plus saving every turn.

Plain Python (no flet), so the practice flow is testable on its own. Each turn is written to the
store as it happens, with the session's own snapshot (``Session.to_dict()``), so a round survives
the app being killed and :meth:`PracticeRun.resume` rebuilds it by replay.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coachkit.content.loader import Library
from coachkit.content.models import Exercise
from coachkit.i18n import Translator
from coachkit.store import RoundRecord, Store
from coachkit.ui.labels import STAGES, stage_label

if TYPE_CHECKING:
    from coachkit.roleplay.summary import Summary


def analyze_live(text: str, lang: str) -> Any | None:
    """The analyser's verdict on a draft (None for a blank draft): the live feedback chips."""
    if not text.strip():
        return None
    from coachkit.analysis import analyze

    return analyze(text, lang)


@dataclass(frozen=True)
class Entry:
    """One line of the chat transcript."""

    who: str
    """"coach" (the participant) or "supervisor"."""
    text: str
    turn: Any = None
    """For a coach line: the engine's Turn (analysis, effects, feedback)."""
    taken_back: bool = False
    """The participant took this turn (and its reply) back."""


class PracticeRun:
    """A round being played: wraps :class:`coachkit.roleplay.Session` and the store.

    Args:
        store: where turns and the summary are saved.
        exercise: the scenario.
        session: a started (or replayed) session.
        round_id: the store's id of this round.
    """

    def __init__(self, store: Store, exercise: Exercise, session: Any, round_id: int):
        self.store = store
        self.exercise = exercise
        self.session = session
        self.round_id = round_id
        self.finished = False

    @classmethod
    def begin(
        cls, store: Store, exercise: Exercise, lang: str, mode: str, seed: int | None = None
    ) -> PracticeRun:
        """Start a new round and save its start."""
        from coachkit import roleplay  # the engine and the analyser: loaded with the first round

        seed = random.randrange(1, 1_000_000) if seed is None else seed
        session = roleplay.start(exercise, lang, mode=mode, seed=seed)
        round_id = store.start_round(exercise.id, lang, mode, seed)
        return cls(store, exercise, session, round_id)

    @classmethod
    def resume(cls, store: Store, exercise: Exercise, record: RoundRecord) -> PracticeRun:
        """Rebuild an unfinished round from what the store kept (replaying its turns)."""
        from coachkit import roleplay

        if record.state:
            session = roleplay.replay(exercise, record.state)
        else:
            items: list[Any] = [
                {"pick": t.pick} if t.pick is not None else {"say": t.coach} for t in record.turns
            ]
            session = roleplay.rebuild(exercise, record.lang, record.mode, record.seed, items)
        return cls(store, exercise, session, record.id)

    # --- what the screen shows ------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.session.lang

    @property
    def mode(self) -> str:
        return self.session.mode

    @property
    def done(self) -> bool:
        return bool(self.session.done)

    @property
    def turn_count(self) -> int:
        return len(self.session.turns)

    def entries(self) -> list[Entry]:
        """The transcript: the supervisor's opening, then each coach turn and its reply."""
        out = [Entry("supervisor", self.session.opening)]
        for turn in self.session.history:
            out.append(Entry("coach", turn.coach, turn, turn.taken_back))
            out.append(Entry("supervisor", turn.reply, None, turn.taken_back))
        return out

    def options(self) -> list[str]:
        """Choice mode: the offered turns (3-4); [] in free mode or at the end."""
        return list(self.session.options())

    # --- playing --------------------------------------------------------------------------------

    def say(self, text: str) -> Any:
        """Play a typed turn; saves it. Raises ValueError for a blank text."""
        if not text.strip():
            raise ValueError("empty turn")
        return self._saved(self.session.say(text))

    def pick(self, number: int) -> Any:
        """Play the offered option at ``number``; saves it."""
        return self._saved(self.session.pick(number))

    @property
    def can_undo(self) -> bool:
        """A turn can be taken back while the round is on."""
        return bool(self.session.turns) and not self.done

    def undo(self) -> Any:
        """Take the last turn back (it stays in the transcript, marked); saves the new state."""
        if not self.can_undo:
            return None
        turn = self.session.undo()
        if turn is not None:
            self.store.take_back_turn(self.round_id, turn.index, self.session.to_dict())
        return turn

    def _saved(self, turn: Any) -> Any:
        analysis = turn.analysis
        feedback = turn.feedback.to_dict()
        feedback["reaction"] = turn.effects.reaction
        self.store.add_turn(
            self.round_id,
            turn.index,
            turn.coach,
            kind=getattr(analysis, "kind", None),
            grow=getattr(analysis, "grow", None),
            pick=turn.pick,
            reply=turn.reply,
            feedback=feedback,
            state=self.session.to_dict(),
        )
        if self.session.done:
            self.finish()
        return turn

    def summary(self) -> Summary:
        """The session's summary plus what the history and summary screens need."""
        return self.session.summary().model_copy(
            update={
                "title": {"fi": self.exercise.title.fi, "en": self.exercise.title.en},
                "transcript": self.session.transcript(),
            }
        )

    def finish(self) -> int:
        """Save the summary (once) and return the round id."""
        if not self.finished:
            self.store.finish_round(self.round_id, self.summary())
            self.finished = True
        return self.round_id

    def discard(self) -> None:
        """Forget this round entirely."""
        self.store.discard_round(self.round_id)
        self.finished = True

    # --- help -----------------------------------------------------------------------------------

    def next_stage(self) -> str:
        """The first GROW stage not asked about yet ("will" once all have been)."""
        asked = set(getattr(self.session.state, "asked", []))
        return next((s for s in STAGES if s not in asked), "will")

    def hint(self, t: Translator, library: Library) -> str:
        """A nudge: the next GROW stage and an example open question for it from the library."""
        stage = self.next_stage()
        lang = self.lang
        examples = [
            q.text.get(lang) for q in library.questions if q.stage == stage and q.kind == "open"
        ]
        for method in library.methods:
            for step in method.steps:
                if step.stage == stage:
                    examples.extend(q.get(lang) for q in step.questions)
        name = stage_label(t, stage)
        if not examples:
            return t("Ask an open question about the {stage} stage.", stage=name)
        example = examples[self.turn_count % len(examples)]
        return t('Try the {stage} stage, for example: "{question}"', stage=name, question=example)
