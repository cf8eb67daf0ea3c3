"""Content: pydantic models, the TOML loader, cross-references and JSON Schema export."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from coachkit.content.loader import KINDS, Library, Problem, Source, load_paths
from coachkit.content.models import LANGS, MODELS, STAGES, LocalizedText
from coachkit.content.references import drop_dangling
from coachkit.resources import exercises_dir

__all__ = [
    "KINDS",
    "LANGS",
    "MODELS",
    "STAGES",
    "Library",
    "LocalizedText",
    "Problem",
    "Source",
    "load_library",
]


def load_library(extra: Iterable[Path | str] = (), builtin: bool = True) -> Library:
    """Load the built-in content (unless ``builtin`` is False) and any extra files or folders.

    Never raises for bad content: every problem is in ``library.problems`` and the broken file (or an
    extra item with a dangling reference) is left out, so the rest of the library still loads.
    """
    library = Library()
    if builtin:
        load_paths(library, [exercises_dir()], builtin=True)
    load_paths(library, [Path(p) for p in extra])
    return drop_dangling(library)
