"""Which files a plan's printed pack holds, without building any of them.

The one list both the pack (handouts.pack) and the facilitator's handouts card read, so that the
card offers exactly what the pack prints. Pure data: no ReportLab, no UI.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachkit.content.models import Plan

PLAN_WIDE = ("guide", "participant", "observer-basic", "question-cards", "supervisor-guide")
"""The pack's files that are one per plan, in printing order."""


@dataclass(frozen=True)
class PackFile:
    """One file of the pack: its kind (a handouts.build kind) and, for a worksheet or role cards,
    the exercise it belongs to."""

    kind: str
    exercise: str | None = None


def pack_files(plan: Plan) -> list[PackFile]:
    """The files of ``plan``'s pack in printing order: the plan-wide ones, then for each exercise
    in order of first appearance a worksheet (only when it is practised, not just demonstrated)
    and its role cards."""
    files = [PackFile(kind) for kind in PLAN_WIDE]
    practised = {b.exercise for b in plan.blocks if b.exercise and b.kind != "demonstration"}
    seen: list[str] = []
    for block in plan.blocks:
        if block.exercise and block.exercise not in seen:
            seen.append(block.exercise)
    for exercise in seen:
        if exercise in practised:
            files.append(PackFile("worksheet", exercise))
        files.append(PackFile("role-cards", exercise))
    return files
