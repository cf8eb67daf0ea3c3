"""Warm what the first session needs while the first browser is still loading the web client.

Flet imports each control's module the first time the app touches ``ft.Name``, and the catalogs are
compiled in memory on first use; done in the first session, that is about 0.4 s the first person
waits for (later sessions take a few ms). `coachkit serve` starts :func:`warm_in_background` right
after the server is built: the browser spends seconds fetching the client before it opens a
session, so the work is done by then. The names come from the UI's own source, so a new screen
is warmed without a list to keep up to date.

It runs in two steps. What the first page needs (the controls, the catalogs) is warmed at once.
What only a round needs (the role-play engine, the analyser, the intent router's weights: about
half a second of CPU) waits until the first session has sent its first page: done earlier, it
competes with the server sending the web client and with the browser starting and painting it,
and the first page comes later, not sooner. A person reads the home page for longer than it takes.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FLET_NAME = re.compile(r"\bft\.([A-Za-z_]\w*)")
EXTRA_MODULES = (
    "_strptime",
    "difflib",
    "babel.messages.pofile",
    "babel.messages.mofile",
    "coachkit.roleplay.session",
    "coachkit.analysis",
)
"""Modules the first session imports on its own: standard and library ones, and the role-play
engine with the analyser, which the first page does not need (they load after it)."""

log = logging.getLogger(__name__)


def flet_names(folder: Path = UI_DIR) -> list[str]:
    """Every ``ft.Name`` the UI's modules use, sorted."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        names.update(FLET_NAME.findall(path.read_text(encoding="utf-8")))
    return sorted(names)


LATER_TIMEOUT = 30.0
"""Seconds the second step waits for a first page before it warms anyway."""
PAINT_SECONDS = 1.0
"""After the first page is sent, the browser lays it out and paints it (about a second on a
laptop that serves and shows the app at once): the second step starts after that."""


def warm_first_page() -> list[str]:
    """Import the Flet controls the UI uses and compile both languages' catalogs. Returns the
    Flet names that were resolved."""
    import flet as ft

    import coachkit.ui.app  # noqa: F401  (the screens: the server listens before importing them)
    from coachkit.i18n import LANGUAGES, translations

    done = []
    for name in flet_names():
        try:
            getattr(ft, name)
        except AttributeError:  # a name of an ft.X.Y chain, not a top-level one
            continue
        done.append(name)
    for lang in LANGUAGES:
        translations(lang)
    return done


def warm_first_round() -> None:
    """Import the role-play engine and the analyser and read both languages' intent routers."""
    from coachkit.i18n import LANGUAGES

    for module in EXTRA_MODULES:
        importlib.import_module(module)
    from coachkit.roleplay.intents import router

    for lang in LANGUAGES:
        router(lang)  # the intent catalogue and its model's weights, read at the first round


def warm() -> list[str]:
    """Both steps now, one after the other. Returns the Flet names that were resolved."""
    done = warm_first_page()
    warm_first_round()
    return done


def _run(first: Callable[[], object] | None, first_page: threading.Event | None) -> None:
    try:
        if first is not None:
            first()
        warm_first_page()
        if first_page is not None:
            first_page.wait(LATER_TIMEOUT)
            time.sleep(PAINT_SECONDS)
        warm_first_round()
    except Exception:  # never let warming stop the server; the first session just pays for it
        log.exception("warming the first session's imports failed")


def warm_in_background(
    first: Callable[[], object] | None = None, first_page: threading.Event | None = None
) -> threading.Thread:
    """Start warming in a daemon thread and return it: ``first`` (what the first page needs
    most), then :func:`warm_first_page`, then, once ``first_page`` is set (or after
    :data:`LATER_TIMEOUT` seconds), :func:`warm_first_round`."""
    thread = threading.Thread(
        target=_run, args=(first, first_page), name="coachkit-warm", daemon=True
    )
    thread.start()
    return thread
