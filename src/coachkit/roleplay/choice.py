"""Choice mode: the turns offered next, built from the conversation so far.

The best turn follows the state: reflect the piece just said (by its gist), or ask the next intent
a skilled coach would ask here (permission first, then outcome, facts, own part, options until two
are named, choosing, when, support). Three near misses stand next to it, picked by seed from: an
open question on the wrong stage, coach-centred curiosity, a reflection of something not said,
rescuing, the case's own distractors for this stage, a closed or a leading question. The engine
then plays the picked text like a typed turn, so the feedback shown is always the engine's own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from coachkit.content.models import OPTION_INTENTS, Exercise, Intent
from coachkit.roleplay import boundary
from coachkit.roleplay.messages import choice_generic, reflect_stem, translator
from coachkit.roleplay.state import State

PLAN = (
    "permission",
    "outcome",
    "facts",
    "own_part",
    "feelings",
    "options",
    "more_options",
    "more_options",
    "choose",
    "when",
    "support",
    "first_step",
)
"""The order a skilled coach asks in; reflections come between whenever something new was said."""
ANSWERED_BY_PIECES = ("outcome", "facts", "own_part", "feelings")
"""Plan intents worth asking only while the case still has an unsaid piece on them."""
WRONG_STAGE = {"goal": "first_step", "reality": "choose", "options": "when", "will": "outcome"}
"""An open question that belongs on another stage than the conversation is on."""


@dataclass(frozen=True)
class Choice:
    """One offered turn."""

    text: str
    kind: str
    """best, reflection, wrong_stage, curiosity, misread, rescue, closed, leading, advice."""
    best: bool
    best_text: str
    label: str
    """What kind of move this was, in the session's language, shown after it is picked."""


def _label(kind: str, lang: str) -> str:
    t = translator(lang)
    return {
        "best": t("The move that fits this moment."),
        "wrong_stage": t("An open question, but on another stage than the conversation is on."),
        "curiosity": t("Your own curiosity, not their issue."),
        "misread": t("A reflection of something they did not say."),
        "rescue": t("Rescuing: it comforts, but takes the issue off them."),
        "closed": t("A closed question."),
        "leading": t("A leading question: your solution dressed as a question."),
        "advice": t("Advice without permission."),
        "why": t("A why-question."),
        "reflection": t("A reflection."),
    }[kind]


def best_move(
    exercise: Exercise, catalogue: dict[str, Intent], state: State, lang: str, reflected_last: bool
) -> tuple[str, str]:
    """(text, intent) of the best next turn."""
    if named := boundary.best_move(exercise, state, lang):
        return named, "boundary"
    if state.last_piece and not reflected_last:
        piece = exercise.piece(state.last_piece)
        if piece.gist and not set(piece.intents) & {"when", "support", "choose", "first_step"}:
            option = bool(set(piece.intents) & set(OPTION_INTENTS)) and piece.step is not None
            return reflect_stem(lang, option).format(gist=piece.gist.get(lang)), "reflection"
    asked = state.intents
    for intent in PLAN:
        if intent == "permission" and state.counts["permission"]:
            continue
        if intent in ("choose",) and (state.chosen or len(state.options) < 2):
            continue
        if intent == "more_options" and len(state.options) >= 2 and state.options:
            continue
        if (
            intent in ("own_part", "feelings", "outcome", "facts", "when", "support")
            and asked[intent]
        ):
            continue
        if intent == "first_step" and not state.chosen:
            continue
        if intent in ("options",) and asked[intent]:
            continue
        if intent in ANSWERED_BY_PIECES and not _open_piece(exercise, state, intent):
            continue  # said already (a reflection drew it out) or nothing in the case on it
        if intent == "more_options" and asked[intent] >= 2:
            continue
        found = catalogue.get(intent)
        if found is None:
            continue
        text = found.ask.get(lang) if found.ask else found.examples.get(lang)[0]
        return text, intent
    return catalogue["first_step"].examples.get(lang)[1], "first_step"


def _open_piece(exercise: Exercise, state: State, intent: str) -> bool:
    """Whether a piece on ``intent`` is still unsaid (asked, it would bring something new)."""
    return any(
        intent in p.intents
        and p.id not in state.revealed
        and not boundary.withheld(exercise, state, p.id)
        for p in exercise.pieces
    )


def offer(
    exercise: Exercise,
    catalogue: dict[str, Intent],
    state: State,
    lang: str,
    seed: int,
    turn_no: int,
    reflected_last: bool,
) -> list[Choice]:
    """Four turns, exactly one of them the best, in an order shuffled per session and turn: the
    exercise, the language, the seed and the turn number seed it, so a replay shows the same order
    and no position (nor the same position on the same turn of another case) gives the best away.
    """
    best_text, _ = best_move(exercise, catalogue, state, lang, reflected_last)
    generic = choice_generic(lang)
    stage = state.current
    pool: list[tuple[str, str]] = []
    wrong = catalogue.get(WRONG_STAGE.get(stage, "first_step"))
    if wrong is not None:
        pool.append(
            ("wrong_stage", wrong.ask.get(lang) if wrong.ask else wrong.examples.get(lang)[0])
        )
    unsaid = [p for p in exercise.pieces if p.id not in state.revealed and p.gist]
    if state.revealed:
        pool.append(("misread", generic["misread"]))
    for d in exercise.distractors:
        if d.stage in (None, stage):
            pool.append((d.kind, d.text.get(lang)))
    kinds = {k for k, _ in pool}
    for kind in ("curiosity", "rescue", "closed", "leading"):
        if kind not in kinds:
            pool.append((kind, generic[kind]))
    del unsaid
    rng = random.Random(f"{exercise.id}:{lang}:{seed}:choice:{turn_no}")
    near = [x for x in pool if x[0] in ("wrong_stage", "curiosity", "misread", "rescue")]
    rest = [x for x in pool if x not in near]
    rng.shuffle(near)
    rng.shuffle(rest)
    picked = (near[:2] + rest[:1] + near[2:] + rest[1:])[:3]
    picked = [x for x in picked if x[1] != best_text][:3]
    options = [Choice(best_text, "best", True, best_text, _label("best", lang))]
    options += [Choice(text, kind, False, best_text, _label(kind, lang)) for kind, text in picked]
    rng.shuffle(options)
    return options
