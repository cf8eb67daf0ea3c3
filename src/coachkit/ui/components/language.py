"""A compact language switch for an AppBar: one button naming the other language."""

from __future__ import annotations

import flet as ft

from coachkit.i18n import LANGUAGE_NAMES, LANGUAGES
from coachkit.ui.components.common import use_app


@ft.component
def LanguageToggle() -> ft.Control:
    """ "English" while the app is in Finnish, "Suomi" while in English (nothing outside the app)."""
    state = use_app()
    if state is None:
        return ft.Container()
    other = next(lang for lang in LANGUAGES if lang != state.lang)
    return ft.TextButton(
        LANGUAGE_NAMES[other],
        icon=ft.Icons.TRANSLATE,
        on_click=lambda: state.set_lang(other),
        key="lang-toggle",
    )
