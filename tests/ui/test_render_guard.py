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


def test_a_drill_card_home_cannot_read_leaves_the_other_tabs_working(db, caplog):
    """A drill card written in another format (another version of the scheduler package) arrives
    while the app runs: Home fails to draw, and the page must still answer the next tap."""
    keep_repainting()
    store = Store(db)
    services = Services(load_library(extra=[MINI], builtin=False), store, web=True)

    async def scenario():
        c = await start_app(services)
        try:
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=4)
            assert c.has_text("Text size")
            store.save_drill_card("k", {"text": "x"}, {"due": "2026-12-01"}, "2026-12-01", False)
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=0)  # Home: its render fails
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=2)
            await c.settle_until(lambda: c.has_text("Methods"))  # the Library is drawn
        finally:
            c.close()

    with caplog.at_level(logging.ERROR, logger="coachkit.ui.render_guard"):
        run(scenario())
    assert "failed to redraw" in caplog.text
    assert "KeyError" in caplog.text
