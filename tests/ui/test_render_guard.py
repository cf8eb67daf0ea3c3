"""A screen that fails to redraw must not freeze the page (the text-size "freeze" of #16).

Flet 1.0.5 draws every re-render of a session in one background task; one exception in one render
ended it, and from then on taps reached the server but nothing was drawn, with nothing in the log.
"""

from __future__ import annotations

import logging

import flet as ft
from appclient import start_app
from conftest import MINI, run
from harness import FakeClient

from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.render_guard import keep_repainting
from coachkit.ui.state import Services


@ft.component
def Counter() -> ft.Control:
    n, set_n = ft.use_state(0)
    if n == 2:
        raise ValueError("this render fails once")
    return ft.Column(
        [ft.Text(f"n={n}"), ft.Button("plus", on_click=lambda: set_n(lambda v: v + 1))]
    )


def test_after_one_failed_render_later_taps_are_drawn_again_and_the_error_is_logged(caplog):
    keep_repainting()

    async def scenario():
        c = FakeClient()
        await c.start(lambda page: page.render(Counter))
        try:
            shown = []
            for _ in range(3):  # n=1, n=2 (the render fails), n=3
                await c.fire(c.controls(ft.Button)[0])
                await c.settle(40)
                shown.append([t for t in c.texts() if t.startswith("n=")])
            assert shown == [["n=1"], ["n=1"], ["n=3"]]  # the failed one kept its last picture
        finally:
            c.close()

    with caplog.at_level(logging.ERROR, logger="coachkit.ui.render_guard"):
        run(scenario())
    [record] = [r for r in caplog.records if "failed to redraw" in r.getMessage()]
    assert "Counter" in record.getMessage()
    assert "this render fails once" in caplog.text  # the traceback is in the log


@ft.component
def Counted() -> ft.Control:
    n, set_n = ft.use_state(0)
    return ft.Button(f"counted={n}", on_click=lambda: set_n(lambda v: v + 1))


@ft.component
def Screen(name: str) -> ft.Control:
    if name == "broken":
        raise KeyError("card_id")
    return ft.Text(f"screen={name}")


@ft.component
def Tabs() -> ft.Control:
    """Like the shell: a child with its own state beside the screen of the selected tab."""
    tab, set_tab = ft.use_state(0)
    screens = ["first", "broken", "third"]
    return ft.Column(
        [
            Counted(),
            ft.Button("next tab", on_click=lambda: set_tab(lambda v: v + 1)),
            Screen(screens[tab]),
        ]
    )


def test_a_screen_failing_inside_the_shell_leaves_its_siblings_and_the_next_tab_working(caplog):
    """The failing render is a child's, inside the parent's patch: the parent keeps its last
    tree, a sibling with its own state still answers taps, and the next tab is drawn."""
    keep_repainting()

    async def scenario():
        c = FakeClient()
        await c.start(lambda page: page.render(Tabs))
        try:

            def button(label: str) -> ft.Button:
                return next(b for b in c.controls(ft.Button) if str(b.content).startswith(label))

            def shown() -> list[str]:
                names = [str(b.content) for b in c.controls(ft.Button)] + c.texts()
                return sorted(n for n in names if "=" in n)

            await c.fire(button("next tab"))  # the broken screen: the render fails
            await c.settle(40)
            assert shown() == ["counted=0", "screen=first"]
            await c.fire(button("counted"))
            await c.settle(40)
            assert shown() == ["counted=1", "screen=first"]
            await c.fire(button("next tab"))
            await c.settle(40)
            assert shown() == ["counted=1", "screen=third"]
            await c.fire(button("counted"))
            await c.settle(40)
            assert shown() == ["counted=2", "screen=third"]
        finally:
            c.close()

    with caplog.at_level(logging.ERROR, logger="coachkit.ui.render_guard"):
        run(scenario())
    assert "screen Tabs failed to redraw" in caplog.text and "KeyError" in caplog.text


def test_a_drill_card_in_another_format_does_not_stop_home_from_drawing(db, caplog):
    """A drill card written in another format (another version of the scheduler package) arrives
    while the app runs: Home draws all of its cards, the drill counts the card as not scheduled,
    and no render fails (the render guard is the last line of defence, not the way Home works)."""
    keep_repainting()
    store = Store(db)
    services = Services(load_library(extra=[MINI], builtin=False), store, web=True)

    async def scenario():
        c = await start_app(services)
        try:
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=4)
            assert c.has_text("Text size")
            other = {"due": "2026-12-01", "written_by": str(db)}  # fields of another version
            store.save_drill_card("k", {"text": "x"}, other, "2026-12-01", False)
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=0)
            await c.settle_until(lambda: c.has_text("Short drill"))
            assert c.has_text("Suggested exercise") and not c.has_text("Text size")
            assert c.has_text("Three questions to rewrite")  # not "1 item is due again"
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=2)
            await c.settle_until(lambda: c.has_text("Methods"))
        finally:
            c.close()

    with caplog.at_level(logging.WARNING):
        run(scenario())
    assert "failed to redraw" not in caplog.text
    assert caplog.text.count("drill card in another format") == 1  # once, not on every redraw
