"""Upgrades of old content files to the current schema, run by the loader before validation.

``UPGRADES[n]`` takes the raw dict of a file at ``schema_version = n`` and returns it at ``n + 1``.
See the docstring of ``coachkit.content.models``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coachkit.content.models import SCHEMA_VERSION

STAGE_INTENTS = {
    "goal": ["outcome", "success", "matters_most", "topic"],
    "reality": ["facts", "own_part", "hardest", "tried", "feelings", "others_views"],
    "options": ["options", "more_options", "more_options", "more_options"],
    "will": ["obstacles", "support", "first_step", "scale"],
}
"""Version 1 tied each hidden piece to a GROW stage only: the n-th piece of a stage gets these."""
WHEN_CUES = ("milloin", "when", "ensimmäi", "first", "aloit", "start")


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: ``material`` becomes ``pieces`` tied to intents; the fixed commitment text
    becomes a 'when' piece; choice turns are built by the engine now; reply names follow engine 2."""
    out = {k: v for k, v in data.items() if k not in ("material", "commitment", "choice_turns")}
    out["schema_version"] = 2
    material = data.get("material")
    if isinstance(material, list):
        pieces: list[Any] = []
        seen: dict[str, int] = {}
        for n, item in enumerate(material):
            if not isinstance(item, dict):
                pieces.append(item)
                continue
            stage = str(item.get("stage"))
            cues = [str(c) for c in item.get("cues", [])]
            order = seen.get(stage, 0)
            seen[stage] = order + 1
            names = STAGE_INTENTS.get(stage, ["other"])
            intents = [names[min(order, len(names) - 1)]]
            if stage == "will" and any(c.startswith(WHEN_CUES) for c in cues):
                intents = ["when", "first_step"]
            piece = {"id": f"piece-{n + 1}", "intents": intents}
            if "text" in item:
                piece["say"] = [item["text"], item["text"]]
                if stage in ("options", "will"):
                    piece["step"] = item["text"]
            pieces.append(piece)
        commitment = data.get("commitment")
        text = commitment.get("text") if isinstance(commitment, dict) else None
        has_when = any(isinstance(p, dict) and "when" in p.get("intents", []) for p in pieces)
        if text is not None and not has_when:
            pieces.append(
                {
                    "id": "own-step",
                    "intents": ["when", "first_step"],
                    "say": [text, text],
                    "step": text,
                }
            )
        out["pieces"] = pieces
        named = sum(
            1
            for p in pieces
            if isinstance(p, dict)
            and "step" in p
            and set(p.get("intents", [])) & {"options", "more_options"}
        )
        out["commitment"] = {"options_named": max(1, min(2, named))}
    replies = data.get("replies")
    if isinstance(replies, dict):
        replies = dict(replies)
        if "reflection" in replies:
            replies["confirm"] = replies.pop("reflection")
        if "exhausted" in replies:
            replies["unknown"] = replies.pop("exhausted")
        out["replies"] = replies
    return out


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


class NewerSchema(ValueError):
    """A file written for a newer coachkit than this one."""


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring the raw dict of a content file up to ``SCHEMA_VERSION``.

    A missing or non-integer version is left for the model to report; a newer one raises
    :class:`NewerSchema`. Only exercises changed shape in version 2; other kinds just get the
    new number.
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
