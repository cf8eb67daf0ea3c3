"""The app: per-session state, theme and locale, and the router of all screens.

page.render_views(App)  # via make_main(services)
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

import flet as ft

from coachkit.ui.components.common import StateCtx
from coachkit.ui.facilitator import routes as facilitator_routes
from coachkit.ui.screens.drill import DrillScreen
from coachkit.ui.screens.exercises import ExerciseDetail
from coachkit.ui.screens.library import GuideScreen, MethodDetail, SkillDetail
from coachkit.ui.screens.practice import Practice
from coachkit.ui.screens.questions import QuestionBank
from coachkit.ui.screens.shell import Shell
from coachkit.ui.screens.summary import RoundSummary
from coachkit.ui.state import AppState, Services
from coachkit.ui.theme import build_theme

DEVICE_KEY = "coachkit.device"
DEVICE_ID = re.compile(r"d-[0-9a-f]{24}")

LOCALES = {"fi": ft.Locale("fi", "FI"), "en": ft.Locale("en", "GB")}

ROUTES = [
    ft.Route(
        component=Shell,
        children=[
            ft.Route(
                path="exercise/:eid",
                component=ExerciseDetail,
                children=[ft.Route(path="play", component=Practice)],
            ),
            ft.Route(path="round/:rid", component=RoundSummary),
            ft.Route(path="method/:mid", component=MethodDetail),
            ft.Route(path="skill/:sid", component=SkillDetail),
            ft.Route(path="guide", component=GuideScreen),
            ft.Route(path="questions", component=QuestionBank),
            ft.Route(path="drill", component=DrillScreen),
            *facilitator_routes(),
        ],
    )
]
"""URL -> screens. Children are pushed over their parent (Back returns to it)."""


@ft.component
def App(services: Services) -> ft.Control:
    """The session's root. It holds the state without re-rendering on its changes: each screen
    that reads the state follows it itself, so a change re-renders the screens that show it, not
    the whole app (a phone's device id arriving, a typed turn)."""
    page = ft.context.page
    state = ft.use_memo(lambda: AppState.create(services, page.width or 390), [])

    def listen_resize() -> None:
        def on_resize(e) -> None:
            state.width = e.width

        page.on_resize = on_resize

    ft.use_effect(listen_resize, [])

    look = ft.use_ref(None)

    def apply_look(update: bool = True) -> None:
        """Locale, theme and title follow the state's language and text size."""
        if look.current == (state.lang, state.text_size):
            return
        look.current = (state.lang, state.text_size)
        page.locale_configuration = ft.LocaleConfiguration(
            supported_locales=list(LOCALES.values()), current_locale=LOCALES[state.lang]
        )
        page.theme = build_theme(state.scale)
        page.theme_mode = ft.ThemeMode.LIGHT
        page.title = state.t("coachkit - coaching your supervisor")
        if update:
            page.update()

    if look.current is None:
        # the first look goes out with the first page: the browser builds the page once, in its
        # language, instead of building it and then again for a new locale and theme
        apply_look(update=False)

    def follow_look():
        apply_look()
        return state.subscribe(lambda _state, _field: apply_look())  # the disposer: cleanup

    ft.use_effect(follow_look, [])

    prefs = ft.use_memo(lambda: ft.SharedPreferences() if services.lan else None, [])

    async def claim_device() -> None:
        """On a LAN server, this phone's own data: a device id kept in the phone's browser."""
        if prefs is None:
            return
        device = await prefs.get(DEVICE_KEY)
        if not isinstance(device, str) or not DEVICE_ID.fullmatch(device):
            device = f"d-{secrets.token_hex(12)}"
            await prefs.set(DEVICE_KEY, device)
        page.session.store.set(DEVICE_KEY, device)  # one room membership per device
        state.set_owner(device)

    ft.use_effect(claim_device, [])
    return StateCtx(state, lambda: ft.Router(ROUTES, manage_views=True))


def make_main(services: Services) -> Callable[[ft.Page], None]:
    """The ``main(page)`` for Flet: every session renders :func:`App` over shared services."""

    def main(page: ft.Page) -> None:
        page.theme = build_theme(1.0)
        page.theme_mode = ft.ThemeMode.LIGHT
        page.render_views(lambda: App(services))
        services.first_page.set()

    return main
