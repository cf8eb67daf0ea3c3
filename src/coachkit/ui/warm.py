"""Warm what the first session needs while the first browser is still loading the web client.

Flet imports each control's module the first time the app touches ``ft.Name``, and the catalogs are
compiled in memory on first use; done in the first session, that is about 0.4 s the first person
waits for (later sessions take a few ms). `coachkit serve` starts :func:`warm_in_background` right
after the server is built: the browser spends seconds fetching the client before it opens a
session, so the work is done by then. The names come from the UI's own source, so a new screen
is warmed without a list to keep up to date.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
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


def warm() -> list[str]:
    """Import the Flet controls the UI uses, the first session's other modules, and compile both
    languages' catalogs. Returns the Flet names that were resolved."""
    import flet as ft

    from coachkit.i18n import LANGUAGES, translations

    done = []
    for name in flet_names():
        try:
            getattr(ft, name)
        except AttributeError:  # a name of an ft.X.Y chain, not a top-level one
            continue
        done.append(name)
    for module in EXTRA_MODULES:
        importlib.import_module(module)
    from coachkit.roleplay.intents import router

    for lang in LANGUAGES:
        translations(lang)
        router(lang)  # the intent catalogue and its model's weights, read at the first round
    return done


def _run(first: Callable[[], object] | None) -> None:
    try:
        if first is not None:
            first()
        warm()
    except Exception:  # never let warming stop the server; the first session just pays for it
        log.exception("warming the first session's imports failed")


def warm_in_background(first: Callable[[], object] | None = None) -> threading.Thread:
    """Start :func:`warm` in a daemon thread (after ``first``, what the first page needs most)
    and return it."""
    thread = threading.Thread(target=_run, args=(first,), name="coachkit-warm", daemon=True)
    thread.start()
    return thread
