"""Where the built-in content and catalogs are: inside the installed package, else the source tree."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent.parent


def _find(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return SOURCE_ROOT / name


def exercises_dir() -> Path:
    """The built-in content folder (``exercises/``)."""
    return _find("exercises")


def locales_dir() -> Path:
    """The gettext catalogs folder (``locales/``)."""
    return _find("locales")


def cache_dir() -> Path:
    """Where derived data is kept (the compressed web client, compiled catalogs, the analyser's
    unpacked weights): ``COACHKIT_CACHE``, else the user's cache folder. Nothing in it is user
    data, so every COACHKIT_HOME shares it and anything in it may be deleted."""
    override = os.environ.get("COACHKIT_CACHE")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("coachkit"))
