"""The question bank: searchable, filterable by GROW stage."""

from __future__ import annotations

import flet as ft

from coachkit.ui.components.common import filter_chips, para, pushed_view, use_app
from coachkit.ui.components.hooks import use_text_field
from coachkit.ui.labels import STAGES, stage_label
from coachkit.ui.theme import PALETTE


def matching(questions: list, lang: str, query: str, stage: str | None) -> list:
    """Questions of ``stage`` (None: any) whose text (either language) or tags contain ``query``."""
    words = query.casefold().split()
    out = []
    for q in questions:
        if stage is not None and q.stage != stage:
            continue
        haystack = " ".join([q.text.fi, q.text.en, *q.tags, q.method or ""]).casefold()
        if all(w in haystack for w in words):
            out.append(q)
    return sorted(
        out, key=lambda q: (STAGES.index(q.stage) if q.stage in STAGES else 9, q.text.get(lang))
    )


@ft.component
def QuestionBank() -> ft.View:
    state = use_app()
    t = state.t
    lang = state.lang
    route = ft.use_view_path()
    query, set_query = ft.use_state("")
    stage = state.filters.get("stage")
    search = use_text_field(
        [lang],
        on_change=set_query,
        label=t("Search"),
        prefix_icon=ft.Icons.SEARCH,
        autofocus=False,
    )
    found = matching(state.services.library.questions, lang, query, stage)
    methods = state.services.library.items["method"]

    def method_title(mid: str | None) -> str | None:
        """The question's method in the reader's language (tags are ids, not for reading)."""
        return methods[mid].title.get(lang) if mid in methods else None

    controls: list[ft.Control] = [
        search,
        filter_chips(
            [(None, t("All stages")), *[(s, stage_label(t, s)) for s in STAGES]],
            stage,
            lambda v: state.set_filter("stage", v),
        ),
        para(t.ngettext("{n} question", "{n} questions", len(found)), muted=True),
    ]
    for q in found[:200]:
        controls.append(
            ft.Container(
                bgcolor=PALETTE["surface_container_low"],
                border_radius=12,
                padding=12,
                content=ft.Column(
                    [
                        ft.Text(
                            q.text.get(lang),
                            theme_style=ft.TextThemeStyle.BODY_LARGE,
                        ),
                        ft.Text(
                            " · ".join(
                                x for x in [stage_label(t, q.stage), method_title(q.method)] if x
                            ),
                            theme_style=ft.TextThemeStyle.BODY_SMALL,
                            color=PALETTE["on_surface_variant"],
                        ),
                    ],
                    spacing=4,
                    tight=True,
                ),
            )
        )
    return pushed_view(route, t("Question bank"), controls, state.width)
