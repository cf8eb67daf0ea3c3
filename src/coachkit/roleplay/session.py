"""A role-play session: a pure state machine over one exercise, replayable from its inputs.

    session = start(exercise, "fi", mode="free", seed=3)
    turn = session.say("Mitä haluaisit näiltä palavereilta?")
    turn.reply, turn.effects, turn.feedback
    session.summary()

No I/O, no clock, no global randomness: the same exercise, language, mode, seed and coach turns give
the same transcript, so ``to_dict()`` is all an app has to save to restore a round.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from coachkit.content.models import Exercise
from coachkit.roleplay import feedback
from coachkit.roleplay.reactions import Responder
from coachkit.roleplay.scoring import summarise
from coachkit.roleplay.state import Effects, State, Turn

MODES = ("free", "choice")
MAX_TEXT = 1000
"""Longer turns are cut to this many characters before they are analysed."""
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
FORMAT = 1


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
        self.state = State()
        self.turns: list[Turn] = []
        self.inputs: list[dict[str, Any]] = []
        self._analyze = analyzer or _default_analyzer()
        self._responder = Responder(exercise, lang, self.seed, self._analyze)
        self._choice = 0

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
        """True once the supervisor has committed (or given in), or the turns have run out."""
        return self.state.done

    @property
    def commitment_reached(self) -> bool:
        """True when the supervisor committed to a step of their own (a hollow one does not)."""
        return self.state.committed

    def _order(self) -> list[int]:
        """The current choice turn's options in a seed-shuffled display order (original indices)."""
        count = len(self.exercise.choice_turns[self._choice].options)
        order = list(range(count))
        random.Random(f"{self.seed}:options:{self._choice}").shuffle(order)
        return order

    def options(self) -> list[str]:
        """The current choice turn's option texts in display order; [] in free mode or at end."""
        if self.mode != "choice" or self.done or self._choice >= len(self.exercise.choice_turns):
            return []
        options = self.exercise.choice_turns[self._choice].options
        return [options[i].text.get(self.lang) for i in self._order()]

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
        """Play the option at display position ``number`` (0-based) of the current choice turn.

        The option's text is analysed like a typed turn; the turn's feedback also carries the
        option's authored feedback and, for a weaker option, the best one as the better move.

        Raises:
            SessionOver: the session has already ended.
            ValueError: not in choice mode, or no such option.
        """
        self._check_open()
        shown = self.options()
        if not shown:
            raise ValueError("no options to pick from (free mode or no choice turns left)")
        if not 0 <= int(number) < len(shown):
            raise ValueError(f"option {number} does not exist: pick 0-{len(shown) - 1}")
        choice = self.exercise.choice_turns[self._choice]
        option = choice.options[self._order()[int(number)]]
        best = next(o for o in choice.options if o.best)
        self.inputs.append({"pick": int(number)})
        self._choice += 1
        turn = self._play(option.text.get(self.lang), option, best.text.get(self.lang), number)
        if not self.done and self._choice >= len(self.exercise.choice_turns):
            self._end("turns_over")
        return turn

    def _check_open(self) -> None:
        if self.done:
            raise SessionOver("the session has ended")

    def _end(self, ending: str) -> None:
        self.state.done = True
        self.state.ending = self.state.ending or ending

    def _play(self, text: str, option=None, best_text=None, number=None) -> Turn:
        state = self.state
        before = (state.trust, state.ownership, state.insight)
        analysis = self._analyze(text, lang=self.lang)
        outcome = self._responder.respond(state, analysis, text, len(self.turns))
        material = self.exercise.material
        effects = Effects(
            reaction=outcome.reaction,
            stage=outcome.stage,
            trust=state.trust - before[0],
            ownership=state.ownership - before[1],
            insight=state.insight - before[2],
            revealed=tuple(material[i].text.get(self.lang) for i in outcome.revealed),
            stacked=outcome.stacked,
        )
        turn = Turn(
            index=len(self.turns) + 1,
            coach=text,
            analysis=analysis,
            reply=outcome.reply,
            effects=effects,
            feedback=feedback.build(outcome, analysis, self.lang, option, best_text),
            pick=None if number is None else int(number),
        )
        self.turns.append(turn)
        if not self.done and len(self.turns) >= self.exercise.max_turns:
            self._end("turns_over")
        return turn

    # --- results and saving ----------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        """Scores with their parts and explanations; see :mod:`coachkit.roleplay.scoring`."""
        result = summarise(self.state, self.turns, self.lang, len(self.exercise.material))
        result.update(exercise=self.exercise.id, lang=self.lang, mode=self.mode, done=self.done)
        return result

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
    """A session with ``turns`` played again: {"say": text}, {"pick": n} or a plain string."""
    session = start(exercise, lang, mode, seed, analyzer)
    for item in turns:
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
