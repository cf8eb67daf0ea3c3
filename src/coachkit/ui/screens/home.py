"""Home tab: continue where you left off, a suggested exercise, language, warnings."""

from __future__ import annotations

import flet as ft

from coachkit.i18n import LANGUAGE_NAMES, LANGUAGES
from coachkit.ui.components.common import banner, body, card, heading, para, tile, use_app
from coachkit.ui.labels import level_label
from coachkit.ui.theme import PALETTE


def suggest(state) -> object | None:
    """The exercise to suggest: the first never practised, else the one scored lowest last."""
    exercises = state.services.library.exercises
    if not exercises:
        return None
    last: dict[str, int] = {}
    for rnd in state.store.history():
        last[rnd.exercise] = int((rnd.summary or {}).get("overall", 0))
    fresh = [e for e in exercises if e.id not in last]
    if fresh:
        levels = {"beginner": 0, "intermediate": 1, "advanced": 2}
        return sorted(fresh, key=lambda e: (levels.get(e.level, 9), e.id))[0]
    return min(exercises, key=lambda e: (last.get(e.id, 0), e.id))


def language_switch(state) -> ft.SegmentedButton:
    """Suomi | English, switched at run time."""
    return ft.SegmentedButton(
        selected=[state.lang],
        allow_empty_selection=False,
        show_selected_icon=False,
        allow_multiple_selection=False,
        on_change=lambda e: state.set_lang(list(e.control.selected)[0]),
        segments=[
            ft.Segment(value=lang, label=ft.Text(LANGUAGE_NAMES[lang])) for lang in LANGUAGES
        ],
    )


def problems_banner(state) -> list[ft.Control]:
    """Content files that could not be loaded: a visible warning, the rest still works."""
    t = state.t
    problems = state.services.library.problems
    if not problems:
        return []
    shown = "\n".join(str(p) for p in problems[:5])
    more = len(problems) - 5
    text = t("Some content files could not be loaded and were skipped:") + "\n" + shown
    if more > 0:
        text += "\n" + t("... and {n} more.", n=more)
    return [banner(text)]


def store_notice(state) -> list[ft.Control]:
    """Tell the user once if their data file was moved aside or is from a newer version."""
    t = state.t
    notice = state.store.notice
    if notice is None or state.notice_dismissed:
        return []
    if notice.kind == "moved":
        text = t(
            "Your data file could not be read. It was kept as {path} and a new one was started.",
            path=notice.path,
        )
    else:
        text = t(
            "Your data file is from a newer version of coachkit. It was left untouched; "
            "what you do now is not saved."
        )

    def dismiss() -> None:
        state.notice_dismissed = True

    return [banner(text, on_close=dismiss, close_label=t("Dismiss"))]


@ft.component
def HomeTab() -> ft.Control:
    state = use_app()
    t = state.t
    lang = state.lang
    page = ft.context.page
    controls: list[ft.Control] = [*store_notice(state), *problems_banner(state)]

    record = state.resumable()
    if record is not None:
        exercise = state.services.exercise(record.exercise)

        def resume() -> None:
            state.resume_practice()
            page.navigate(f"/exercise/{record.exercise}/play")

        def discard() -> None:
            if state.practice is not None and state.practice.round_id == record.id:
                state.practice = None
            state.store.discard_round(record.id)
            state.touch()

        controls.append(
            card(
                [
                    heading(t("Continue where you left off"), "title_medium"),
                    para(exercise.title.get(lang)),
                    para(
                        t.ngettext("{n} turn so far", "{n} turns so far", len(record.turns)),
                        muted=True,
                    ),
                    ft.Row(
                        [
                            ft.FilledButton(
                                t("Continue"), icon=ft.Icons.PLAY_ARROW, on_click=resume
                            ),
                            ft.TextButton(t("Discard"), on_click=discard),
                        ],
                        wrap=True,
                    ),
                ],
                color=PALETTE["primary_container"],
            )
        )

    suggested = suggest(state)
    if suggested is not None:
        controls.append(
            card(
                [
                    ft.Text(
                        t("Suggested exercise"),
                        theme_style=ft.TextThemeStyle.LABEL_LARGE,
                        color=PALETTE["on_surface_variant"],
                    ),
                    heading(suggested.title.get(lang), "title_large"),
                    para(suggested.summary.get(lang)),
                    para(level_label(t, suggested.level), muted=True),
                    ft.FilledButton(
                        t("Open exercise"),
                        icon=ft.Icons.ARROW_FORWARD,
                        on_click=lambda: page.navigate(f"/exercise/{suggested.id}"),
                    ),
                ]
            )
        )
    else:
        controls.append(para(t("No exercises are installed."), muted=True))

    controls += [
        heading(t("Learn"), "title_medium"),
        tile(
            t("Guide"),
            t("Coaching your own supervisor: what, when and how"),
            lambda: page.navigate("/guide"),
            ft.Icons.MAP_OUTLINED,
        ),
        tile(
            t("Question bank"),
            t("Open questions for each GROW stage"),
            lambda: page.navigate("/questions"),
            ft.Icons.QUESTION_ANSWER_OUTLINED,
        ),
        heading(t("Workshop"), "title_medium"),
        tile(
            t("Join the workshop"),
            t("Share your rounds' numbers with the room, anonymously"),
            lambda: page.navigate("/join"),
            ft.Icons.GROUPS_OUTLINED,
        ),
        tile(
            t("Observe a triad"),
            t("Tally buttons and a timer for the observer"),
            lambda: page.navigate("/observe"),
            ft.Icons.VISIBILITY_OUTLINED,
        ),
        tile(
            t("Facilitator"),
            t("Plan, run and follow the workshop (needs the facilitator code)"),
            lambda: page.navigate("/facilitator"),
            ft.Icons.CO_PRESENT_OUTLINED,
        ),
        heading(t("Language"), "title_medium"),
        language_switch(state),
    ]
    return body(controls, state.width, rail=not state.narrow)
