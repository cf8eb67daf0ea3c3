"""Route ``/facilitator/plan``: build a workshop from templates and blocks, people and roles.

Every edit goes through the pure helpers of ``coachkit.workshop`` on the session's
:class:`~coachkit.ui.facilitator.model.Draft`; an invalid edit leaves the plan as it was and
shows why.
"""

from __future__ import annotations

import flet as ft

from coachkit.content.models import LocalizedText
from coachkit.i18n import format_time
from coachkit.ui.facilitator.gate import CodeGate
from coachkit.ui.facilitator.handouts import PlanHandouts
from coachkit.ui.facilitator.model import Draft, plan_from_text
from coachkit.ui.facilitator.plan_rotation import rotation_preview, rotation_warning
from coachkit.ui.facilitator.plan_save import SaveRow
from coachkit.ui.facilitator.session import RUN_KEY, draft_of, use_env, use_facilitator
from coachkit.ui.facilitator.widgets import block_label, card, error_text, frame, heading, muted
from coachkit.ui.theme import PALETTE
from coachkit.workshop import (
    DEFAULT_MINUTES,
    PlanError,
    add_block,
    move_block,
    plan_from_template,
    remove_block,
    set_exercise,
    set_minutes,
)
from coachkit.workshop.blocks import EXERCISE_KINDS

BLOCK_CHOICES = ("intro", "method-talk", "demonstration", "triad-round", "fishbowl", "troika")
BLOCK_CHOICES += ("reflecting-team", "observed-session", "debrief", "break")


def block_row(env, draft: Draft, entry, changed) -> ft.Control:
    """One block: clock time, title, minutes, exercise (practice blocks), move and remove."""
    t, lang = env.t, env.lang
    i, block = entry.index, entry.block

    def edit(fn) -> None:
        draft.apply(fn)
        changed()

    def minutes(e) -> None:
        text = (e.control.value or "").strip()
        if text.isdigit():
            edit(lambda p: set_minutes(p, i, int(text)))
        else:
            draft.error = t("Minutes must be a whole number.")
            changed()

    extras: list[ft.Control] = []
    if block.kind in EXERCISE_KINDS:
        exercises = env.library.exercises
        extras.append(
            ft.Dropdown(
                label=t("Exercise"),
                value=block.exercise or "",
                width=260,
                dense=True,
                options=[ft.DropdownOption(key="", text=t("(none)"))]
                + [ft.DropdownOption(key=x.id, text=x.title.get(lang)) for x in exercises],
                on_select=lambda e: edit(
                    lambda p: set_exercise(p, i, e.control.value or None, {x.id for x in exercises})
                ),
            )
        )
    return ft.Container(
        bgcolor=PALETTE["surface_container_low"],
        border_radius=12,
        padding=ft.Padding(left=12, right=4, top=6, bottom=6),
        key=f"block-{i}-{block.kind}",
        content=ft.Column(
            [
                ft.Row(
                    [
                        ft.Text(
                            f"{format_time(entry.start, lang)}\u2013{format_time(entry.end, lang)}",
                            width=96,
                            size=15,
                            weight=ft.FontWeight.W_600,
                        ),
                        ft.Column(
                            [
                                ft.Text(block.title.get(lang), size=16, weight=ft.FontWeight.W_600),
                                muted(block_label(t, block.kind), size=13),
                            ],
                            spacing=0,
                            expand=True,
                        ),
                        ft.TextField(
                            value=str(block.minutes),
                            width=86,
                            dense=True,
                            suffix=ft.Text(t("min")),
                            keyboard_type=ft.KeyboardType.NUMBER,
                            on_submit=minutes,
                            on_blur=minutes,
                        ),
                    ],
                    vertical_alignment=ft.CrossAxisAlignment.CENTER,
                ),
                ft.Row(
                    [
                        *extras,
                        ft.IconButton(
                            ft.Icons.ARROW_UPWARD,
                            tooltip=t("Move up"),
                            disabled=i == 0,
                            on_click=lambda: edit(lambda p: move_block(p, i, i - 1)),
                        ),
                        ft.IconButton(
                            ft.Icons.ARROW_DOWNWARD,
                            tooltip=t("Move down"),
                            disabled=i == len(draft.plan.blocks) - 1,
                            on_click=lambda: edit(lambda p: move_block(p, i, i + 1)),
                        ),
                        ft.IconButton(
                            ft.Icons.DELETE_OUTLINE,
                            tooltip=t("Remove"),
                            on_click=lambda: edit(lambda p: remove_block(p, i)),
                        ),
                    ],
                    wrap=True,
                    alignment=ft.MainAxisAlignment.END,
                    vertical_alignment=ft.CrossAxisAlignment.CENTER,
                ),
            ],
            spacing=0,
            tight=True,
        ),
    )


def templates(env) -> list[tuple[str, str, str]]:
    """(key, label, toml) of built-in templates and saved plans."""
    out = [("builtin:" + p.id, p.title.get(env.lang), "") for p in env.library.plans]
    try:
        saved = env.store.plans()
    except Exception:  # a store without plans: nothing saved
        saved = {}
    out += [("saved:" + pid, env.t("Saved: {id}", id=pid), text) for pid, text in saved.items()]
    return out


@ft.component
def Follow(render, listeners: list) -> ft.Control:
    """``render()``, re-rendered on its own whenever a setter in ``listeners`` is called."""
    _, set_rev = ft.use_state(0)

    def register() -> None:
        listeners.append(set_rev)

    def unregister() -> None:
        if set_rev in listeners:
            listeners.remove(set_rev)

    ft.use_effect(register, [], cleanup=unregister)
    return render()


@ft.component
def PlanScreen() -> ft.View:
    """Plan the workshop."""
    env = use_env()
    ok, try_code = use_facilitator()
    page = ft.context.page
    route = ft.use_view_path()
    _, set_version = ft.use_state(0)
    picked = ft.use_ref("")
    new_kind = ft.use_ref("triad-round")
    notice, set_notice = ft.use_state(None)
    listeners = ft.use_ref(None)
    if listeners.current is None:
        listeners.current = []
    if not ok:
        return CodeGate(env, try_code, route)
    t, lang = env.t, env.lang
    draft = draft_of(page)

    def changed() -> None:
        page.session.store.set(RUN_KEY, None)  # the projector restarts from the new plan
        set_version(lambda v: v + 1)

    def load_template() -> None:
        key = picked.current
        for k, _label, text in templates(env):
            if k != key:
                continue
            if k.startswith("builtin:"):
                plan = next(p for p in env.library.plans if p.id == k[8:])
                draft.apply(lambda _p, plan=plan: plan_from_template(plan))
            else:
                try:
                    loaded = plan_from_text(text)
                except PlanError as exc:
                    draft.error = str(exc)
                else:
                    draft.apply(lambda _p, loaded=loaded: loaded)
            if draft.error is None:
                draft.start = draft.plan.start
        changed()

    def rename(e) -> None:
        text = " ".join((e.control.value or "").split())[:80]
        if text:
            title = LocalizedText(fi=text, en=text)
            draft.apply(lambda p: p.model_copy(update={"title": title}))
            changed()

    def set_start(e) -> None:
        draft.set_start(e.control.value or "")
        changed()

    def set_people(n: int) -> None:
        draft.set_people(n)
        changed()

    def set_names(e) -> None:
        # Only what depends on the names re-renders: re-rendering the field itself while it is
        # typed into would send it back an older text than the one on the screen.
        draft.set_names_text(e.control.value or "")
        page.session.store.set(RUN_KEY, None)
        for follower in list(listeners.current):
            follower(lambda v: v + 1)

    def set_mode(e) -> None:
        draft.mode = e.control.value or "groups"
        changed()

    try:
        agenda = draft.agenda()
        rows = [block_row(env, draft, entry, changed) for entry in agenda.entries]
        total = t(
            "{start}\u2013{end}, {minutes} min",
            start=format_time(agenda.start, lang),
            end=format_time(agenda.end, lang),
            minutes=agenda.total_minutes,
        )
    except PlanError as exc:
        rows, total = [error_text(str(exc))], ""

    plan_card = card(
        [
            heading(t("Workshop")),
            ft.Row(
                [
                    ft.Dropdown(
                        label=t("Start from a template"),
                        width=320,
                        options=[
                            ft.DropdownOption(key=k, text=label) for k, label, _ in templates(env)
                        ],
                        on_select=lambda e: setattr(picked, "current", e.control.value or ""),
                    ),
                    ft.OutlinedButton(t("Load"), on_click=load_template, height=44),
                ],
                wrap=True,
            ),
            ft.Row(
                [
                    ft.TextField(
                        label=t("Title"),
                        value=draft.plan.title.get(lang),
                        width=320,
                        on_blur=rename,
                        on_submit=rename,
                    ),
                    ft.TextField(
                        label=t("Start time"),
                        value=draft.start,
                        width=130,
                        on_blur=set_start,
                        on_submit=set_start,
                        key="start-time",
                    ),
                    ft.Text(total, size=18, weight=ft.FontWeight.W_600, key="plan-total"),
                ],
                wrap=True,
                vertical_alignment=ft.CrossAxisAlignment.CENTER,
            ),
            error_text(draft.error),
            *rows,
            ft.Row(
                [
                    ft.Dropdown(
                        label=t("Add a block"),
                        value=new_kind.current,
                        width=240,
                        options=[
                            ft.DropdownOption(
                                key=k, text=f"{block_label(t, k)} ({DEFAULT_MINUTES[k]} min)"
                            )
                            for k in BLOCK_CHOICES
                        ],
                        on_select=lambda e: setattr(new_kind, "current", e.control.value),
                    ),
                    ft.OutlinedButton(
                        t("Add"),
                        icon=ft.Icons.ADD,
                        height=44,
                        on_click=lambda: (
                            draft.apply(lambda p: add_block(p, new_kind.current)),
                            changed(),
                        ),
                    ),
                    SaveRow(env, draft, lambda pid: set_notice(t("Saved as {id}.", id=pid))),
                    ft.FilledButton(
                        t("Run"),
                        icon=ft.Icons.SLIDESHOW,
                        on_click=lambda: page.navigate("/facilitator/run"),
                        height=44,
                    ),
                ],
                wrap=True,
            ),
            *([ft.Text(notice, key="plan-notice")] if notice else []),
        ]
    )

    def people_row() -> ft.Control:
        return ft.Row(
            [
                ft.IconButton(
                    ft.Icons.REMOVE,
                    tooltip=t("Fewer"),
                    on_click=lambda: set_people(draft.people - 1),
                ),
                ft.Text(t("{n} people", n=draft.people), size=20, key="people-count"),
                ft.IconButton(
                    ft.Icons.ADD,
                    tooltip=t("More"),
                    on_click=lambda: set_people(draft.people + 1),
                ),
                *(
                    [
                        ft.TextField(
                            label=t("Supervisor"),
                            value=draft.supervisor,
                            width=220,
                            max_length=30,
                            on_blur=lambda e: (
                                setattr(draft, "supervisor", (e.control.value or "")[:30]),
                                changed(),
                            ),
                        )
                    ]
                    if draft.mode == "supervisor"
                    else []
                ),
            ],
            wrap=True,
        )

    people_card = card(
        [
            heading(t("People and roles")),
            ft.RadioGroup(
                value=draft.mode,
                on_change=set_mode,
                content=ft.Row(
                    [
                        ft.Radio(value="groups", label=t("Triads that rotate roles")),
                        ft.Radio(value="supervisor", label=t("The team coaches its supervisor")),
                    ],
                    wrap=True,
                ),
            ),
            Follow(lambda: people_row(), listeners.current),
            ft.TextField(
                label=t("Names (optional, one per line)"),
                value=draft.names_text,
                multiline=True,
                min_lines=2,
                max_lines=6,
                max_length=2000,
                on_change=set_names,
                key="plan-names",
            ),
            Follow(
                lambda: ft.Column(
                    [*rotation_warning(env, draft, changed), *rotation_preview(env, draft)],
                    spacing=10,
                ),
                listeners.current,
            ),
        ]
    )
    handouts = PlanHandouts(draft, env)
    return frame(route, t("Plan the workshop"), [plan_card, people_card, handouts], env.width)
