"""Route ``/facilitator/run``: the projector view - block, countdown, who coaches, what is next.

Keys: space pauses and resumes, ``n`` moves to the next block. When a block's time runs out the
screen turns amber and a bell plays once.
"""

from __future__ import annotations

import logging

import flet as ft

from coachkit.i18n import format_time
from coachkit.ui.facilitator.chime import Chime, chime_wav
from coachkit.ui.facilitator.gate import CodeGate
from coachkit.ui.facilitator.model import RunModel, clock_text, group_lines
from coachkit.ui.facilitator.observe import use_ticker
from coachkit.ui.facilitator.session import RUN_KEY, draft_of, use_env, use_facilitator
from coachkit.ui.facilitator.widgets import block_label, error_text, frame
from coachkit.ui.theme import PALETTE
from coachkit.workshop import PlanError

log = logging.getLogger(__name__)
TIME_UP = ("#FFD54F", "#2C1A00")


def run_of(page: ft.Page, lang: str) -> RunModel:
    """This session's run (made from the draft on first use, or after "Restart")."""
    run = page.session.store.get(RUN_KEY)
    if run is None or run.lang != lang:
        run = RunModel(draft_of(page), lang=lang)
        page.session.store.set(RUN_KEY, run)
    return run


def _who(t, coach, coachee, observers) -> str:
    text = t("{coach} coaches {coachee}", coach=coach, coachee=coachee)
    if observers:
        text += "  \u00b7  " + t("observing: {names}", names=", ".join(map(str, observers)))
    return text


@ft.component
def RunScreen() -> ft.View:
    """The projector view."""
    env = use_env()
    ok, try_code = use_facilitator()
    page = ft.context.page
    route = ft.use_view_path()
    t, lang = env.t, env.lang
    _, set_version = ft.use_state(0)
    error = None
    try:
        run = run_of(page, lang) if ok else None
    except PlanError as exc:
        run, error = None, str(exc)
    chime = ft.use_memo(lambda: Chime(src=chime_wav()), [])
    use_ticker(ok and run is not None and run.timer.running, 0.5)

    def refresh() -> None:
        set_version(lambda v: v + 1)

    def control(key: str) -> None:
        if run is None:
            return
        run.key(key)
        refresh()

    def listen_keys() -> None:
        def on_key(e: ft.KeyboardEvent) -> None:
            if e.ctrl or e.alt or e.meta:
                return
            if e.key in (" ", "Space") or e.key.lower() == "n":
                control(e.key)

        page.on_keyboard_event = on_key
        page.update()

    def forget_keys() -> None:
        page.on_keyboard_event = None

    ft.use_effect(listen_keys, [run is None], cleanup=forget_keys)

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
    up = timer.finished and not timer.done
    bg, fg = TIME_UP if up else (PALETTE["surface"], PALETTE["on_surface"])
    if timer.done:
        big = t("Done")
    elif up:
        big = "+" + clock_text(timer.overtime())
    else:
        big = clock_text(timer.remaining())
    size = 150 if env.width >= 900 else 84
    title = entry.block.title.get(lang)
    when = f"{format_time(entry.start, lang)}\u2013{format_time(entry.end, lang)}"
    number = run.round_number()
    groups = group_lines(run.current_round())
    nxt = run.next_entry()

    status = t("Paused - press space") if not timer.running and not timer.done else ""
    if up:
        status = t("Time is up - press N for the next block")
    head = [
        ft.Text(title, size=48 if env.width >= 900 else 30, weight=ft.FontWeight.W_700, color=fg),
        ft.Text(
            " \u00b7 ".join(
                x
                for x in (
                    when,
                    block_label(t, entry.block.kind),
                    t("Round {n}", n=number) if number else "",
                )
                if x
            ),
            size=24 if env.width >= 900 else 17,
            color=fg,
        ),
    ]
    who = [
        ft.Text(
            t("Group {n}", n=n) + ":  " + _who(t, coach, coachee, obs),
            size=28 if env.width >= 900 else 18,
            color=fg,
        )
        for n, coach, coachee, obs in groups[:14]
    ]
    if run.rotation_error and number:
        who = [error_text(run.rotation_error)]
    coming = (
        t(
            "Next: {title} at {time}",
            title=nxt.block.title.get(lang),
            time=format_time(nxt.start, lang),
        )
        if nxt
        else t("Last block")
    )
    buttons = ft.Row(
        [
            ft.FilledButton(
                t("Pause") if timer.running else t("Start"),
                icon=ft.Icons.PAUSE if timer.running else ft.Icons.PLAY_ARROW,
                on_click=lambda: control(" "),
                height=52,
                key="run-toggle",
            ),
            ft.OutlinedButton(
                t("Next block"), icon=ft.Icons.SKIP_NEXT, on_click=lambda: control("n"), height=52
            ),
            ft.OutlinedButton(
                t("+1 min"),
                on_click=lambda: (timer.add_seconds(60), refresh()),
                height=52,
            ),
            ft.TextButton(
                t("Restart"),
                on_click=lambda: (page.session.store.set(RUN_KEY, None), refresh()),
            ),
        ],
        wrap=True,
        spacing=12,
    )
    controls = [
        *head,
        ft.Text(big, size=size, weight=ft.FontWeight.W_800, color=fg, key="run-clock"),
        ft.Text(status, size=22, color=fg, key="run-status"),
        *who,
        ft.Divider(),
        ft.Text(coming, size=26 if env.width >= 900 else 18, color=fg, key="run-next"),
        buttons,
    ]
    return frame(route, t("Run"), controls, env.width, bgcolor=bg)
