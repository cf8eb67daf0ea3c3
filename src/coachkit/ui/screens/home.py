"""Home tab: continue where you left off, a suggested exercise, language, warnings."""

from __future__ import annotations

import flet as ft

from coachkit.i18n import LANGUAGE_NAMES, LANGUAGES
from coachkit.progress import Suggestion
from coachkit.progress import suggest as suggest_next
from coachkit.ui.components.common import banner, body, card, heading, para, tile, use_app
from coachkit.ui.components.progress import focus_text
from coachkit.ui.facilitator.join import participant_id
from coachkit.ui.labels import level_label
from coachkit.ui.theme import PALETTE


def suggest(state) -> object | None:
    """The exercise to suggest next (see :func:`coachkit.progress.suggest`)."""
    return next_step(state).exercise


def next_step(state) -> Suggestion:
    """The focus and exercise suggested from this learner's own rounds."""
    return suggest_next(state.store.history(), state.services.library.exercises)


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
    if notice is None or state.notice_dismissed or state.services.lan:
        # on a LAN server the data file is the facilitator's laptop's: not a phone's business
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

    joined = joined_tile(state, page)
    controls += [joined] if joined is not None else []  # in a workshop, the round card first
    controls += next_cards(state)

    join = [  # a phone that joined has its round card at the top instead
        tile(
            t("Join the workshop"),
            t("Share your rounds' numbers with the room, anonymously"),
            lambda: page.navigate("/join"),
            ft.Icons.GROUPS_OUTLINED,
            key="home-join",
        )
    ]
    if joined is not None:
        join = []
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
        *join,
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
    ]
    return body(controls, state.width, rail=not state.narrow)


def joined_tile(state, page: ft.Page) -> ft.Control | None:
    """For a phone that has joined the workshop: the way back to its round card (it must not be
    asked to join again). None before joining."""
    t = state.t
    room = state.services.room
    pid = participant_id(page)
    if not (room.active and pid is not None and room.room.known(pid)):
        return None
    return tile(
        t("Back to your round card"),
        t("You have joined: your round, role and exercise as the workshop moves on"),
        lambda: page.navigate("/join"),
        ft.Icons.BADGE_OUTLINED,
        key="home-round-card",
    )


def next_cards(state) -> list[ft.Control]:
    """What to practise next: one skill to focus on, the exercise that trains it, a short drill."""
    t = state.t
    lang = state.lang
    page = ft.context.page
    step = next_step(state)
    if step.exercise is None:
        return [para(t("No exercises are installed."), muted=True)]
    title, why = focus_text(t, step.focus.id)
    exercise = step.exercise
    skill = state.services.library.items["skill"].get(step.focus.skill)
    from coachkit.ui.screens.drill import due_count

    due = due_count(state)
    focus: list[ft.Control] = [
        ft.Text(
            t("What to practise next"),
            theme_style=ft.TextThemeStyle.LABEL_LARGE,
            color=PALETTE["on_surface_variant"],
        ),
        heading(title, "title_large"),
        para(why),
    ]
    if skill is not None:
        focus.append(
            ft.TextButton(
                t("Read: {skill}", skill=skill.title.get(lang)),
                icon=ft.Icons.MENU_BOOK_OUTLINED,
                on_click=lambda: page.navigate(f"/skill/{skill.id}"),
            )
        )
    return [
        card(focus),
        card(
            [
                ft.Text(
                    t("Suggested exercise"),
                    theme_style=ft.TextThemeStyle.LABEL_LARGE,
                    color=PALETTE["on_surface_variant"],
                ),
                heading(exercise.title.get(lang), "title_large"),
                para(exercise.summary.get(lang)),
                para(level_label(t, exercise.level), muted=True),
                ft.FilledButton(
                    t("Open exercise"),
                    icon=ft.Icons.ARROW_FORWARD,
                    on_click=lambda: page.navigate(f"/exercise/{exercise.id}"),
                ),
            ]
        ),
        card(
            [
                heading(t("Short drill"), "title_medium"),
                para(
                    t.ngettext(
                        "{n} item is due again. Rewrite weak questions as open ones.",
                        "{n} items are due again. Rewrite weak questions as open ones.",
                        due,
                    )
                    if due
                    else t(
                        "Three questions to rewrite as open ones: your own from earlier rounds "
                        "first. Missed ones come back sooner."
                    )
                ),
                ft.OutlinedButton(
                    t("Start the drill"),
                    icon=ft.Icons.EDIT_NOTE,
                    on_click=lambda: page.navigate("/drill"),
                ),
            ]
        ),
    ]
