"""Practice: the situation, a chat-like transcript, and the coach's input with live feedback.

Free mode: the participant types; chips under the field show, while typing, what kind of question
it is, whether it is a why-question or several at once, and its GROW stage. Choice mode: 3-4
offered turns to pick from. Every turn is saved as it happens (see PracticeRun).
"""

from __future__ import annotations

import asyncio
from typing import Any

import flet as ft

from coachkit.i18n import Translator
from coachkit.ui.components.bubble import bubble
from coachkit.ui.components.chips import chip_row, chip_specs
from coachkit.ui.components.common import (
    TAP,
    appbar_title,
    card,
    heading,
    para,
    pushed_view,
    use_app,
)
from coachkit.ui.components.confirm import finish_dialog, leave_dialog
from coachkit.ui.components.hooks import use_latest, use_text_field
from coachkit.ui.practice_run import analyze_live
from coachkit.ui.theme import PALETTE

LIVE_EVERY = 0.25
"""Seconds between two live analyses of a draft: keystrokes in between are analysed together."""


class LiveChannel:
    """Connects the input field to the live chips without re-rendering the whole screen.

    Called on every keystroke, it analyses the draft at most every ``LIVE_EVERY`` seconds (the
    latest text, when the interval ends): a room of phones typing at once costs the server a few
    analyses a second per phone instead of one per key.
    """

    def __init__(self, lang: str):
        self.lang = lang
        self.set: Any = None
        self.last: Any = None
        self.shown: tuple = ()
        """The chips on screen (:func:`chip_specs`): the same chips are not sent again."""
        self.text = ""
        self.pending: Any = None

    def update(self, text: str) -> None:
        """Take the draft (called on every keystroke); the chips follow within LIVE_EVERY."""
        self.text = text
        if self.pending is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a plain call): analyse now
            self.flush()
            return
        self.pending = loop.call_later(LIVE_EVERY, self.flush)

    def clear(self) -> None:
        """An empty draft, shown at once (a turn was just sent)."""
        if self.pending is not None:
            self.pending.cancel()
            self.pending = None
        self.text = ""
        self.last = None
        self.shown = ()
        if self.set is not None:
            self.set(None)

    def flush(self) -> None:
        """Analyse the latest draft and show the chips (when they differ from those shown)."""
        self.pending = None
        self.last = analyze_live(self.text, self.lang)
        shown = chip_specs(Translator(self.lang), self.last)
        if self.set is not None and shown != self.shown:
            self.shown = shown
            self.set(self.last)


@ft.component
def LiveChips(channel: LiveChannel) -> ft.Control:
    state = use_app()
    t = state.t
    analysis, set_analysis = ft.use_state(None)
    channel.set = set_analysis
    return ft.Container(
        content=chip_row(t, analysis, t("Feedback on your question appears here as you type.")),
        padding=ft.Padding(left=4, right=4, top=0, bottom=4),
        key="live-chips",
    )


def feedback_block(t, turn: Any) -> list[ft.Control]:
    """The latest turn's feedback: what it did, and a better alternative if there is one."""
    fb = turn.feedback
    parts: list[ft.Control] = []
    if getattr(fb, "option", None):
        parts.append(
            ft.Text(
                fb.option,
                theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                color=PALETTE["on_primary_container"],
            )
        )
    parts.append(
        ft.Text(
            fb.did, theme_style=ft.TextThemeStyle.BODY_MEDIUM, color=PALETTE["on_primary_container"]
        )
    )
    if fb.better:
        parts.append(
            ft.Text(
                t("Better: {text}", text=fb.better),
                theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                weight=ft.FontWeight.W_600,
                color=PALETTE["on_primary_container"],
            )
        )
    return parts


def taken_back_note(t, text: str) -> ft.Control:
    """A turn the participant took back: still shown, struck through, so the round stays honest."""
    return ft.Container(
        content=ft.Column(
            [
                ft.Text(
                    t("Taken back"),
                    theme_style=ft.TextThemeStyle.LABEL_MEDIUM,
                    color=PALETTE["on_surface_variant"],
                ),
                ft.Text(
                    text,
                    italic=True,
                    color=PALETTE["on_surface_variant"],
                    style=ft.TextStyle(decoration=ft.TextDecoration.LINE_THROUGH),
                ),
            ],
            spacing=2,
            tight=True,
        ),
        alignment=ft.Alignment.CENTER_RIGHT,
        padding=ft.Padding(left=48, right=8, top=0, bottom=0),
    )


def transcript(state, run) -> list[ft.Control]:
    t = state.t
    lang = run.lang
    ex = run.exercise
    persona = ex.persona.name.get(lang)
    items: list[ft.Control] = [
        card(
            [
                heading(t("Situation"), "title_medium"),
                para(ex.situation.get(lang)),
                para(
                    t("You coach {name}, {role}.", name=persona, role=ex.persona.role.get(lang)),
                    muted=True,
                ),
            ],
            color=PALETTE["secondary_container"],
        )
    ]
    entries = run.entries()
    last_coach = max(
        (i for i, e in enumerate(entries) if e.who == "coach" and not e.taken_back), default=-1
    )
    for i, entry in enumerate(entries):
        if entry.taken_back:
            if entry.who == "coach":
                items.append(taken_back_note(t, entry.text))
            continue
        if entry.who == "coach":
            extra: list[ft.Control] = [chip_row(t, entry.turn.analysis)]
            if i == last_coach:
                extra += feedback_block(t, entry.turn)
            items.append(bubble(entry.text, True, t("You"), extra, state.width))
        else:
            items.append(bubble(entry.text, False, persona, None, state.width))
    return items


@ft.component
def Practice() -> ft.View:
    state = use_app()
    t = state.t
    page = ft.context.page
    route = ft.use_view_path()
    eid = ft.use_route_params().get("eid", "")
    gen, set_gen = ft.use_state(0)
    hint_on, set_hint_on = ft.use_state(False)
    run = state.practice if state.practice and state.practice.exercise.id == eid else None
    channel = ft.use_memo(
        lambda: LiveChannel(run.lang if run else state.lang), [run.round_id if run else None]
    )

    played = ft.use_ref(False)

    def refresh_below_on_leave():
        """The screens under this one (home's "turns so far", the exercise) are refreshed once,
        when the participant leaves the round, rather than re-rendered unseen on every turn."""

        def leave() -> None:
            if played.current:
                state.touch()

        return leave

    ft.use_effect(refresh_below_on_leave, [])

    def play(action) -> None:
        if run is None or run.done:
            return
        action()
        channel.clear()
        set_gen(lambda g: g + 1)
        set_hint_on(False)
        played.current = True

    def submit(text: str) -> None:
        if text.strip():
            play(lambda: run.say(text))

    from coachkit.roleplay.session import MAX_TEXT  # the engine, loaded with the practice screen

    field = use_text_field(
        [gen, run.round_id if run else None, state.lang],
        on_change=channel.update,
        on_submit=submit,
        hint_text=t("Ask your question"),
        max_length=MAX_TEXT,  # the engine reads no more; stop typing there rather than cut it
        counter="",  # no counter under a chat box; the limit is far above any spoken question
        multiline=True,
        min_lines=1,
        max_lines=4,
        shift_enter=True,
        autofocus=gen > 0,
        expand=True,
        border=ft.OutlineInputBorder(border_radius=24),
        filled=True,
        fill_color=PALETTE["surface_container_lowest"],
        content_padding=ft.Padding(left=16, right=16, top=12, bottom=12),
    )
    send = use_latest(lambda *_: submit(field.value or ""))

    if run is None:
        return no_round(state, eid, route)

    def finish() -> None:
        if run.turn_count == 0:
            run.discard()
            state.practice = None
            page.navigate(f"/exercise/{eid}")
            return
        rid = run.finish()
        state.just_finished = rid
        state.touch()
        page.navigate(f"/round/{rid}")

    def ask_finish() -> None:
        if run.done or run.turn_count == 0:
            finish()
        else:
            page.show_dialog(finish_dialog(t, run.turn_count, page, finish))

    async def ask_leave(e) -> None:
        await e.control.confirm_pop(False)  # the round stays; the dialog decides
        page.show_dialog(leave_dialog(t, run.turn_count, page, eid))

    bottom: list[ft.Control] = []
    if hint_on and not run.done:
        bottom.append(
            ft.Container(
                content=ft.Row(
                    [
                        ft.Icon(ft.Icons.LIGHTBULB, color=PALETTE["on_tertiary_container"]),
                        ft.Text(
                            run.hint(t, state.services.library),
                            expand=True,
                            color=PALETTE["on_tertiary_container"],
                        ),
                    ]
                ),
                bgcolor=PALETTE["tertiary_container"],
                border_radius=12,
                padding=12,
            )
        )
    if run.done:
        ended = (
            t("You reached a commitment of their own.")
            if run.session.commitment_reached
            else t("The conversation has ended.")
        )
        bottom += [
            ft.Text(ended, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
            ft.FilledButton(
                t("See your results"), icon=ft.Icons.INSIGHTS, on_click=finish, height=TAP
            ),
        ]
    elif run.mode == "choice":
        bottom.append(
            ft.Text(t("Choose your next turn:"), theme_style=ft.TextThemeStyle.LABEL_LARGE)
        )
        bottom += [
            ft.OutlinedButton(
                content=ft.Row([ft.Text(option, expand=True)]),
                on_click=lambda _, n=n: play(lambda: run.pick(n)),
                style=ft.ButtonStyle(
                    padding=ft.Padding(left=16, right=16, top=12, bottom=12),
                    shape=ft.RoundedRectangleBorder(radius=12),
                ),
                key=f"opt-{gen}-{n}",
            )
            for n, option in enumerate(run.options())
        ]
    else:
        bottom += [
            LiveChips(channel),
            ft.Row(
                [
                    field,
                    ft.IconButton(
                        ft.Icon(
                            ft.Icons.SEND, semantics_label=t("Send"), color=PALETTE["on_primary"]
                        ),
                        tooltip=t("Send"),
                        on_click=send,
                        icon_color=PALETTE["on_primary"],
                        bgcolor=PALETTE["primary"],
                        width=TAP,
                        height=TAP,
                    ),
                ],
                vertical_alignment=ft.CrossAxisAlignment.END,
                spacing=8,
            ),
        ]
    pad = max(12.0, (state.width - 760) / 2)
    panel = ft.Container(
        content=ft.Column(
            bottom, spacing=8, tight=True, horizontal_alignment=ft.CrossAxisAlignment.STRETCH
        ),
        bgcolor=PALETTE["surface_container"],
        padding=ft.Padding(left=pad, right=pad, top=10, bottom=10),
    )
    talk = ft.ListView(
        controls=transcript(state, run),
        expand=True,
        spacing=10,
        auto_scroll=True,
        padding=ft.Padding(left=pad, right=pad, top=12, bottom=12),
    )

    def undo() -> None:
        play(run.undo)

    actions = [
        ft.IconButton(
            ft.Icon(ft.Icons.UNDO, semantics_label=t("Take back")),
            tooltip=t("Take back the last turn"),
            on_click=undo,
            disabled=not run.can_undo,
        ),
        ft.IconButton(
            ft.Icon(ft.Icons.LIGHTBULB_OUTLINE, semantics_label=t("Hint")),
            tooltip=t("Hint"),
            on_click=lambda: set_hint_on(lambda on: not on),
            disabled=run.done,
        ),
        ft.TextButton(t("Finish"), on_click=ask_finish),
    ]
    return ft.View(
        route=route,
        padding=0,
        spacing=0,
        bgcolor=PALETTE["surface"],
        can_pop=run.done or run.turn_count == 0,  # Back asks first while turns are in play
        on_confirm_pop=ask_leave,
        appbar=ft.AppBar(
            title=appbar_title(run.exercise.title.get(run.lang)),
            actions=actions,
            bgcolor=PALETTE["surface_container"],
        ),
        controls=[
            ft.SafeArea(
                content=ft.Column([talk, panel], expand=True, spacing=0),
                expand=True,
                avoid_intrusions_top=False,
            )
        ],
    )


def no_round(state, eid: str, route: str) -> ft.View:
    """Opened without a round in progress (a reload, a link): offer to continue or start one."""
    t = state.t
    page = ft.context.page
    record = state.resumable()
    buttons: list[ft.Control] = []
    if record is not None and record.exercise == eid:

        def resume() -> None:
            state.resume_practice()

        buttons.append(ft.FilledButton(t("Continue"), on_click=resume))

    def begin(mode: str) -> None:
        state.start_practice(eid, mode)

    if state.services.exercise(eid) is None:
        return pushed_view(route, t("Not found"), [para(t("No such exercise."))], state.width)
    buttons += [
        ft.OutlinedButton(t("Start: type your questions"), on_click=lambda: begin("free")),
        ft.OutlinedButton(t("Start: choose from options"), on_click=lambda: begin("choice")),
        ft.TextButton(
            t("Back to the exercise"), on_click=lambda: page.navigate(f"/exercise/{eid}")
        ),
    ]
    return pushed_view(
        route,
        t("Practice"),
        [para(t("No round is in progress.")), ft.Row(buttons, wrap=True)],
        state.width,
    )
