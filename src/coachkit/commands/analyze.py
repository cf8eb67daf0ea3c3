"""`coachkit analyze TEXT` / `coachkit analyze --jsonl FILE|-`: question analysis on the command line."""

from __future__ import annotations

import json
import sys

from coachkit.analysis import LANGS, Analysis, analyze

LABELS = {
    "fi": {
        "kind": "laji",
        "why": "miksi-kysymys",
        "stacked": "monta kysymystä",
        "grow": "GROW-vaihe",
        "lang": "kieli",
        "cues": "vihjeet",
        "tip": "vinkki",
        "better": "parempi",
        "yes": "kyllä",
        "no": "ei",
        "none": "-",
    },
    "en": {
        "kind": "kind",
        "why": "why-question",
        "stacked": "stacked",
        "grow": "GROW stage",
        "lang": "language",
        "cues": "cues",
        "tip": "tip",
        "better": "better",
        "yes": "yes",
        "no": "no",
        "none": "-",
    },
}

ECHO_CHARS = 300
"""The readable verdict repeats at most this much of the text (a pasted page stays readable)."""


def shorten(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters with an ellipsis and the full length."""
    if len(text) <= limit:
        return text
    return f"{text[:limit].rstrip()}… ({len(text)})"


def register(sub) -> None:
    """Add the `analyze` subcommand to `sub`."""
    p = sub.add_parser(
        "analyze",
        help="analyse coaching questions",
        description="Say what kind of question an utterance is (open, closed, leading, advice, "
        "reflection, other), whether it is a why-question or stacked, its GROW stage, and how "
        "to ask it better. With --jsonl, read JSON lines with 'text' and optional 'lang' and "
        "write one JSON line per input, in order.",
    )
    p.add_argument("text", nargs="?", metavar="TEXT", help="the utterance to analyse")
    p.add_argument(
        "--jsonl", metavar="FILE", help="read JSON lines from FILE ('-' for standard input)"
    )
    p.add_argument(
        "--lang", choices=["fi", "en", "auto"], default="auto", help="language of the text"
    )
    p.add_argument("--tips-lang", choices=list(LANGS), help="language of tips (default: text's)")
    p.add_argument("--json", action="store_true", help="print TEXT's analysis as JSON")
    p.set_defaults(func=run, _parser=p)


def run(args) -> int:
    """Run the command; returns the exit code."""
    parser = getattr(args, "_parser", None)
    if (args.text is None) == (args.jsonl is None):
        message = "give either TEXT or --jsonl FILE"
        if parser is not None:
            parser.error(message)  # exits 2
        print(f"coachkit analyze: error: {message}", file=sys.stderr)
        return 2
    if args.jsonl is not None:
        return _run_jsonl(args)
    result = analyze(args.text, args.lang, args.tips_lang)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(render(result))
    return 0


def render(a: Analysis) -> str:
    """A readable verdict in the language of the tips."""
    words = LABELS[a.tips_lang]

    def yn(flag: bool) -> str:
        return words["yes"] if flag else words["no"]

    lines = [
        shorten(a.text.strip(), ECHO_CHARS),
        f"  {words['kind']}: {a.kind}    {words['grow']}: {a.grow or words['none']}    "
        f"{words['why']}: {yn(a.why)}    {words['stacked']}: {yn(a.stacked)}    {words['lang']}: {a.lang}",
    ]
    if a.cues:
        cues = ", ".join(f'{c.rule} "{c.text}"' for c in a.cues[:6])
        lines.append(f"  {words['cues']}: {cues}")
    lines += [f"  {words['tip']}: {tip}" for tip in a.tips]
    if a.better:
        lines.append(f"  {words['better']}: {a.better}")
    return "\n".join(lines)


def _read(path: str) -> list[str]:
    if path == "-":
        return sys.stdin.read().splitlines()
    with open(path, encoding="utf-8") as handle:
        return handle.read().splitlines()


def _run_jsonl(args) -> int:
    try:
        lines = _read(args.jsonl)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        print(f"coachkit analyze: cannot read {args.jsonl}: {reason}", file=sys.stderr)
        return 1
    jobs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            return _bad(args.jsonl, number, f"not valid JSON ({exc.msg})")
        if not isinstance(item, dict):
            return _bad(args.jsonl, number, "expected a JSON object with 'text'")
        text = item.get("text")
        if not isinstance(text, str):
            return _bad(args.jsonl, number, "'text' is missing or not a string")
        lang = item.get("lang") or args.lang
        if lang not in ("fi", "en", "auto"):
            return _bad(args.jsonl, number, f"'lang' must be fi, en or auto, not {lang!r}")
        jobs.append((item, text, lang))
    out = sys.stdout
    for item, text, lang in jobs:
        data = analyze(text, lang, args.tips_lang).to_dict()
        if "id" in item:
            data = {"id": item["id"], **data}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    return 0


def _bad(path: str, number: int, message: str) -> int:
    name = "<stdin>" if path == "-" else path
    print(f"coachkit analyze: {name}: line {number}: {message}", file=sys.stderr)
    return 1
