"""Route ``/join``: join the workshop, then the round card that follows the facilitator.

After joining, the card shows the facilitator's current section as it changes (pushed over
pubsub, no reload): in a practice round "Kierros 2/3 · Viikkopalaverit venyvät", the role in words
and one button to the right thing (the coach's role-play, the coachee's role card, the observer's
tally of that triad); between practice rounds what the room is doing. The phone keeps a token in
its browser, so a refresh, a locked phone or a lost connection comes back to the same place.
"""

from __future__ import annotations

import contextlib
from typing import Any

import flet as ft

from coachkit.i18n import format_number
from coachkit.ui.components.common import StateCtx
from coachkit.ui.components.hooks import use_text_field
from coachkit.ui.components.language import LanguageToggle
from coachkit.ui.facilitator.join import (
    SECTION_KEY,
    TOKEN_KEY,
    join_room,
    participant_id,
    restore,
)
from coachkit.ui.facilitator.session import LANG_KEY, Env, use_env, use_room_updates
from coachkit.ui.facilitator.widgets import block_label, card, error_text, frame, heading, muted
from coachkit.ui.phone.words import role_line, round_line
from coachkit.ui.theme import PALETTE
from coachkit.workshop.room import NICKNAME_MAX, RoomError, RoomFull
from coachkit.workshop.run_state import Assignment, RunState

TALLY_KEY = "coachkit.tally.context"
"""(section, group) the observer's tally of this session belongs to."""

ROLE_COLORS = {
    "coach": (PALETTE["primary_container"], PALETTE["on_primary_container"]),
    "coachee": ("#FFE0B2", "#3E2000"),
    "observer": ("#D7EFD9", "#0B3D17"),
}


def exercise_of(env: Env, eid: str | None) -> Any | None:
    if not eid:
        return None
    return next((x for x in env.library.exercises if x.id == eid), None)


def section_text(t, kind: str) -> str:
    """What the room is doing in a block without practice."""
    return {
        "intro": t("Listen in: the facilitator opens the workshop."),
        "method-talk": t("Listen in and try the questions when asked."),
        "demonstration": t("Watch the demonstration and count the kinds of questions."),
        "break": t("Break. Your round card updates when the next section starts."),
        "debrief": t("Debrief with the whole room: what did you notice?"),
        "fishbowl": t("Fishbowl: the inner group practises, the outer ring observes."),
        "troika": t("Troika consulting in your group."),
        "reflecting-team": t("Reflecting team: listen, then reflect aloud."),
        "feedforward": t("Feedforward carousel: ideas for the future, no feedback on the past."),
        "solo-practice": t("Practise on your own on the phone."),
    }.get(kind, "")


def round_card(env: Env, run: RunState | None, name: str | None, go) -> list[ft.Control]:
    """The card's controls for the current run state (see the module docstring)."""
    t, lang = env.t, env.lang
    if run is None:
        return [
            card(
                [
                    heading(t("Waiting for the facilitator to start")),
                    muted(t("This card shows your round and role as soon as the workshop runs.")),
                    ft.Row(
                        [
                            ft.FilledButton(t("Practise"), on_click=lambda: go("practise", None)),
                            ft.OutlinedButton(
                                t("Observe a triad"), on_click=lambda: go("observe", None)
                            ),
                        ],
                        wrap=True,
                    ),
                ],
                key="round-card",
            )
        ]
    exercise = exercise_of(env, run.exercise)
    ex_title = exercise.title.get(lang) if exercise is not None else None
    if run.done:
        return [card([heading(t("The workshop is over. Thank you!"))], key="round-card")]
    if not run.practice:
        nxt = run.next_title.get(lang) if run.next_title else None
        lines = [
            muted(t("Now"), size=14),
            ft.Text(run.title.get(lang, ""), size=26, weight=ft.FontWeight.W_700, key="now-title"),
            ft.Text(section_text(t, run.kind) or block_label(t, run.kind), size=18),
        ]
        if ex_title and run.kind in ("demonstration", "solo-practice", "fishbowl"):
            lines.append(muted(t("Exercise: {title}", title=ex_title)))
        if nxt:
            lines.append(muted(t("Next: {title}", title=nxt)))
        if run.paused:
            lines.append(muted(t("Paused")))
        return [card(lines, key="round-card")]

    mine = run.assignment(name)
    head = ft.Text(
        round_line(t, lang, run, ex_title), size=20, weight=ft.FontWeight.W_600, key="round-line"
    )
    if mine is None:
        why = (
            t("Your name is not in the facilitator's groups: ask which group you are in.")
            if name and run.names
            else t("Ask the facilitator which group you are in.")
        )
        return [
            card(
                [
                    head,
                    ft.Text(why, size=17),
                    ft.Row(
                        [
                            ft.FilledButton(
                                t("Start the role-play"),
                                on_click=lambda: go("coach", None),
                                disabled=exercise is None,
                            ),
                            ft.OutlinedButton(
                                t("Observe a triad"), on_click=lambda: go("observe", None)
                            ),
                        ],
                        wrap=True,
                    ),
                ],
                key="round-card",
            )
        ]
    bg, fg = ROLE_COLORS[mine.role]
    role = role_line(t, lang, mine)
    button = {
        "coach": (t("Start the role-play"), ft.Icons.PLAY_ARROW),
        "coachee": (t("Open your role card"), ft.Icons.BADGE_OUTLINED),
        "observer": (t("Open the tally for group {n}", n=mine.group), ft.Icons.TOUCH_APP),
    }[mine.role]
    return [
        ft.Container(
            key="round-card",
            bgcolor=bg,
            border_radius=20,
            padding=20,
            content=ft.Column(
                [
                    ft.Text(
                        round_line(t, lang, run, ex_title),
                        size=18,
                        color=fg,
                        weight=ft.FontWeight.W_600,
                        key="round-line",
                    ),
                    ft.Text(
                        role[:1].upper() + role[1:],
                        size=26,
                        color=fg,
                        weight=ft.FontWeight.W_700,
                        key=f"role-{mine.role}",
                    ),
                    muted(t("Group {n}", n=mine.group), size=15),
                    ft.FilledButton(
                        button[0],
                        icon=button[1],
                        height=56,
                        on_click=lambda: go(mine.role, mine),
                        key="round-go",
                    ),
                ],
                spacing=10,
                tight=True,
            ),
        )
    ]


def own_rounds(env: Env, pid: str) -> list[ft.Control]:
    """The participant's own rounds (nobody else's)."""
    t, lang = env.t, env.lang
    try:
        rounds = env.room.participant_view(pid)
    except RoomError:
        return []
    if not rounds:
        return [muted(t("No rounds shared yet."))]
    rows = []
    for r in rounds[-10:]:
        pct = format_number(100 * r["open_share"], lang, 0)
        rows.append(ft.Text(t("Round {n}: {pct} % open questions", n=r["round"], pct=pct), size=16))
    return rows


@ft.component
def JoinScreen() -> ft.View:
    """Join with an optional nickname, then follow the workshop on the round card."""
    env = use_env()
    page = ft.context.page
    route = ft.use_view_path()
    t = env.t
    room = env.room
    use_room_updates()  # the facilitator moved, a round was shared: re-render
    pid, set_pid = ft.use_state(lambda: participant_id(page))
    nickname = ft.use_ref("")
    error, set_error = ft.use_state(None)
    prefs = ft.use_memo(lambda: ft.SharedPreferences(), [])
    app = ft.use_context(StateCtx)  # the participant app (None when the screens run alone)
    _, redraw = ft.use_state(0)

    def pick_language(lang: str) -> None:
        """Without the app (the standalone screens): this session's language, kept for its other
        workshop screens. Inside the app the toggle switches the app's own language, which is
        saved for the phone and stays after joining."""
        page.session.store.set(LANG_KEY, lang)
        redraw(lambda n: n + 1)

    async def come_back() -> None:
        """A new session on a phone that joined before: take its place back."""
        if participant_id(page) is not None or not room.active:
            return
        try:
            token = await prefs.get(TOKEN_KEY)
        except Exception:  # no browser storage here: join as new
            return
        found = restore(page, room, token)
        if found is not None:
            set_pid(found)
            if app is not None:
                app.touch()

    ft.use_effect(come_back, [])

    async def join(_: object = None) -> None:
        try:
            joined = join_room(page, room, (nickname.current or "").strip()[:NICKNAME_MAX])
        except RoomFull:
            set_error(t("The room is full."))
            return
        set_pid(joined)
        set_error(None)
        if app is not None:
            app.touch()  # Home offers the way back to the round card instead of "Join"
        # a phone that cannot keep the token still gets its session back on a refresh
        with contextlib.suppress(Exception):
            await prefs.set(TOKEN_KEY, joined)

    # One field per language, not one per render: a re-render while the phone types (its device id
    # arriving, another phone joining) would send the value the server last heard, which lags the
    # keys still in flight, and wipe them ("Aino" became "o"). A language switch makes a new field
    # that starts with what was typed so far.
    nickname_field = use_text_field(
        [env.lang],
        on_change=lambda text: setattr(nickname, "current", text),
        on_submit=lambda _text: page.run_task(join),
        label=t("Nickname (optional)"),
        value=nickname.current,
        max_length=NICKNAME_MAX,
    )

    def go(role: str, mine: Assignment | None) -> None:
        run = room.run
        section = run.section if run is not None and run.practice else None
        if role == "coach" and run is not None and run.exercise:
            page.session.store.set(SECTION_KEY, section)
            if app is not None and app.services.exercise(run.exercise) is not None:
                app.start_practice(run.exercise, "free")  # one tap: straight into the role-play
                page.navigate(f"/exercise/{run.exercise}/play")
            else:
                page.navigate(f"/exercise/{run.exercise}")
        elif role in ("coach", "practise"):
            if app is not None:
                app.tab = 1  # the exercises tab
            page.navigate("/")
        elif role == "coachee":
            page.navigate("/join/role")
        else:
            page.session.store.set(TALLY_KEY, (section, mine.group if mine else None))
            page.navigate("/join/observe")

    if not room.active:
        controls = [card([heading(t("No workshop here")), muted(t("Ask the facilitator."))])]
    elif pid is None or not room.room.known(pid):
        controls = [
            card(
                [
                    heading(t("Join the workshop")),
                    muted(
                        t(
                            "No account needed, and a nickname is optional. Once you join, each "
                            "round you finish is shared as numbers only: the facilitator sees "
                            "totals, never what you type."
                        )
                    ),
                    muted(t("Use the name the facilitator has, and your phone shows your role.")),
                    nickname_field,
                    error_text(error),
                    ft.FilledButton(t("Join"), on_click=join, height=48),
                ]
            )
        ]
    else:
        name = room.room.nickname(pid)
        controls = [
            muted(t("You are in, {name}", name=name) if name else t("You are in"), size=16),
            *round_card(env, room.run, name, go),
            card([heading(t("Your rounds"), size=18), *own_rounds(env, pid)]),
        ]
    return frame(
        route,
        t("Workshop"),
        controls,
        env.width,
        actions=[LanguageToggle(env.lang, pick_language)],
        text_scale=env.scale,
    )
