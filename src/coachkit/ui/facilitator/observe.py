"""Route ``/observe``: the observer's tally in a live triad - big buttons, a timer, a summary.

At the end the coach gets the same MITI-style figures as after a simulated round: the share of
open questions and reflections per question (``coachkit.workshop.tally``). Opened from a round card
(``/join/observe``), the tally belongs to that section and group; shared, it counts as a tally,
never as a role-play round.
"""

from __future__ import annotations

import asyncio

import flet as ft

from coachkit.i18n import format_number
from coachkit.ui.facilitator.join import report_round
from coachkit.ui.facilitator.model import clock_text, tally_to_room_summary
from coachkit.ui.facilitator.session import use_env
from coachkit.ui.facilitator.widgets import band_text, card, error_text, frame, heading, mark_label
from coachkit.ui.theme import KIND_COLORS, PALETTE
from coachkit.workshop.room import RoomError
from coachkit.workshop.tally import Tally

BUTTONS = ("open", "closed", "leading", "advice", "reflection", "summary", "interruption")
COLORS = {**KIND_COLORS, "summary": KIND_COLORS["reflection"], "interruption": KIND_COLORS["other"]}


def use_ticker(active: bool, seconds: float = 1.0) -> int:
    """Re-render the caller every ``seconds`` while ``active``."""
    page = ft.context.page
    tick, set_tick = ft.use_state(0)
    task = ft.use_ref(None)

    def start() -> None:
        if not active:
            return

        async def loop() -> None:
            while True:
                await asyncio.sleep(seconds)
                set_tick(lambda n: n + 1)

        task.current = page.run_task(loop)

    def stop() -> None:
        if task.current is not None:
            task.current.cancel()
            task.current = None

    ft.use_effect(start, [active], cleanup=stop)
    return tick


def summary_view(t, lang: str, summary: dict) -> list[ft.Control]:
    """The observed round's figures, as the coach sees them after a simulated round."""
    pct = format_number(100 * summary["open_share"], lang, 0)
    ratio = format_number(summary["reflection_ratio"], lang, 1)
    counts = summary["counts"]
    return [
        heading(t("Round summary")),
        ft.Text(t("Open questions: {pct} %", pct=pct), size=24, key="sum-open"),
        ft.Text(
            t(
                "Reflections per question: {ratio} ({band})",
                ratio=ratio,
                band=band_text(t, summary["reflection_band"]),
            ),
            size=20,
        ),
        ft.Text(t("Advice given: {n}", n=summary["advice"]), size=18),
        ft.Text(t("Leading questions: {n}", n=summary["leading"]), size=18),
        ft.Text(t("Time: {time}", time=clock_text(int(summary["seconds"]))), size=18),
        ft.Row(
            [ft.Text(f"{mark_label(t, k)}: {counts.get(k, 0)}", size=15) for k in BUTTONS],
            wrap=True,
            spacing=14,
        ),
    ]


@ft.component
def ObserveScreen() -> ft.View:
    """Tally buttons while observing; the summary after "End round"."""
    env = use_env()
    page = ft.context.page
    route = ft.use_view_path()
    t, lang = env.t, env.lang
    tally, _ = ft.use_state(Tally)
    version, set_version = ft.use_state(0)
    ended, set_ended = ft.use_state(None)
    shared, set_shared = ft.use_state(None)
    use_ticker(tally.running and ended is None)

    def bump() -> None:
        set_version(lambda v: v + 1)

    def tap(kind: str) -> None:
        tally.start()  # the first tap starts the clock
        tally.mark(kind)
        bump()

    def toggle() -> None:
        tally.pause() if tally.running else tally.start()
        bump()

    def undo() -> None:
        tally.undo()
        bump()

    def end() -> None:
        tally.pause()
        set_ended(tally.summary().to_dict())

    def again() -> None:
        tally.reset()
        set_ended(None)
        set_shared(None)

    context = page.session.store.get("coachkit.tally.context") or (None, None)
    section, group = context if isinstance(context, tuple) else (None, None)

    def share() -> None:
        try:
            report_round(
                page, env.room, tally_to_room_summary(ended), source="tally", section=section
            )
            set_shared("ok")
        except RoomError:
            set_shared("failed")

    if ended is not None:
        controls = [
            card(summary_view(t, lang, ended), color=PALETTE["surface_container_lowest"]),
            ft.Row(
                [
                    ft.FilledButton(t("New round"), on_click=again, height=48),
                    *(
                        [
                            ft.OutlinedButton(
                                t("Share numbers with the room"), on_click=share, height=48
                            )
                        ]
                        if env.room.active and shared is None
                        else []
                    ),
                ],
                wrap=True,
            ),
            error_text(t("The room did not accept this round.") if shared == "failed" else None),
            *(
                [ft.Text(t("Shared with the room: numbers only, no text."))]
                if shared == "ok"
                else []
            ),
        ]
        return frame(route, t("Observer tally"), controls, env.width)

    counts = tally.counts()
    buttons = []
    for kind in BUTTONS:
        bg, fg = COLORS[kind]
        buttons.append(
            ft.Container(
                col={"xs": 6, "md": 4},
                height=92,
                bgcolor=bg,
                border_radius=18,
                ink=True,
                on_click=lambda _, k=kind: tap(k),
                key=f"tally-{kind}",
                padding=10,
                content=ft.Column(
                    [
                        ft.Text(
                            mark_label(t, kind),
                            size=17,
                            color=fg,
                            weight=ft.FontWeight.W_600,
                            text_align=ft.TextAlign.CENTER,
                        ),
                        ft.Text(str(counts[kind]), size=26, color=fg, weight=ft.FontWeight.W_700),
                    ],
                    alignment=ft.MainAxisAlignment.CENTER,
                    horizontal_alignment=ft.CrossAxisAlignment.CENTER,
                    spacing=2,
                ),
            )
        )
    where = []
    if group is not None:
        run = env.room.run
        label = t("Group {n}", n=group)
        if run is not None and run.section == section and run.round:
            label += " \u00b7 " + t("Round {n}/{total}", n=run.round, total=run.rounds)
        where = [ft.Text(label, size=18, weight=ft.FontWeight.W_600, key="tally-where")]
    controls = [
        *where,
        ft.Row(
            [
                ft.Text(
                    clock_text(int(tally.elapsed())),
                    size=40,
                    weight=ft.FontWeight.W_700,
                    key="tally-clock",
                ),
                ft.IconButton(
                    ft.Icons.PAUSE if tally.running else ft.Icons.PLAY_ARROW,
                    on_click=toggle,
                    icon_size=36,
                    tooltip=t("Pause") if tally.running else t("Start"),
                ),
                ft.IconButton(ft.Icons.UNDO, on_click=undo, icon_size=32, tooltip=t("Undo")),
            ],
            alignment=ft.MainAxisAlignment.SPACE_BETWEEN,
        ),
        ft.ResponsiveRow(buttons, spacing=10, run_spacing=10),
        ft.FilledButton(t("End round"), on_click=end, height=52),
    ]
    return frame(route, t("Observer tally"), controls, env.width)
