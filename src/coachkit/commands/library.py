"""`coachkit library`: list built-in and added content, readable or as JSON for scripts."""

from __future__ import annotations

import json
import sys

from coachkit.content import KINDS, load_library
from coachkit.content.models import LANGS
from coachkit.i18n import Translator, negotiate


def register(sub) -> None:
    p = sub.add_parser(
        "library",
        help="list content",
        description="List the built-in content and any added folders. --json gives a list of "
        "objects with kind, id and title (text for a question), in both languages.",
    )
    p.add_argument("--kind", choices=list(KINDS), help="only this kind")
    p.add_argument("--lang", choices=list(LANGS), help="language of titles (default: system)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="PATH",
        help="also load this content folder or file (repeatable)",
    )
    p.set_defaults(func=run)


def entries(library, kinds, lang: str) -> list[dict]:
    """One JSON-ready dict per item (and per question bank entry)."""
    out = []
    for kind in kinds:
        if kind == "question":
            for q in library.questions:
                out.append(
                    {
                        "kind": "question",
                        "id": q.id,
                        "text": q.text.get(lang),
                        "texts": q.text.model_dump(),
                        "stage": q.stage,
                        "question_kind": q.kind,
                        "method": q.method,
                        "tags": list(q.tags),
                    }
                )
            continue
        for item in library.of(kind):
            entry = {
                "kind": kind,
                "id": item.id,
                "title": item.title.get(lang),
                "titles": item.title.model_dump(),
                "summary": item.summary.get(lang),
                "source": library.sources[(kind, item.id)].file,
            }
            if kind == "exercise":
                entry["level"] = item.level
                entry["methods"] = list(item.methods)
            if kind == "plan":
                entry["minutes"] = item.minutes
            out.append(entry)
    return out


def run(args) -> int:
    lang = negotiate(args.lang)
    t = Translator(lang)
    library = load_library(args.add)
    for problem in library.problems:
        print(t("warning: skipped: {problem}", problem=problem), file=sys.stderr)
    kinds = [args.kind] if args.kind else list(KINDS)
    rows = entries(library, kinds, lang)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        label = row.get("title") or row.get("text")
        print(f"{row['kind']:<9} {row['id']:<32} {label}")
    print(t("{n} items", n=len(rows)))
    return 0
