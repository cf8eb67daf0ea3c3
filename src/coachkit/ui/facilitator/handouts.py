"""The plan's printable handouts, from the plan screen: the plan as it stands, in a language of its own.

The card offers exactly the files of the plan's pack (workshop.pack_files names them), each built as
the pack builds it, and the whole pack as one ZIP.

Each button builds the PDF on the server and hands it over with FilePicker.save_file: a download in
the browser, a save dialog in a desktop window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

import flet as ft

from coachkit.i18n import LANGUAGE_NAMES, LANGUAGES
from coachkit.ui.facilitator.model import Draft
from coachkit.ui.facilitator.session import Env
from coachkit.ui.facilitator.widgets import card, error_text, heading, muted
from coachkit.workshop import PlanError
from coachkit.workshop.pack_files import PackFile, pack_files

if TYPE_CHECKING:
    from coachkit.content.loader import Library
    from coachkit.content.models import Plan

Maker = Callable[[Draft, Env, str], tuple[str, bytes]]


def _join_url(env: Env) -> str | None:
    room = env.room
    return f"{room.urls[0]}/join" if room.lan and room.urls else None


def _file(file: PackFile) -> Maker:
    """Build one file of the plan's pack, named and made as the pack makes it."""

    def make(draft: Draft, env: Env, lang: str) -> tuple[str, bytes]:
        from coachkit import handouts  # ReportLab loads when a PDF is made, not at start-up

        return handouts.pack_file(
            draft.plan, env.library, lang, file, join_url=_join_url(env), start=draft.start
        )

    return make


def _pack(draft: Draft, env: Env, lang: str) -> tuple[str, bytes]:
    from coachkit import handouts  # ReportLab loads when a PDF is made, not at start-up

    data = handouts.pack_zip(
        draft.plan, env.library, lang, join_url=_join_url(env), start=draft.start
    )
    return f"{draft.plan.id}-handouts-{lang}.zip", data


def _label(t, file: PackFile, titles: dict[str, str]) -> str:
    if file.kind == "worksheet":
        return t("Worksheet: {title}", title=titles.get(str(file.exercise), str(file.exercise)))
    if file.kind == "role-cards":
        return t("Role cards: {title}", title=titles.get(str(file.exercise), str(file.exercise)))
    return {
        "guide": t("Facilitator guide"),
        "participant": t("Participant handout"),
        "observer-basic": t("Observer sheet (one page)"),
        "question-cards": t("Question cards"),
        "supervisor-guide": t("Guide for supervisors"),
    }[file.kind]


def _key(file: PackFile) -> str:
    return file.kind if file.exercise is None else f"{file.kind}-{file.exercise}"


def documents(t, plan: Plan, library: Library) -> list[tuple[str, str, Maker]]:
    """(key, label, maker) of every document the plan screen offers: each file of the plan's
    pack (the files :func:`coachkit.workshop.pack_files.pack_files` names), then the pack as one
    ZIP."""
    exercises = library.items["exercise"]
    titles = {
        b.exercise: exercises[b.exercise].title.get(t.lang)
        for b in plan.blocks
        if b.exercise in exercises
    }
    files = [(_key(f), _label(t, f, titles), _file(f)) for f in pack_files(plan)]
    return [*files, ("pack", t("Whole pack (ZIP)"), _pack)]


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
        for key, label, maker in documents(t, draft.plan, env.library)
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
