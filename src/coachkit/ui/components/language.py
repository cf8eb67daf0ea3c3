"""A compact language switch for an AppBar: one button naming the other language."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from coachkit.i18n import LANGUAGE_NAMES, LANGUAGES
from coachkit.ui.components.common import use_app


@ft.component
def LanguageToggle(
    current: str | None = None, on_pick: Callable[[str], None] | None = None
) -> ft.Control:
    """ "English" while the app is in Finnish, "Suomi" while in English.

    Inside the participant app it switches the app's language (saved for this phone or computer).
    Screens that run without the app (the standalone workshop screens) pass their own ``current``
    language and ``on_pick``; with neither, nothing is shown.
    """
    state = use_app()
    if state is not None:
        current, on_pick = state.lang, state.set_lang
    if current is None or on_pick is None:
        return ft.Container()
    other = next(lang for lang in LANGUAGES if lang != current)
    pick = on_pick
    return ft.TextButton(
        LANGUAGE_NAMES[other],
        icon=ft.Icons.TRANSLATE,
        on_click=lambda: pick(other),
        key="lang-toggle",
    )
