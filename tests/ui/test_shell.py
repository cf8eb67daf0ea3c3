"""The shell: navigation that fits the screen, tabs, language and text size switched at run time."""

from __future__ import annotations

import flet as ft
from appclient import assert_no_crash, start_app
from conftest import run


def test_phone_gets_a_navigation_bar_with_five_tabs(services):
    async def scenario():
        c = await start_app(services, width=390)
        try:
            [bar] = c.controls(ft.NavigationBar)
            assert [d.label for d in bar.destinations] == [
                "Home",
                "Practice",
                "Library",
                "History",
                "Settings",
            ]
            assert not c.controls(ft.NavigationRail)
            assert c.controls(ft.SafeArea)
        finally:
            c.close()

    run(scenario())


def test_laptop_gets_a_rail_and_resizing_switches(services):
    async def scenario():
        c = await start_app(services, width=1280)
        try:
            assert c.controls(ft.NavigationRail) and not c.controls(ft.NavigationBar)
            await c.fire(c.page, "resize", {"width": 400, "height": 800})
            assert c.controls(ft.NavigationBar) and not c.controls(ft.NavigationRail)
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_tabs_switch_content(services):
    async def scenario():
        c = await start_app(services)
        try:
            [bar] = c.controls(ft.NavigationBar)
            await c.fire(bar, "change", None, selected_index=2)
            assert c.has_text("Methods") and c.has_text("Mini GROW")
            [bar] = c.controls(ft.NavigationBar)
            await c.fire(bar, "change", None, selected_index=4)
            assert c.has_text("Text size")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_language_switch_changes_ui_content_and_flutter_locale(services):
    async def scenario():
        c = await start_app(services)
        try:
            assert c.has_text("Suggested exercise")
            assert c.has_text("Meetings run late")  # content in English
            await c.fire(c.by_key("lang-toggle"), "click")  # "Suomi" in the app bar, every tab
            assert c.has_text("Palaverit venyvät")  # content follows
            assert c.has_text("Ehdotettu harjoitus")  # UI string translated
            assert c.page.locale_configuration.current_locale == ft.Locale("fi", "FI")
            assert services.store.get_setting("lang") == "fi"  # remembered
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_text_size_scales_the_theme(services):
    async def scenario():
        c = await start_app(services)
        try:
            base = c.page.theme.text_theme.body_large.size
            [bar] = c.controls(ft.NavigationBar)
            await c.fire(bar, "change", None, selected_index=4)
            [larger] = c.controls(ft.Chip, lambda ch: ch.label.value == "Larger")
            await c.fire(larger, "select", None)
            assert c.page.theme.text_theme.body_large.size == round(base * 1.3, 1)
            assert services.store.get_setting("text_size") == "larger"
        finally:
            c.close()

    run(scenario())
