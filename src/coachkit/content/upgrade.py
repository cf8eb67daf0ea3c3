"""Upgrades of old content files to the current schema, run by the loader before validation.

``UPGRADES[n]`` takes the raw dict of a file at ``schema_version = n`` and returns it at ``n + 1``.
There are none yet: version 1 is the first. See the docstring of ``coachkit.content.models``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coachkit.content.models import SCHEMA_VERSION

UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class NewerSchema(ValueError):
    """A file written for a newer coachkit than this one."""


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring the raw dict of a content file up to ``SCHEMA_VERSION``.

    A missing or non-integer version is left for the model to report; a newer one raises
    :class:`NewerSchema`.
    """
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return data
    if version > SCHEMA_VERSION:
        raise NewerSchema(
            f"schema_version {version} is newer than this coachkit understands "
            f"({SCHEMA_VERSION}); update coachkit"
        )
    while version < SCHEMA_VERSION:
        data = UPGRADES[version](dict(data))
        version = data["schema_version"]
    return data
