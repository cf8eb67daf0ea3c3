"""The plan screen's rotation: each round's roles (repeats marked, as the CLI marks them), and a
warning with fixes when the rotation needs more rounds than the plan has."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from coachkit.ui.facilitator.model import Draft, RotationError
from coachkit.ui.facilitator.widgets import card, error_text, heading, muted
from coachkit.ui.theme import WARN_COLORS


def _people(names) -> str:
    return ", ".join(map(str, names))


def rotation_preview(env, draft: Draft) -> list[ft.Control]:
    """The groups and roles of each round the plan plays; repeats and unplanned rounds marked."""
    t = env.t
    try:
        rounds = draft.rounds()
    except RotationError as exc:
        return [error_text(str(exc))]
    planned = len(draft.round_blocks())
    shown = max(planned, len(rounds)) if planned else len(rounds)
    out: list[ft.Control] = []
    for r in range(min(shown, 8)):
        round_ = rounds[r % len(rounds)]
        cycled = r >= len(rounds)
        lines = []
        for n, g in enumerate(round_.groups, start=1):
            line = t("Group {n}: {coach} coaches {coachee}", n=n, coach=g.coach, coachee=g.coachee)
            if g.observers:
                line += " \u00b7 " + t("observing: {names}", names=_people(g.observers))
            if g.repeat or cycled:
                line += "  (" + t("repeat") + ")"
            lines.append(line)
        if round_.resting:
            lines.append(t("resting: {names}", names=_people(round_.resting)))
        title = t("Round {n}", n=r + 1)
        if planned and r >= planned:
            title += " \u2013 " + t("not in the plan")
        out.append(
            ft.Column(
                [ft.Text(title, weight=ft.FontWeight.W_600, key=f"rotation-round-{r + 1}")]
                + [ft.Text(line, size=14) for line in lines[:12]],
                spacing=2,
            )
        )
    return out


def rotation_warning(env, draft: Draft, changed: Callable[[], None]) -> list[ft.Control]:
    """When the plan has fewer practice rounds than the rotation needs: who would not coach, and
    the fixes (add rounds, accept, threes and pairs)."""
    t = env.t
    fit = draft.fit()
    if fit is None or not fit.short:
        return []
    if draft.accepted_short:
        return [
            muted(
                t("Accepted: {names} will not coach today.", names=_people(fit.never_coach)),
                size=14,
            )
        ]
    missing = fit.needed - fit.planned

    def add_rounds() -> None:
        draft.add_practice_rounds(missing)
        changed()

    def accept() -> None:
        draft.accepted_short = True
        changed()

    def threes() -> None:
        draft.largest = 3
        changed()

    smaller = Draft(
        plan=draft.plan, people=draft.people, names=draft.names, seed=draft.seed, largest=3
    ).fit()
    fixes = [
        ft.FilledButton(
            t.ngettext("Add a round", "Add {n} rounds", missing),
            icon=ft.Icons.ADD,
            on_click=add_rounds,
            key="fix-add-round",
        ),
        ft.OutlinedButton(t("Accept as it is"), on_click=accept, key="fix-accept"),
    ]
    if smaller is not None and not smaller.short and draft.largest != 3:
        fixes.append(
            ft.OutlinedButton(
                t("Groups of three and pairs, no fours"), on_click=threes, key="fix-threes"
            )
        )
    bg, fg = WARN_COLORS
    return [
        card(
            [
                heading(t("The rotation needs more rounds than the plan has"), size=18),
                ft.Text(
                    t(
                        "{people} people need {needed} rounds so that everyone coaches once; the "
                        "plan has {planned}. Without a fix, {names} will not coach.",
                        people=draft.people,
                        needed=fit.needed,
                        planned=fit.planned,
                        names=_people(fit.never_coach),
                    ),
                    color=fg,
                    key="rotation-warning",
                ),
                muted(
                    t(
                        "Adding rounds makes the triads repeat a round (marked as a repeat): the "
                        "coach gets a second go with the feedback in mind."
                    ),
                    size=14,
                ),
                ft.Row(fixes, wrap=True, spacing=8),
            ],
            color=bg,
        )
    ]
