"""A screen that fails to redraw must not stop the whole page from repainting.

Flet 1.0.5 runs every scheduled re-render of a session (a tap changed some state, a pubsub
message arrived) in one background task, ``Session.__updates_scheduler``, with no ``try`` around
``control.update()``. One exception in one component's render ends that task for good: from then
on taps still reach the server and change its state, but no patch is ever sent back, so the page
stops repainting until a reload (which reconnects and starts a new task). Nothing reaches the
server's log either: the dead task's exception is only reported when the session is thrown away,
an hour later. Any render error on any screen, after any tap, looks exactly like the "after
Settings -> text size, the page stops repainting" freeze of issue #16. (That freeze itself, at the
largest text size, was in the browser: Flutter's two-thread renderer died; see
:mod:`coachkit.server.renderer`.)

:func:`keep_repainting` wraps ``Component.update`` so that such an error is written to the server's
log with its traceback and the component keeps what it showed last, while every later update still
goes out. (Errors in event handlers and effects Flet already catches and reports.)

A child's render fails inside its parent's patch (the shell's render builds the new tab's screen):
the parent then keeps its last tree, which is what the browser still shows. Children that kept
their state across that render had it moved to the new, now discarded, instances; they still
answer their own taps, and the parent's next render takes their state back
(tests/ui/test_render_guard.py). The guard is the last line of defence: screens read data they may
not understand (an old drill card, an old summary) defensively themselves.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


def keep_repainting() -> None:
    """Install the guard (once per process; pinned to flet==1.0.5's ``Component.update``)."""
    from flet.components.component import Component

    original = Component.update
    if getattr(original, "_coachkit_guarded", False):
        return

    def update(self: Any) -> None:
        try:
            original(self)
        except Exception:
            name = getattr(getattr(self, "fn", None), "__name__", type(self).__name__)
            log.exception("screen %s failed to redraw; it keeps its last picture", name)

    update._coachkit_guarded = True  # type: ignore[attr-defined]
    Component.update = update  # type: ignore[method-assign]
