"""`coachkit validate [PATH ...]`: check built-in content and a facilitator's files."""

from __future__ import annotations

import sys

from coachkit.content import load_library
from coachkit.i18n import Translator, negotiate


def register(sub) -> None:
    p = sub.add_parser(
        "validate",
        help="check content files",
        description="Check the built-in content and any extra files or folders. Prints every "
        "problem as 'file: field.path: message' and exits 1 if there is any.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="extra content file or folder")
    p.add_argument("--no-builtin", action="store_true", help="check only the given paths")
    p.add_argument("--lang", choices=["fi", "en"], help="language of the summary line")
    p.set_defaults(func=run)


def run(args) -> int:
    t = Translator(negotiate(args.lang))
    library = load_library(args.paths, builtin=not args.no_builtin)
    for problem in library.problems:
        print(problem, file=sys.stderr)
    items = len(library.sources)
    if library.problems:
        print(
            t.ngettext(
                "{n} problem found; {items} items are valid.",
                "{n} problems found; {items} items are valid.",
                len(library.problems),
                items=items,
            ),
            file=sys.stderr,
        )
        return 1
    print(t("All {items} items are valid.", items=items))
    return 0
