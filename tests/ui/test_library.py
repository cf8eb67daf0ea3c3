"""Library: methods, skills, the guide, the question bank (search, GROW filter); exercise filters."""

from __future__ import annotations

import flet as ft
from appclient import assert_no_crash, start_app
from conftest import MINI, run

from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.state import Services


async def goto_tab(c, index: int):
    [bar] = c.controls(ft.NavigationBar)
    await c.fire(bar, "change", None, selected_index=index)


def test_method_opens_over_the_library_with_back(services):
    async def scenario():
        c = await start_app(services)
        try:
            await goto_tab(c, 2)
            await c.click("Mini GROW")
            assert c.page.route == "/method/mini-grow"
            assert len(c.views()) == 2 and c.has_text("Steps") and c.has_text("Pitfalls")
            await c.fire(c.page, "view_pop", {"route": "/method/mini-grow"})
            assert c.page.route == "/" and c.has_text("Skills")
            await c.click("Open questions")
            assert c.page.route == "/skill/mini-open" and c.has_text("What it looks like")
            await c.navigate("/guide")
            assert c.has_text("Mini guide")
            [tile] = c.controls(ft.ExpansionTile, lambda x: x.key == "guide-mini-guide-risks")
            assert tile.title.value == "What are the risks?"  # the article's question as a title
            assert "Rank matters." in str(tile.controls[0].controls[0].value)
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_question_bank_search_and_stage_filter(services):
    async def scenario():
        c = await start_app(services)
        try:
            await c.navigate("/questions")
            assert c.has_text("What would you like to get done?")
            assert c.has_text("Is this useful for you?")
            assert c.has_text("Goal · Mini GROW")  # stage and method in the reader's language
            assert not c.find_all_text("upward")  # tags are ids, not shown
            chip = c.controls(ft.Chip, lambda ch: ch.label.value == "Goal")[0]
            await c.fire(chip, "select", None)
            assert c.has_text("What would you like to get done?")
            assert not c.has_text("Is this useful for you?")
            chip = c.controls(ft.Chip, lambda ch: ch.label.value == "All stages")[0]
            await c.fire(chip, "select", None)
            search = c.controls(ft.TextField)[0]
            await c.type(search, "hyödyl")  # Finnish text is searched too
            assert c.has_text("Is this useful for you?")
            assert not c.has_text("What would you like to get done?")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_exercise_list_filters_by_level(services):
    async def scenario():
        c = await start_app(services)
        try:
            await goto_tab(c, 1)
            assert c.has_text("Meetings run late")
            chip = c.controls(ft.Chip, lambda ch: ch.label.value == "Advanced")[0]
            await c.fire(chip, "select", None)
            assert not c.has_text("Meetings run late")
            assert c.has_text("No exercise matches these filters.")
            [methods] = c.controls(ft.Dropdown)
            await c.fire(methods, "select", None, value="mini-grow")
            chip = c.controls(ft.Chip, lambda ch: ch.label.value == "Beginner")[0]
            await c.fire(chip, "select", None)
            assert c.has_text("Meetings run late")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_broken_content_file_is_a_visible_warning_and_the_rest_loads(tmp_path, db):
    extra = tmp_path / "mine" / "method"
    extra.mkdir(parents=True)
    (extra / "broken.toml").write_text('schema_version = 1\nid = "broken"\n', encoding="utf-8")
    services = Services(load_library(extra=[MINI, tmp_path / "mine"], builtin=False), Store(db))

    async def scenario():
        c = await start_app(services)
        try:
            assert c.has_text("Some content files could not be loaded")
            assert c.has_text("broken.toml: title: field required")
            assert c.has_text("Meetings run late")
        finally:
            c.close()

    run(scenario())


def test_moved_aside_data_file_is_told_once(tmp_path):
    path = tmp_path / "coachkit.db"
    path.write_bytes(b"garbage " * 100)
    services = Services(load_library(extra=[MINI], builtin=False), Store(path))

    async def scenario():
        c = await start_app(services)
        try:
            assert c.has_text("Your data file could not be read")
            await c.click("Dismiss")
            assert not c.has_text("Your data file could not be read")
        finally:
            c.close()

    run(scenario())
