"""A button that gives the user a PDF handout: a download link in the browser, a save dialog in
a desktop or phone window. The PDF is built by the server route (web) or on the tap (window)."""

from __future__ import annotations

import flet as ft

from coachkit.store import LOCAL
from coachkit.ui.components.common import use_app
from coachkit.ui.urls import HANDOUT_ROUTE


def handout_url(kind: str, item: str | int, lang: str, owner: str = LOCAL) -> str:
    path = HANDOUT_ROUTE.format(kind=kind, item=item, lang=lang)
    return path if owner == LOCAL or kind != "report" else f"{path}?device={owner}"


def handout_bytes(
    services, kind: str, item: str | int, lang: str, owner: str = LOCAL
) -> bytes | None:
    """Build the PDF: worksheet / role-cards of an exercise, or the report of a saved round."""
    from coachkit.handouts import build

    library = services.library
    if kind in ("worksheet", "role-cards"):
        exercise = library.items["exercise"].get(str(item))
        return None if exercise is None else build(kind, library, lang, exercise=exercise)
    if kind == "report" and str(item).isdigit():
        record = services.store.for_owner(owner).round(int(item))
        if record is None or record.summary is None:
            return None
        exercise = library.items["exercise"].get(record.exercise)
        return build("report", library, lang, summary=record.summary, exercise=exercise)
    return None


@ft.component
def PdfButton(label: str, kind: str, item: str | int) -> ft.Control:
    state = use_app()
    picker = ft.use_memo(lambda: None if state.services.web else ft.FilePicker(), [])
    lang = state.lang
    if state.services.web:
        return ft.OutlinedButton(
            label,
            icon=ft.Icons.PICTURE_AS_PDF,
            action=ft.OpenUrl(handout_url(kind, item, lang, state.owner)),
        )

    async def save() -> None:
        data = handout_bytes(state.services, kind, item, lang, state.owner)
        if data is not None:
            await picker.save_file(file_name=f"coachkit-{kind}-{item}-{lang}.pdf", src_bytes=data)

    return ft.OutlinedButton(label, icon=ft.Icons.PICTURE_AS_PDF, on_click=save)
