"""A role-play session: a pure state machine over one exercise, replayable from its inputs.

    session = start(exercise, "fi", mode="free", seed=3)
    turn = session.say("Mitä haluaisit näiltä palavereilta?")
    turn.reply, turn.effects, turn.feedback
    session.undo()          # takes the last turn back; it stays in the history, marked
    session.summary()       # a coachkit.roleplay.summary.Summary

No I/O, no clock, no global randomness: the same exercise, language, mode, seed and inputs give the
same transcript, so ``to_dict()`` is all an app has to save to restore a round.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from coachkit.content.models import Exercise, Intent
from coachkit.roleplay import choice as choosing
from coachkit.roleplay import feedback
from coachkit.roleplay.intents import catalogue
from coachkit.roleplay.reactions import Responder
from coachkit.roleplay.scoring import summarise
from coachkit.roleplay.state import Effects, State, Turn
from coachkit.roleplay.summary import Summary

MODES = ("free", "choice")
MAX_TEXT = 1000
"""Longer turns are cut to this many characters before they are analysed."""
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
FORMAT = 2
REFLECTED = ("accurate", "deep", "off", "absurd")


class SessionOver(RuntimeError):
    """A turn was played after the session had ended."""


def _default_analyzer() -> Callable[..., Any]:
    from coachkit.analysis import analyze

    return analyze


def clean(text: str) -> str:
    """The turn as the engine sees it: control characters removed, spaces tidied, length capped."""
    text = CONTROL.sub(" ", str(text))
    return " ".join(text.split())[:MAX_TEXT]


class Session:
    """One round of coaching a simulated supervisor. Create it with :func:`start`."""

    def __init__(
        self,
        exercise: Exercise,
        lang: str,
        mode: str = "free",
        seed: int = 0,
        analyzer: Callable[..., Any] | None = None,
    ):
        if lang not in ("fi", "en"):
            raise ValueError(f"unknown language {lang!r}: use 'fi' or 'en'")
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}: use 'free' or 'choice'")
        self.exercise = exercise
        self.lang = lang
        self.mode = mode
        self.seed = int(seed)
        self._analyze = analyzer or _default_analyzer()
        self.inputs: list[dict[str, Any]] = []
        self.history: list[Turn] = []
        """Every turn played, taken-back ones included (marked), in order."""
        self._reset()

    def _reset(self) -> None:
        self.state = State()
        self.state.said.append(self.exercise.opening.get(self.lang))
        self.turns: list[Turn] = []
        self._responder = Responder(self.exercise, self.lang, self.seed, self._analyze)
        self._offered: tuple[int, list[choosing.Choice]] | None = None

    # --- what the participant sees ---------------------------------------------------------------

    @property
    def opening(self) -> str:
        """The supervisor's first line."""
        return self.exercise.opening.get(self.lang)

    @property
    def situation(self) -> str:
        """The situation the participant reads before the first turn."""
        return self.exercise.situation.get(self.lang)

    @property
    def done(self) -> bool:
        """True once the round has ended: a commitment, a hollow one, a close, or no turns left."""
        return self.state.done

    @property
    def commitment_reached(self) -> bool:
        """True when the supervisor committed to a step of their own (a hollow one does not)."""
        return self.state.committed

    def _choices(self) -> list[choosing.Choice]:
        number = len(self.turns)
        if self._offered is None or self._offered[0] != number:
            # nothing fresh to reflect: the last turn was a reflection, or brought nothing new
            last = self.turns[-1].effects if self.turns else None
            reflected = last is not None and (last.reaction in REFLECTED or not last.revealed)
            intents: dict[str, Intent] = {i.id: i for i in catalogue()}
            offered = choosing.offer(
                self.exercise, intents, self.state, self.lang, self.seed, number, reflected
            )
            self._offered = (number, offered)
        return self._offered[1]

    def options(self) -> list[str]:
        """Choice mode: the offered turns in display order; [] in free mode or at the end."""
        if self.mode != "choice" or self.done:
            return []
        return [c.text for c in self._choices()]

    # --- playing ---------------------------------------------------------------------------------

    def say(self, text: str) -> Turn:
        """Play a typed coach turn and return the supervisor's answer to it.

        Raises:
            SessionOver: the session has already ended.
        """
        self._check_open()
        self.inputs.append({"say": str(text)})
        return self._play(clean(text))

    def pick(self, number: int) -> Turn:
        """Play the offered turn at display position ``number`` (0-based).

        Raises:
            SessionOver: the session has already ended.
            ValueError: not in choice mode, or no such option.
        """
        self._check_open()
        shown = self.options()
        if not shown:
            raise ValueError("no options to pick from (free mode or the round is over)")
        if not 0 <= int(number) < len(shown):
            raise ValueError(f"option {number} does not exist: pick 0-{len(shown) - 1}")
        picked = self._choices()[int(number)]
        self.inputs.append({"pick": int(number)})
        return self._play(picked.text, picked, int(number))

    def undo(self) -> Turn | None:
        """Take the last turn back: the state is as before it, and the turn stays in
        :attr:`history` marked as taken back. Returns that turn (None if there is none)."""
        if not self.turns:
            return None
        last = self.turns[-1]
        self.inputs.append({"undo": True})
        live = _effective(self.inputs)
        history = self.history
        self._reset()
        for item in live:
            self._apply_input(item)
        taken = dataclasses.replace(last, taken_back=True)
        self.history = [t for t in history if t is not last] + [taken]
        return taken

    def _apply_input(self, item: dict[str, Any]) -> None:
        if "pick" in item:
            picked = self._choices()[int(item["pick"])]
            self._play(picked.text, picked, int(item["pick"]), record=False)
        else:
            self._play(clean(str(item.get("say", ""))), record=False)

    def _check_open(self) -> None:
        if self.done:
            raise SessionOver("the session has ended")

    def _play(
        self,
        text: str,
        picked: choosing.Choice | None = None,
        number: int | None = None,
        record: bool = True,
    ) -> Turn:
        state = self.state
        before = (state.trust, state.ownership)
        analysis = self._analyze(text, lang=self.lang)
        outcome = self._responder.respond(state, analysis, text, len(self.turns))
        effects = Effects(
            reaction=outcome.reaction,
            stage=outcome.stage,
            trust=state.trust - before[0],
            ownership=state.ownership - before[1],
            intent=outcome.intent,
            revealed=tuple(outcome.revealed),
            stacked=outcome.stacked,
            complex=outcome.complex,
            reflected=outcome.reflected,
        )
        turn = Turn(
            index=len(self.turns) + 1,
            coach=text,
            analysis=analysis,
            reply=outcome.reply,
            effects=effects,
            feedback=feedback.build(outcome, analysis, self.lang, picked),
            pick=number,
        )
        self.turns.append(turn)
        if record:
            self.history.append(turn)
        if not self.done and len(self.turns) >= self.exercise.max_turns:
            self.state.done = True
            self.state.ending = self.state.ending or "turns_over"
        return turn

    # --- results and saving ----------------------------------------------------------------------

    def summary(self) -> Summary:
        """Scores with their parts, counts and losses; see :mod:`coachkit.roleplay.scoring`."""
        result = summarise(self.state, self.turns, self.lang, len(self.exercise.pieces))
        return result.model_copy(
            update={
                "exercise": self.exercise.id,
                "lang": self.lang,
                "mode": self.mode,
                "done": self.done,
                "taken_back": sum(1 for t in self.history if t.taken_back),
            }
        )

    def transcript(self) -> list[dict[str, Any]]:
        """Every turn as a dict, taken-back ones included and marked."""
        return [t.to_dict() for t in self.history]

    def to_dict(self) -> dict[str, Any]:
        """What it takes to rebuild this session: ids, seed and the coach's inputs, in order."""
        return {
            "format": FORMAT,
            "exercise": self.exercise.id,
            "lang": self.lang,
            "mode": self.mode,
            "seed": self.seed,
            "turns": [dict(item) for item in self.inputs],
        }


def _effective(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The inputs that still count once every undo has taken its turn back."""
    live: list[dict[str, Any]] = []
    for item in inputs:
        if item.get("undo"):
            if live:
                live.pop()
        else:
            live.append(item)
    return live


def start(
    exercise: Exercise,
    lang: str,
    mode: str = "free",
    seed: int = 0,
    analyzer: Callable[..., Any] | None = None,
) -> Session:
    """Start a role-play of ``exercise`` in ``lang`` ("fi" or "en").

    Args:
        exercise: the scenario.
        lang: the language the supervisor speaks and the feedback is in.
        mode: "free" (the participant types) or "choice" (the participant picks offered turns).
        seed: picks the supervisor's lines and the order of offered options; same seed, same round.
        analyzer: the question analyser; defaults to :func:`coachkit.analysis.analyze`.
    """
    return Session(exercise, lang, mode, seed, analyzer)


def rebuild(
    exercise: Exercise,
    lang: str,
    mode: str,
    seed: int,
    turns: list[dict[str, Any] | str],
    analyzer: Callable[..., Any] | None = None,
) -> Session:
    """A session with ``turns`` played again: {"say": text}, {"pick": n}, {"undo": true} or a
    plain string."""
    session = start(exercise, lang, mode, seed, analyzer)
    for item in turns:
        if isinstance(item, dict) and item.get("undo"):
            session.undo()
            continue
        if session.done:
            break
        if isinstance(item, str):
            session.say(item)
        elif "pick" in item:
            session.pick(int(item["pick"]))
        else:
            session.say(str(item.get("say", "")))
    return session


def replay(
    exercise: Exercise, data: dict[str, Any], analyzer: Callable[..., Any] | None = None
) -> Session:
    """Rebuild a session saved with :meth:`Session.to_dict`.

    Raises:
        ValueError: the data belongs to another exercise or is not a saved session.
    """
    if not isinstance(data, dict) or "turns" not in data:
        raise ValueError("not a saved role-play session")
    if data.get("exercise") != exercise.id:
        raise ValueError(f"the saved session is for exercise {data.get('exercise')!r}")
    return rebuild(
        exercise,
        data.get("lang", "fi"),
        data.get("mode", "free"),
        int(data.get("seed", 0)),
        list(data["turns"]),
        analyzer,
    )
