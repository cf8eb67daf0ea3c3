"""Feedback on one turn: what it did to the conversation and, where there is one, a better move."""

from __future__ import annotations

from typing import Any

from coachkit.roleplay.messages import better, did, intent_name
from coachkit.roleplay.reactions import Outcome
from coachkit.roleplay.state import Feedback

GOOD = {
    "answer",
    "short",
    "accurate",
    "deep",
    "permission_yes",
    "permission_no",
    "close",
    "choose",
    "commit",
    "advice_ok",
    "no_more",
    "boundary",
}
"""Reactions to a helpful turn: no "better" alternative is offered for them."""


def did_text(outcome: Outcome, lang: str) -> str:
    """One or two sentences on what the turn did."""
    if outcome.reaction == "boundary":
        return outcome.note
    said = did(outcome.reaction, lang, intent=intent_name(outcome.intent, lang))
    if outcome.stacked:
        said = did("stacked", lang) + " " + said
    return said


def build(outcome: Outcome, analysis: Any, lang: str, choice: Any = None) -> Feedback:
    """Feedback for a turn; ``choice`` is the picked choice-mode option, if any."""
    tips = tuple(getattr(analysis, "tips", ()) or ())
    hint = None
    if outcome.reaction not in GOOD or outcome.stacked:
        key = "stacked" if outcome.stacked else outcome.reaction
        hint = better(key, lang) or getattr(analysis, "better", None)
    if outcome.note and outcome.reaction != "boundary":
        hint = outcome.note
    if choice is None:
        return Feedback(did_text(outcome, lang), hint, tips)
    return Feedback(
        did_text(outcome, lang),
        None if choice.best else choice.best_text,
        tips,
        option=choice.label,
        best=choice.best,
    )
