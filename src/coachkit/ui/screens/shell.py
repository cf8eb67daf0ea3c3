"""The shell at "/": the five main tabs, NavigationBar on phones and NavigationRail on laptops."""

from __future__ import annotations

import flet as ft

from coachkit.ui.components.common import appbar_title, use_app
from coachkit.ui.components.language import LanguageToggle
from coachkit.ui.screens.exercises import ExercisesTab
from coachkit.ui.screens.history import HistoryTab
from coachkit.ui.screens.home import HomeTab
from coachkit.ui.screens.library import LibraryTab
from coachkit.ui.screens.settings import SettingsTab
from coachkit.ui.theme import PALETTE

TAB_COMPONENTS = [HomeTab, ExercisesTab, LibraryTab, HistoryTab, SettingsTab]


def tab_labels(t) -> list[tuple[ft.IconData, ft.IconData, str]]:
    """(icon, selected icon, label) of each tab, in order."""
    return [
        (ft.Icons.HOME_OUTLINED, ft.Icons.HOME, t("Home")),
        (ft.Icons.FORUM_OUTLINED, ft.Icons.FORUM, t("Practice")),
        (ft.Icons.MENU_BOOK_OUTLINED, ft.Icons.MENU_BOOK, t("Library")),
        (ft.Icons.INSIGHTS_OUTLINED, ft.Icons.INSIGHTS, t("History")),
        (ft.Icons.SETTINGS_OUTLINED, ft.Icons.SETTINGS, t("Settings")),
    ]


@ft.component
def Shell() -> ft.View:
    state = use_app()
    t = state.t
    labels = tab_labels(t)
    tab = state.tab if 0 <= state.tab < len(labels) else 0
    content = TAB_COMPONENTS[tab]()
    title = t("Coaching your supervisor") if tab == 0 else labels[tab][2]

    def select(e) -> None:
        state.tab = int(e.control.selected_index)

    appbar = ft.AppBar(
        title=ft.Text(title, max_lines=1, overflow=ft.TextOverflow.ELLIPSIS)
        if state.scale <= 1.0
        else appbar_title(title),
        bgcolor=PALETTE["surface_container"],
        automatically_imply_leading=False,
        actions=[LanguageToggle()],
    )
    if state.narrow:
        return ft.View(
            route="/",
            padding=0,
            spacing=0,
            bgcolor=PALETTE["surface"],
            appbar=appbar,
            navigation_bar=ft.NavigationBar(
                selected_index=tab,
                on_change=select,
                bgcolor=PALETTE["surface_container"],
                indicator_color=PALETTE["primary_container"],
                destinations=[
                    ft.NavigationBarDestination(icon=i, selected_icon=s, label=label)
                    for i, s, label in labels
                ],
            ),
            controls=[ft.SafeArea(content=content, expand=True, avoid_intrusions_top=False)],
        )
    rail = ft.NavigationRail(
        selected_index=tab,
        on_change=select,
        label_type=ft.NavigationRailLabelType.ALL,
        bgcolor=PALETTE["surface_container_low"],
        indicator_color=PALETTE["primary_container"],
        min_width=88,
        destinations=[
            ft.NavigationRailDestination(icon=i, selected_icon=s, label=label)
            for i, s, label in labels
        ],
    )
    return ft.View(
        route="/",
        padding=0,
        spacing=0,
        bgcolor=PALETTE["surface"],
        appbar=appbar,
        controls=[
            ft.SafeArea(
                expand=True,
                avoid_intrusions_top=False,
                content=ft.Row(
                    [rail, ft.VerticalDivider(width=1), ft.Container(content, expand=True)],
                    expand=True,
                    spacing=0,
                    vertical_alignment=ft.CrossAxisAlignment.STRETCH,
                ),
            )
        ],
    )
