"""Practice tab: the exercises, filtered by level and method; and one exercise's detail screen."""

from __future__ import annotations

import flet as ft

from coachkit.ui.components.common import (
    body,
    bullets,
    card,
    filter_chips,
    heading,
    para,
    pushed_view,
    tile,
    use_app,
)
from coachkit.ui.components.pdf import PdfButton
from coachkit.ui.labels import LEVELS, level_label
from coachkit.ui.theme import PALETTE

ALL = "all"


def filtered(exercises: list, level: str | None, method: str | None, lang: str = "fi") -> list:
    """Exercises of ``level`` that use ``method`` (None: any), easiest level first."""
    order = {lv: i for i, lv in enumerate(LEVELS)}
    return sorted(
        (
            e
            for e in exercises
            if (level is None or e.level == level) and (method is None or method in e.methods)
        ),
        key=lambda e: (order.get(e.level, 9), e.title.get(lang)),
    )


@ft.component
def ExercisesTab() -> ft.Control:
    state = use_app()
    t = state.t
    lang = state.lang
    page = ft.context.page
    library = state.services.library
    level = state.filters.get("level")
    method = state.filters.get("method")
    used = sorted({m for e in library.exercises for m in e.methods})
    methods = [library.items["method"][m] for m in used if m in library.items["method"]]

    shown = filtered(library.exercises, level, method, lang)
    controls: list[ft.Control] = [
        filter_chips(
            [(None, t("All levels")), *[(lv, level_label(t, lv)) for lv in LEVELS]],
            level,
            lambda v: state.set_filter("level", v),
        ),
    ]
    if methods:

        def pick_method(e) -> None:
            value = e.control.value
            state.set_filter("method", None if value in (None, "", ALL) else value)

        controls.append(
            ft.Semantics(
                label=t("Method"),
                container=True,
                content=ft.Dropdown(
                    label=t("Method"),
                    value=method or ALL,
                    options=[
                        ft.DropdownOption(key=ALL, text=t("All methods")),
                        *[ft.DropdownOption(key=m.id, text=m.title.get(lang)) for m in methods],
                    ],
                    on_select=pick_method,
                    dense=True,
                    expand=True,
                    key="method-filter",
                ),
            )
        )
    controls.append(para(t.ngettext("{n} exercise", "{n} exercises", len(shown)), muted=True))
    for ex in shown:
        controls.append(
            tile(
                ex.title.get(lang),
                f"{level_label(t, ex.level)} · {ex.summary.get(lang)}",
                lambda _, eid=ex.id: page.navigate(f"/exercise/{eid}"),
                ft.Icons.FORUM_OUTLINED,
                key=f"ex-{ex.id}",
            )
        )
    if not shown:
        controls.append(para(t("No exercise matches these filters."), muted=True))
    return body(controls, state.width, rail=not state.narrow)


@ft.component
def ExerciseDetail() -> ft.View:
    state = use_app()
    t = state.t
    lang = state.lang
    page = ft.context.page
    eid = ft.use_route_params().get("eid", "")
    route = ft.use_view_path()
    exercise = state.services.exercise(eid)
    if exercise is None:
        return pushed_view(route, t("Not found"), [para(t("No such exercise."))], state.width)
    library = state.services.library

    def begin(mode: str) -> None:
        state.start_practice(eid, mode)
        page.navigate(f"/exercise/{eid}/play")

    persona = exercise.persona
    controls: list[ft.Control] = [
        heading(exercise.title.get(lang), "headline_small"),
        para(f"{level_label(t, exercise.level)} · {exercise.summary.get(lang)}", muted=True),
        card(
            [
                heading(t("Situation"), "title_medium"),
                para(exercise.situation.get(lang)),
                para(
                    t(
                        "You coach {name}, {role}.",
                        name=persona.name.get(lang),
                        role=persona.role.get(lang),
                    ),
                    muted=True,
                ),
            ],
            color=PALETTE["secondary_container"],
        ),
        heading(t("What you practise"), "title_medium"),
        bullets([g.get(lang) for g in exercise.learning_goals]),
        ft.Row(
            [
                ft.FilledButton(
                    t("Start: type your questions"),
                    icon=ft.Icons.KEYBOARD,
                    on_click=lambda: begin("free"),
                ),
                ft.OutlinedButton(
                    t("Start: choose from options"),
                    icon=ft.Icons.CHECKLIST,
                    on_click=lambda: begin("choice"),
                ),
            ],
            wrap=True,
            spacing=12,
            run_spacing=12,
        ),
    ]
    controls += [
        heading(t("Handouts"), "title_medium"),
        ft.Row(
            [
                PdfButton(t("Worksheet (PDF)"), "worksheet", eid),
                PdfButton(t("Role cards (PDF)"), "role-cards", eid),
            ],
            wrap=True,
            spacing=12,
            run_spacing=12,
        ),
    ]
    methods = [library.items["method"][m] for m in exercise.methods if m in library.items["method"]]
    if methods:
        controls.append(heading(t("Methods"), "title_medium"))
        controls += [
            tile(
                m.title.get(lang),
                m.summary.get(lang),
                lambda _, mid=m.id: page.navigate(f"/method/{mid}"),
                ft.Icons.ROUTE,
            )
            for m in methods
        ]
    skills = [library.items["skill"][s] for s in exercise.skills if s in library.items["skill"]]
    if skills:
        controls.append(heading(t("Skills"), "title_medium"))
        controls += [
            tile(
                s.title.get(lang),
                s.summary.get(lang),
                lambda _, sid=s.id: page.navigate(f"/skill/{sid}"),
                ft.Icons.PSYCHOLOGY_OUTLINED,
            )
            for s in skills
        ]
    return pushed_view(route, exercise.title.get(lang), controls, state.width)
