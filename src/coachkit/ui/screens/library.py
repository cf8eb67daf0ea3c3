"""Library tab (guide, methods, skills, question bank) and the reading screens it opens."""

from __future__ import annotations

import flet as ft

from coachkit.ui.components.chips import pill
from coachkit.ui.components.common import (
    body,
    bullets,
    card,
    heading,
    para,
    pushed_view,
    tile,
    use_app,
)
from coachkit.ui.labels import LEVELS, level_label, stage_label
from coachkit.ui.theme import GROW_COLORS, PALETTE


@ft.component
def LibraryTab() -> ft.Control:
    state = use_app()
    t = state.t
    lang = state.lang
    page = ft.context.page
    library = state.services.library
    controls: list[ft.Control] = []
    if library.guides:
        controls += [
            heading(t("Guide"), "title_medium"),
            tile(
                t("Guide"),
                t("Coaching your own supervisor: what, when and how"),
                lambda: page.navigate("/guide"),
                ft.Icons.MAP_OUTLINED,
            ),
        ]
    controls.append(heading(t("Methods"), "title_medium"))
    controls += [
        tile(
            m.title.get(lang),
            m.summary.get(lang),
            lambda _, mid=m.id: page.navigate(f"/method/{mid}"),
            ft.Icons.ROUTE,
            key=f"method-{m.id}",
        )
        for m in library.methods
    ] or [para(t("No methods are installed."), muted=True)]
    controls.append(heading(t("Skills"), "title_medium"))
    controls += [
        tile(
            s.title.get(lang),
            s.summary.get(lang),
            lambda _, sid=s.id: page.navigate(f"/skill/{sid}"),
            ft.Icons.PSYCHOLOGY_OUTLINED,
            key=f"skill-{s.id}",
        )
        for s in library.skills
    ] or [para(t("No skills are installed."), muted=True)]
    controls += [
        heading(t("Questions"), "title_medium"),
        tile(
            t("Question bank"),
            t("{n} questions, searchable, by GROW stage", n=len(library.questions)),
            lambda: page.navigate("/questions"),
            ft.Icons.QUESTION_ANSWER_OUTLINED,
        ),
    ]
    return body(controls, state.width, rail=not state.narrow)


def stage_pill(t, stage: str | None) -> ft.Control:
    return pill(t("GROW: {stage}", stage=stage_label(t, stage)), GROW_COLORS)


DRILLED_SKILLS = {"open-questions", "holding-back-advice", "reflecting", "listening"}
"""Skills the rewrite drill trains (turning closed, leading and advice turns into open ones)."""
DRILLED_METHODS = {"grow", "powerful-questions", "seven-questions", "oars", "active-listening"}


def practise_links(state, exercises: list, drill: bool) -> list[ft.Control]:
    """ "Practise this": the exercises that train a skill or use a method, easiest first, and the
    drill when it trains it too."""
    t = state.t
    lang = state.lang
    page = ft.context.page
    order = {lv: i for i, lv in enumerate(LEVELS)}
    shown = sorted(exercises, key=lambda e: (order.get(e.level, 9), e.title.get(lang)))
    out: list[ft.Control] = [heading(t("Practise this"), "title_medium")]
    out += [
        tile(
            e.title.get(lang),
            level_label(t, e.level),
            lambda _, eid=e.id: page.navigate(f"/exercise/{eid}"),
            ft.Icons.FORUM_OUTLINED,
            key=f"train-{e.id}",
        )
        for e in shown
    ]
    if drill:
        out.append(
            tile(
                t("Short drill"),
                t("Rewrite weak questions as open ones, checked as you go"),
                lambda: page.navigate("/drill"),
                ft.Icons.EDIT_NOTE,
                key="train-drill",
            )
        )
    if len(out) == 1:
        out.append(para(t("No exercise trains this yet."), muted=True))
    return out


@ft.component
def MethodDetail() -> ft.View:
    state = use_app()
    t = state.t
    lang = state.lang
    route = ft.use_view_path()
    method = state.services.library.items["method"].get(ft.use_route_params().get("mid", ""))
    if method is None:
        return pushed_view(route, t("Not found"), [para(t("No such method."))], state.width)
    controls: list[ft.Control] = [
        heading(method.title.get(lang), "headline_small"),
        para(method.summary.get(lang)),
        para(method.origin.get(lang), muted=True),
        heading(t("Steps"), "title_medium"),
    ]
    for n, step in enumerate(method.steps, 1):
        parts: list[ft.Control] = [
            heading(f"{n}. {step.name.get(lang)}", "title_medium"),
            para(step.description.get(lang)),
        ]
        if step.stage:
            parts.append(ft.Row([stage_pill(t, step.stage)]))
        if step.questions:
            parts.append(bullets([q.get(lang) for q in step.questions]))
        controls.append(card(parts))
    controls += [
        card(
            [
                heading(t("Coaching your own supervisor"), "title_medium"),
                para(method.upward.get(lang)),
            ],
            color=PALETTE["secondary_container"],
        ),
        heading(t("Pitfalls"), "title_medium"),
        bullets([p.get(lang) for p in method.pitfalls]),
    ]
    used_by = [e for e in state.services.library.exercises if method.id in e.methods]
    controls += practise_links(state, used_by, method.id in DRILLED_METHODS)
    if method.sources:
        controls += [
            heading(t("Sources"), "title_medium"),
            *[para(s, muted=True, selectable=True) for s in method.sources],
        ]
    return pushed_view(route, method.title.get(lang), controls, state.width)


@ft.component
def SkillDetail() -> ft.View:
    state = use_app()
    t = state.t
    lang = state.lang
    route = ft.use_view_path()
    skill = state.services.library.items["skill"].get(ft.use_route_params().get("sid", ""))
    if skill is None:
        return pushed_view(route, t("Not found"), [para(t("No such skill."))], state.width)
    controls = [
        heading(skill.title.get(lang), "headline_small"),
        para(skill.summary.get(lang)),
        card(
            [heading(t("Why it matters"), "title_medium"), para(skill.why.get(lang))],
            color=PALETTE["secondary_container"],
        ),
        heading(t("What it looks like"), "title_medium"),
        bullets([b.text.get(lang) for b in skill.behaviours]),
        heading(t("Practice tips"), "title_medium"),
        bullets([p.get(lang) for p in skill.practice]),
    ]
    trained_by = [e for e in state.services.library.exercises if skill.id in e.skills]
    controls += practise_links(state, trained_by, skill.id in DRILLED_SKILLS)
    return pushed_view(route, skill.title.get(lang), controls, state.width)


@ft.component
def GuideScreen() -> ft.View:
    state = use_app()
    t = state.t
    lang = state.lang
    route = ft.use_view_path()
    order = {"both": 0, "subordinate": 1, "supervisor": 2, "facilitator": 3}
    guides = sorted(state.services.library.guides, key=lambda g: (order[g.audience], g.id))
    controls: list[ft.Control] = []
    for guide in guides:
        controls += [
            heading(guide.title.get(lang), "headline_small"),
            para(guide.summary.get(lang), muted=True),
        ]
        for section in guide.sections:
            parts: list[ft.Control] = [para(p.get(lang)) for p in section.body]
            if section.points:
                parts.append(bullets([p.get(lang) for p in section.points]))
            controls.append(
                ft.ExpansionTile(
                    key=f"guide-{guide.id}-{section.id}",
                    title=ft.Text(
                        section.question.get(lang), theme_style=ft.TextThemeStyle.TITLE_MEDIUM
                    ),
                    controls=[ft.Column(parts, spacing=12)],
                    controls_padding=ft.Padding.only(left=16, right=16, bottom=16),
                    expanded_cross_axis_alignment=ft.CrossAxisAlignment.START,
                    min_tile_height=48,
                    maintain_state=True,
                )
            )
    if not guides:
        controls.append(para(t("No guide is installed."), muted=True))
    return pushed_view(route, t("Guide"), controls, state.width)
