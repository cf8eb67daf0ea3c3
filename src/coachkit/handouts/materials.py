"""The one materials list of a workshop: what to print from the pack and how many, then what else
the plan asks for. The facilitator guide prints it; plans list only what is not printed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from coachkit.i18n import Translator

if TYPE_CHECKING:
    from coachkit.content.models import Exercise, Plan

PRINTED_WORDS = (
    "observer sheet",
    "havainnointilomak",
    "question card",
    "kysymyskort",
    "role card",
    "roolikort",
    "worksheet",
    "tehtävälomak",
    "handout",
    "moniste",
)
"""Words that name a printed handout; a plan's own materials must not (they come from the pack)."""


def printed(t: Translator, plan: Plan, exercises: Sequence[Exercise]) -> list[str]:
    """What to print for ``plan``, one line per file of its pack, with how many copies."""
    rounds = sum(1 for b in plan.blocks if b.kind == "triad-round")
    lines = [
        t("Facilitator guide: one for you"),
        t("Participant handout: one per participant"),
    ]
    if rounds:
        lines.append(t("Observer sheet (one page): one per group and round"))
    lines.append(t("Question cards for this plan: one cut deck per group"))
    shown = {b.exercise for b in plan.blocks if b.exercise and b.kind == "demonstration"}
    practised = {b.exercise for b in plan.blocks if b.exercise and b.kind != "demonstration"}
    for e in exercises:
        title = e.title.get(t.lang)
        if e.id in shown and e.id not in practised:
            lines.append(t("Role cards of “{title}”: one set for the demonstration", title=title))
        else:
            lines.append(t("Worksheet and role cards of “{title}”: one set per group", title=title))
    lines.append(t("Guide for supervisors: one per participant, to give to their own supervisor"))
    return lines


def materials(t: Translator, plan: Plan, exercises: Sequence[Exercise]) -> list[str]:
    """The whole list: printed files first, then the plan's own materials."""
    return printed(t, plan, exercises) + [m.get(t.lang) for m in plan.materials]
