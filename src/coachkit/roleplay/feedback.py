"""Feedback on one turn: what it did to the conversation and, where there is one, a better move."""

from __future__ import annotations

from typing import Any

from coachkit.roleplay.messages import BETTER, DID, stage_list, stage_name, text
from coachkit.roleplay.reactions import Outcome
from coachkit.roleplay.state import Feedback

GOOD = {"open", "reflection", "commit", "not_ready", "exhausted"}
"""Reactions to a helpful turn: no "better" alternative is offered for them."""


def did_text(outcome: Outcome, lang: str) -> str:
    """One or two sentences on what the turn did."""
    reaction = outcome.reaction
    stage = stage_name(outcome.stage, lang)
    if reaction == "open":
        said = text(DID, "open", lang, stage=stage)
    elif reaction == "reflection":
        said = text(DID, "reflection_revealed" if outcome.revealed else "reflection", lang)
    elif reaction == "exhausted":
        nxt = stage_name(outcome.detail.get("next"), lang)
        said = text(DID, "exhausted", lang, stage=stage, next=nxt)
    elif reaction == "not_ready":
        missing = [s for s in outcome.detail.get("missing", "").split(",") if s]
        if missing:
            said = text(DID, "not_ready", lang, missing=stage_list(missing, lang))
        else:
            said = text(DID, "not_owned", lang)
    else:
        said = text(DID, reaction, lang)
    if outcome.stacked:
        said = text(DID, "stacked", lang) + " " + said
    return said


def build(
    outcome: Outcome,
    analysis: Any,
    lang: str,
    option: Any = None,
    best_text: str | None = None,
) -> Feedback:
    """Feedback for a turn; ``option`` is the picked choice-mode option, if any."""
    tips = tuple(getattr(analysis, "tips", ()) or ())
    better = None
    if outcome.reaction not in GOOD or outcome.stacked:
        key = "stacked" if outcome.stacked else outcome.reaction
        better = getattr(analysis, "better", None) or (
            text(BETTER, key, lang) if key in BETTER else None
        )
    if option is None:
        return Feedback(did_text(outcome, lang), better, tips)
    if not option.best:
        better = best_text or better
    return Feedback(
        did_text(outcome, lang),
        None if option.best else better,
        tips,
        option=option.feedback.get(lang),
        best=option.best,
    )
