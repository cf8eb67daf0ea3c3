#!/usr/bin/env python3
"""Fill the gettext catalogs after `python3 tasks.py i18n`: English gets msgstr = msgid, Finnish
gets the translations in a JSON file ({"msgid": "käännös", ...}; a plural msgid maps to a list
["yksikkö", "monikko"]). Lists the Finnish entries still untranslated and exits 1 if there are any.

    .venv/bin/python scripts/po_fill.py                 # en: copy msgids; report untranslated fi
    .venv/bin/python scripts/po_fill.py fi-strings.json # and fill fi from the file
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

LOCALES = Path(__file__).resolve().parent.parent / "locales"


def _load(lang: str) -> tuple[Path, Catalog]:
    path = LOCALES / lang / "LC_MESSAGES" / "coachkit.po"
    with path.open("rb") as f:
        return path, read_po(f, locale=lang)


def _save(path: Path, catalog: Catalog) -> None:
    with path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False, sort_output=True, no_location=True)


def _translations(file: Path) -> dict[str, str | list[str]]:
    """The JSON file's map, or SystemExit with one line naming the file and what is wrong."""
    try:
        given = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SystemExit(f"po_fill: cannot read {file}: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SystemExit(f"po_fill: {file}: not a JSON file ({exc})") from None
    if not isinstance(given, dict):
        raise SystemExit(f'po_fill: {file}: expected a JSON object {{"msgid": "käännös"}}')
    return given


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="po_fill.py",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("translations", nargs="?", type=Path, help="JSON file of fi translations")
    args = parser.parse_args(
        argv
    )  # --help and usage mistakes stop here, before any file is written
    given = _translations(args.translations) if args.translations else {}

    path, en = _load("en")
    for msg in en:
        if msg.id:
            msg.string = msg.id
            msg.flags.discard("fuzzy")
    _save(path, en)
    path, fi = _load("fi")
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
