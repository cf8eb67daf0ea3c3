"""The plan's printable handouts, from the plan screen: the plan as it stands, in a language of its own.

Each button builds the PDF on the server and hands it over with FilePicker.save_file: a download in
the browser, a save dialog in a desktop window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import flet as ft

from coachkit.i18n import LANGUAGE_NAMES, LANGUAGES
from coachkit.ui.facilitator.model import Draft
from coachkit.ui.facilitator.session import Env
from coachkit.ui.facilitator.widgets import card, error_text, heading, muted
from coachkit.workshop import PlanError

Maker = Callable[[Draft, Env, str], tuple[str, bytes]]


def _join_url(env: Env) -> str | None:
    room = env.room
    return f"{room.urls[0]}/join" if room.lan and room.urls else None


def _guide(draft: Draft, env: Env, lang: str) -> tuple[str, bytes]:
    from coachkit import handouts  # ReportLab loads when a PDF is made, not at start-up

    data = handouts.facilitator_guide(draft.plan, env.library, lang, draft.start, _join_url(env))
    return f"{draft.plan.id}-facilitator-guide-{lang}.pdf", data


def _pack(draft: Draft, env: Env, lang: str) -> tuple[str, bytes]:
    from coachkit import handouts  # ReportLab loads when a PDF is made, not at start-up

    data = handouts.pack_zip(
        draft.plan, env.library, lang, join_url=_join_url(env), start=draft.start
    )
    return f"{draft.plan.id}-handouts-{lang}.zip", data


def _observer(draft: Draft, env: Env, lang: str) -> tuple[str, bytes]:
    from coachkit import handouts  # ReportLab loads when a PDF is made, not at start-up

    return f"observer-sheet-{lang}.pdf", handouts.observer_sheet(env.library, lang)


def _cards(draft: Draft, env: Env, lang: str) -> tuple[str, bytes]:
    from coachkit import handouts  # ReportLab loads when a PDF is made, not at start-up

    return f"question-cards-{lang}.pdf", handouts.question_cards(env.library, lang)


def _supervisors(draft: Draft, env: Env, lang: str) -> tuple[str, bytes]:
    from coachkit import handouts  # ReportLab loads when a PDF is made, not at start-up

    return f"supervisor-guide-{lang}.pdf", handouts.supervisor_guide(env.library, lang)


def documents(t) -> list[tuple[str, str, Maker]]:
    """(key, label, maker) of every document the plan screen offers."""
    return [
        ("guide", t("Facilitator guide"), _guide),
        ("observer", t("Observer sheet"), _observer),
        ("cards", t("Question cards"), _cards),
        ("supervisors", t("Guide for supervisors"), _supervisors),
        ("pack", t("Whole pack (ZIP)"), _pack),
    ]


@ft.component
def PlanHandouts(draft: Draft, env: Env) -> ft.Control:
    """A card of download buttons for the plan being edited."""
    picker = ft.use_memo(lambda: ft.FilePicker(), [])  # services must be held strongly
    lang, set_lang = ft.use_state(env.lang)
    status, set_status = ft.use_state(None)
    t = env.t

    async def give(maker: Maker) -> None:
        from coachkit.handouts import HandoutError

        try:
            # ReportLab takes a while: build in a worker thread, never on the server's loop
            name, data = await asyncio.to_thread(maker, draft, env, lang)
        except (HandoutError, PlanError) as exc:
            set_status(("error", str(exc)))
            return
        await picker.save_file(file_name=name, src_bytes=data)
        set_status(("ok", t("Ready: {name}", name=name)))

    def on_click(maker: Maker):
        async def handler() -> None:  # an async function: Flet awaits it
            await give(maker)

        return handler

    buttons = [
        ft.OutlinedButton(
            label,
            icon=ft.Icons.ARCHIVE_OUTLINED if key == "pack" else ft.Icons.PICTURE_AS_PDF,
            key=f"handout-{key}",
            height=44,
            on_click=on_click(maker),
        )
        for key, label, maker in documents(t)
    ]
    kind, text = status or (None, None)
    return card(
        [
            heading(t("Handouts")),
            muted(t("Print them before the day; they follow the plan as it is now.")),
            ft.SegmentedButton(
                selected=[lang],
                on_change=lambda e: set_lang((e.control.selected or [env.lang])[0]),
                segments=[
                    ft.Segment(value=code, label=ft.Text(LANGUAGE_NAMES[code]))
                    for code in LANGUAGES
                ],
                key="handout-lang",
            ),
            ft.Row(buttons, wrap=True, spacing=12, run_spacing=12),
            error_text(text) if kind == "error" else muted(text or ""),
        ]
    )
