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


def test_a_round_the_history_cannot_draw_leaves_the_other_tabs_working(db, caplog):
    """A stored round whose summary has a wrong type (a file from another version, a hand edit):
    History fails to draw, and the page must still answer the next tap."""
    keep_repainting()
    store = Store(db)
    rid = store.start_round("mini-exercise", "en", "free", 1)
    store.finish_round(rid, {"open_share": "most", "overall": 50})
    services = Services(load_library(extra=[MINI], builtin=False), store, web=True)

    async def scenario():
        c = await start_app(services)
        try:
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=3)  # History: its render fails
            bar = ft.unwrap_component(c.views()[0]).navigation_bar
            await c.fire(bar, "change", None, selected_index=4)
            await c.settle_until(lambda: c.has_text("Text size"))  # Settings is drawn
            larger = c.controls(ft.Chip, lambda ch: ch.label.value == "Larger")[-1]
            await c.fire(larger, "select", None)
            assert c.page.theme.text_theme.body_large.size == round(16 * 1.3, 1)
        finally:
            c.close()

    with caplog.at_level(logging.ERROR, logger="coachkit.ui.render_guard"):
        run(scenario())
    assert "failed to redraw" in caplog.text
    assert "could not convert string to float: 'most'" in caplog.text
