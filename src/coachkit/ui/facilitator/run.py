"""Route ``/facilitator/run``: the projector view that runs the workshop and the room with it.

Centred for a wall at 1280x720: the section, its exercise and round, a big countdown, the groups of
the round, and in the corner the join QR code and short address. Keys: space pauses, N or the right
arrow moves on, P or the left arrow goes back, + adds a minute, R reveals the section's role-play
results and T the observers' tallies (each hidden until revealed). Every move is pushed to the
joined phones. When a block's time runs out the screen turns amber, says so in large type, and a
bell plays once.
"""

from __future__ import annotations

import logging

import flet as ft

from coachkit.i18n import format_time
from coachkit.ui.facilitator.chime import Chime, chime_wav
from coachkit.ui.facilitator.gate import CodeGate
from coachkit.ui.facilitator.model import RunModel, clock_text, group_lines
from coachkit.ui.facilitator.observe import use_ticker
from coachkit.ui.facilitator.projector import group_rows, join_corner, key_help
from coachkit.ui.facilitator.reveal_view import picture_view
from coachkit.ui.facilitator.session import (
    RUN_KEY,
    draft_of,
    publish,
    use_env,
    use_facilitator,
    use_room_updates,
)
from coachkit.ui.facilitator.widgets import block_label, error_text, frame
from coachkit.ui.theme import PALETTE
from coachkit.workshop import PlanError
from coachkit.workshop.reveal import compare

log = logging.getLogger(__name__)
TIME_UP = ("#FFD54F", "#2C1A00")
MOVE_KEYS = {" ", "space", "n", "p", "+", "=", "arrow right", "arrow left", "page up", "page down"}
MOVE_KEYS |= {"numpad add", "add"}


def run_of(page: ft.Page, lang: str) -> RunModel:
    """This session's run (made from the draft on first use, or after "Restart")."""
    run = page.session.store.get(RUN_KEY)
    if run is None or run.lang != lang:
        run = RunModel(draft_of(page), lang=lang)
        page.session.store.set(RUN_KEY, run)
    return run


@ft.component
def RunScreen() -> ft.View:
    """The projector view."""
    env = use_env()
    ok, try_code = use_facilitator()
    page = ft.context.page
    route = ft.use_view_path()
    t, lang = env.t, env.lang
    room = env.room
    _, set_version = ft.use_state(0)
    use_room_updates()  # rounds shared, phones connected: the counts in the corner follow
    error = None
    try:
        run = run_of(page, lang) if ok else None
    except PlanError as exc:
        run, error = None, str(exc)
    chime = ft.use_memo(lambda: Chime(src=chime_wav()), [])
    use_ticker(ok and run is not None and run.timer.running, 0.5)

    def push() -> None:
        """Tell the phones where the workshop is now."""
        if run is not None:
            titles = {e.index: e.block.title.get(lang) for e in run.agenda.entries}
            room.set_run(run.state(), titles, run.draft.plan.title.get(lang))
            publish(page, "run")

    def refresh() -> None:
        set_version(lambda v: v + 1)

    def control(key: str) -> None:
        if run is None:
            return
        run.key(key)
        push()
        refresh()

    def reveal(source: str) -> None:
        if run is None:
            return
        section = run.practice_section()
        if section is None:
            return
        room.reveal(source, section, not room.is_revealed(source, section))
        publish(page, "reveal")
        refresh()

    def listen_keys() -> None:
        def on_key(e: ft.KeyboardEvent) -> None:
            if e.ctrl or e.alt or e.meta:
                return
            key = (e.key or "").lower()
            if key in MOVE_KEYS:
                control(key)
            elif key == "r":
                reveal("roleplay")
            elif key == "t":
                reveal("tally")

        page.on_keyboard_event = on_key
        page.update()

    def forget_keys() -> None:
        page.on_keyboard_event = None

    ft.use_effect(listen_keys, [run is None], cleanup=forget_keys)
    ft.use_effect(push, [run is None, id(run)])  # a new run (or plan) reaches the phones at once

    cue = run is not None and run.poll_cue()

    def ring() -> None:
        if not cue:
            return

        async def play() -> None:
            try:
                await chime.play()
            except Exception as exc:  # no audio on this client: the flash still shows
                log.info("chime not played: %s", exc)

        page.run_task(play)

    ft.use_effect(ring, [cue, run.timer.index if run else None])

    if not ok:
        return CodeGate(env, try_code, route)
    if run is None:
        return frame(route, t("Run"), [error_text(error)], env.width)

    timer = run.timer
    entry = run.entry
    block = entry.block
    up = timer.finished and not timer.done
    bg, fg = TIME_UP if up else (PALETTE["surface"], PALETTE["on_surface"])
    wide = env.width >= 900
    if timer.done:
        big = t("Done")
    elif up:
        big = "+" + clock_text(timer.overtime())
    else:
        big = clock_text(timer.remaining())
    number = run.round_number()
    exercise = next((x for x in env.library.exercises if x.id == block.exercise), None)
    when = f"{format_time(entry.start, lang)}\u2013{format_time(entry.end, lang)}"
    sub = [
        t("Round {n}/{total}", n=number, total=len(run.draft.round_blocks())) if number else "",
        exercise.title.get(lang) if exercise is not None else block_label(t, block.kind),
    ]
    if up:
        status = t("Time is up! Press N for the next section")
    elif timer.done:
        status = ""
    elif not timer.running:
        status = t("Paused – press space")
    else:
        status = ""
    nxt = run.next_entry()
    coming = (
        when
        + "  \u00b7  "
        + (
            t(
                "Next: {title} at {time}",
                title=nxt.block.title.get(lang),
                time=format_time(nxt.start, lang),
            )
            if nxt
            else t("Last block")
        )
    )
    section = run.practice_section()
    revealing = section is not None and any(
        room.is_revealed(source, section) for source in ("roleplay", "tally")
    )
    left = [
        ft.Text(
            f"{entry.index + 1}/{len(run.agenda.entries)}  \u00b7  " + block.title.get(lang),
            size=(40 if not revealing else 32) if wide else 26,
            weight=ft.FontWeight.W_700,
            color=fg,
            key="run-title",
        ),
        ft.Text(
            "  \u00b7  ".join(x for x in sub if x),
            size=26 if wide else 17,
            color=fg,
            key="run-sub",
        ),
        ft.Text(
            big,
            size=(150 if not revealing else 96) if wide else 84,
            weight=ft.FontWeight.W_800,
            color=fg,
            key="run-clock",
        ),
        ft.Container(
            ft.Text(status, size=30 if up else 22, weight=ft.FontWeight.W_700, color=fg),
            bgcolor="#FFFFFF55" if up else None,
            border_radius=12,
            padding=ft.Padding(left=12, right=12, top=4, bottom=4) if status else 0,
            key="run-status",
        ),
        ft.Text(coming, size=24 if wide else 17, color=fg, key="run-next"),
    ]

    shown = [
        source
        for source in ("roleplay", "tally")
        if section is not None and room.is_revealed(source, section)
    ]
    right: list[ft.Control]
    if shown:
        records = room.room.records()
        title = run.agenda.entries[section].block.title.get(lang)
        right = []
        for source in shown:
            now, before = compare(records, section, source)
            label = title if source == "roleplay" else t("Observers: {title}", title=title)
            right += picture_view(t, lang, label, now, before)
    else:
        groups = group_lines(run.current_round())
        right = group_rows(t, groups, fg, 26 if wide else 18) if number else []
        if run.rotation_error and number:
            right = [error_text(run.rotation_error)]
        if section is not None:
            counts = room.room.records()
            plays = sum(1 for r in counts if r.section == section and r.source == "roleplay")
            tallies = sum(1 for r in counts if r.section == section and r.source == "tally")
            right.append(
                ft.Text(
                    t(
                        "Results in: {plays} role-plays, {tallies} tallies – hidden until you "
                        "press R (T for the tallies)",
                        plays=plays,
                        tallies=tallies,
                    ),
                    size=20,
                    color=fg,
                    key="run-hidden",
                )
            )
    buttons = ft.Row(
        [
            ft.OutlinedButton(
                t("Previous"), icon=ft.Icons.SKIP_PREVIOUS, on_click=lambda: control("p")
            ),
            ft.FilledButton(
                t("Pause") if timer.running else t("Start"),
                icon=ft.Icons.PAUSE if timer.running else ft.Icons.PLAY_ARROW,
                on_click=lambda: control(" "),
                key="run-toggle",
            ),
            ft.OutlinedButton(
                t("Next block"), icon=ft.Icons.SKIP_NEXT, on_click=lambda: control("n")
            ),
            ft.OutlinedButton(t("+1 min"), on_click=lambda: control("+")),
            ft.OutlinedButton(
                t("Hide results") if "roleplay" in shown else t("Reveal results"),
                icon=ft.Icons.VISIBILITY,
                on_click=lambda: reveal("roleplay"),
                disabled=section is None,
                key="run-reveal",
            ),
            ft.OutlinedButton(
                t("Hide tallies") if "tally" in shown else t("Reveal tallies"),
                on_click=lambda: reveal("tally"),
                disabled=section is None,
                key="run-reveal-tally",
            ),
            ft.TextButton(
                t("Restart"),
                on_click=lambda: (page.session.store.set(RUN_KEY, None), refresh()),
            ),
        ],
        wrap=True,
        spacing=8,
    )
    corner = join_corner(room, t, 132 if wide else 96)
    if not wide:
        return frame(route, t("Run"), [*left, *right, buttons, corner], env.width, bgcolor=bg)
    if shown:  # the reveal takes the right side; the join corner moves under the clock
        left_side = [*left, ft.Container(height=8), corner]
        right_side = right
    else:
        left_side = left
        right_side = [ft.Row([ft.Container(expand=True), corner]), *right]
    main = ft.Row(
        [
            ft.Column(left_side, expand=4 if shown else 5, spacing=6),
            ft.Column(right_side, expand=7 if shown else 5, spacing=12, scroll=ft.ScrollMode.AUTO),
        ],
        expand=True,
        spacing=32,
        vertical_alignment=ft.CrossAxisAlignment.START,
    )
    body = ft.Column(
        [
            main,
            ft.Row([buttons], alignment=ft.MainAxisAlignment.CENTER),
            ft.Row([key_help(t, fg)], alignment=ft.MainAxisAlignment.CENTER),
        ],
        expand=True,
        spacing=6,
    )
    return ft.View(
        route=route,
        padding=0,
        spacing=0,
        bgcolor=bg,
        appbar=ft.AppBar(
            title=ft.Text(t("Run"), max_lines=1),
            bgcolor=PALETTE["surface_container"],
            toolbar_height=44,
        ),
        controls=[
            ft.Container(body, padding=ft.Padding(left=40, right=32, top=12, bottom=8), expand=True)
        ],
    )
