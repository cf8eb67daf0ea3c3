#!/usr/bin/env python3
"""Fill gettext catalogs: English gets msgstr = msgid, Finnish gets the translations you give.

    python scripts/po_fill.py                      # en: copy msgids; report untranslated fi entries
    python scripts/po_fill.py fi-strings.json      # fi: {"msgid": "käännös", ...}; plural msgids map to
                                                   #     a list ["yksikkö", "monikko"]
Run `python3 tasks.py i18n` first so the catalogs hold every msgid in the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALES = Path(__file__).resolve().parent.parent / "locales"


def _load(lang: str):
    path = LOCALES / lang / "LC_MESSAGES" / "coachkit.po"
    with path.open("rb") as f:
        return path, read_po(f, locale=lang)


def _save(path, catalog) -> None:
    with path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False, sort_output=True, no_location=True)


def main(argv: list[str]) -> int:
    path, en = _load("en")
    for msg in en:
        if msg.id:
            msg.string = msg.id
            msg.flags.discard("fuzzy")
    _save(path, en)
    path, fi = _load("fi")
    if argv:
        given = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
        for msg in fi:
            key = msg.id[0] if isinstance(msg.id, tuple) else msg.id
            if key in given:
                value = given[key]
                msg.string = tuple(value) if isinstance(msg.id, tuple) else value
                msg.flags.discard("fuzzy")
    _save(path, fi)
    missing = [m.id for m in fi if m.id and (not m.string or not all(m.string))]
    for msgid in missing:
        print(f"untranslated (fi): {msgid!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
