"""Write a plan as TOML text that the content loader reads back (a facilitator's saved plan).

The standard library reads TOML but does not write it, so this is a tiny writer for the shapes a
plan has: strings, integers, booleans, tables of those (written inline) and lists of them; the
``blocks`` list is written as ``[[blocks]]`` tables. Strings are TOML basic strings with every
character TOML forbids escaped.
"""

from __future__ import annotations

import re
from typing import Any

from coachkit.content.models import Plan

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """A TOML basic string for ``text``: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_key(key: str) -> str:
    """A bare key when TOML allows one, else a quoted key."""
    return key if _BARE_KEY.match(key) else toml_string(key)


def toml_value(value: Any) -> str:
    """One value written inline: string, int, bool, list or table."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + pairs + " }" if pairs else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _clean(value: Any) -> Any:
    """Drop None values (TOML has no null) and empty lists, recursively."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def dumps(data: dict[str, Any]) -> str:
    """A document: plain values first, then each list of tables as ``[[name]]`` sections."""
    data = _clean(data)
    lines = []
    sections = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            sections.append((key, value))
        else:
            lines.append(f"{toml_key(key)} = {toml_value(value)}")
    for key, tables in sections:
        for table in tables:
            lines.append("")
            lines.append(f"[[{toml_key(key)}]]")
            lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def plan_to_toml(plan: Plan) -> str:
    """The plan as the text of a content file (``plan/<id>.toml``) the loader accepts."""
    return dumps(plan.model_dump(mode="json"))
