"""Saving a plan: a built-in template is never overwritten, its copy is saved under a new id."""

from __future__ import annotations

import flet as ft

from coachkit.ui.facilitator.model import Draft, plan_text, safe_plan_id
from coachkit.ui.facilitator.widgets import error_text, muted


def builtin_ids(env) -> set[str]:
    return {p.id for p in env.library.plans}


def save_plan(env, draft: Draft, plan_id: str) -> str:
    """Save the draft under ``plan_id``; returns the id. Raises ValueError for a built-in id."""
    pid = safe_plan_id(plan_id)
    if pid in builtin_ids(env):
        raise ValueError(env.t("{id} is a built-in template: choose a new id.", id=pid))
    plan = draft.plan.model_copy(update={"start": draft.start, "id": pid})
    env.store.save_plan(pid, plan_text(plan))
    draft.plan = plan
    return pid


@ft.component
def SaveRow(env, draft: Draft, on_saved) -> ft.Control:
    """The save button; for a built-in template it first asks for the copy's id."""
    t = env.t
    asking, set_asking = ft.use_state(False)
    typed = ft.use_ref("")
    error, set_error = ft.use_state(None)

    def save() -> None:
        current = draft.plan.id
        if current in builtin_ids(env):
            typed.current = t("{id}-copy", id=current)
            set_asking(True)
            return
        title = draft.plan.title.get(env.lang)
        try:
            pid = save_plan(env, draft, current if current != "my-plan" else title)
        except Exception as exc:  # the store or the id says why
            set_error(str(exc))
            return
        set_error(None)
        on_saved(pid)

    def save_copy(_: object = None) -> None:
        try:
            pid = save_plan(env, draft, typed.current or "")
        except Exception as exc:
            set_error(str(exc))
            return
        set_error(None)
        set_asking(False)
        on_saved(pid)

    if not asking:
        return ft.Column(
            [
                ft.FilledButton(
                    t("Save plan"), icon=ft.Icons.SAVE, on_click=save, height=44, key="plan-save"
                ),
                error_text(error),
            ],
            tight=True,
        )
    return ft.Column(
        [
            muted(
                t("This is a built-in template. Save your copy under a new id; the template stays.")
            ),
            ft.Row(
                [
                    ft.TextField(
                        label=t("Id of your copy"),
                        value=typed.current,
                        width=280,
                        on_change=lambda e: setattr(typed, "current", e.control.value or ""),
                        on_submit=save_copy,
                        key="plan-copy-id",
                    ),
                    ft.FilledButton(t("Save copy"), on_click=save_copy, height=44),
                    ft.TextButton(t("Cancel"), on_click=lambda: set_asking(False)),
                ],
                wrap=True,
            ),
            error_text(error),
        ],
        tight=True,
        key="plan-save-ask",
    )
