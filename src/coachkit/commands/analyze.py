"""`coachkit analyze TEXT` / `coachkit analyze --jsonl FILE|-`: question analysis on the command line.

With --jsonl the command streams: it reads one line, analyses it, writes its JSON line and flushes,
so output starts before the input ends and memory stays flat however long the input is. A line
that cannot be read (not UTF-8, not JSON, no text, a language we do not know) is named on standard
error with its number and skipped, and the run goes on, so one damaged line never costs the rest
of the file; the exit code is then 1, and a last line says how many were skipped.
"""

from __future__ import annotations

import json
import sys

from coachkit.analysis import LANGS, Analysis, analyze
from coachkit.analysis.names import depth_name, flag_names, label_for, stage_name
from coachkit.i18n import Translator

ECHO_CHARS = 300
"""The readable verdict repeats at most this much of the text (a pasted page stays readable)."""
MAX_LINE = 1_000_000
"""Longest JSON line read (bytes); the analyser itself reads only a turn's worth of it."""
MAX_REPORTED = 20
"""Bad lines named one by one; after these only the count grows (a wrong file stays readable)."""


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
        "reflection, other), whether it is a why-question or stacked, its GROW stage, the "
        "behaviours it shows (permission, affirmation, autonomy, reflection depth), and how to "
        "ask it better. With --jsonl, read JSON lines with 'text' and optional 'lang' and write "
        "one JSON line per input, in order, as each is read.",
    )
    p.add_argument("text", nargs="?", metavar="TEXT", help="the utterance to analyse")
    p.add_argument(
        "--jsonl", metavar="FILE", help="read JSON lines from FILE ('-' for standard input)"
    )
    p.add_argument(
        "--lang", choices=["fi", "en", "auto"], default="auto", help="language of the text"
    )
    p.add_argument(
        "--tips-lang", choices=list(LANGS), help="language of the verdict (default: text's)"
    )
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
    if not args.text.strip():
        print("coachkit analyze: nothing to analyse: TEXT is empty", file=sys.stderr)
        return 1
    result = analyze(args.text, args.lang, args.tips_lang)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(render(result))
    return 0


def render(a: Analysis) -> str:
    """A readable verdict, all in the language of the tips, without the rules' internal names."""
    lang = a.tips_lang
    t = Translator(lang)
    facts = [label_for(a, lang)]
    if a.question:
        facts.append(t("GROW: {stage}", stage=stage_name(a.grow, lang)))
    if a.why:
        facts.append(t("Why-question"))
    if a.stacked:
        facts.append(t("Several questions"))
    if a.depth:
        facts.append(depth_name(a.depth, lang))
    facts += flag_names(a, lang)
    lines = [shorten(a.text.strip(), ECHO_CHARS), "  " + " · ".join(facts)]
    lines += [f"  - {tip}" for tip in a.tips]
    if a.better:
        lines.append("  " + t("Better: {text}", text=a.better))
    return "\n".join(lines)


def _lines(handle):
    """(line number, the line, or None when too long) for each line, read one line at a time;
    bytes from a file or a pipe, text when standard input was replaced by text."""
    number = 0
    while True:
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        number += 1
        newline = "\n" if isinstance(line, str) else b"\n"
        if len(line) > MAX_LINE and not line.endswith(newline):
            while line and not line.endswith(newline):  # skip the rest of the long line
                line = handle.readline(MAX_LINE)
            yield number, None
        else:
            yield number, line


def _item(line, lang: str) -> tuple[dict, str, None] | tuple[None, None, str]:
    """The line's JSON object and its language, or what is wrong with the line."""
    if line is None:
        return None, None, f"line longer than {MAX_LINE:,} bytes"
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            return None, None, "not UTF-8 text"
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, None, f"not valid JSON ({exc.msg})"
    except RecursionError:
        return None, None, "JSON nested too deeply"
    if not isinstance(item, dict):
        return None, None, "expected a JSON object with 'text'"
    if not isinstance(item.get("text"), str):
        return None, None, "'text' is missing or not a string"
    lang = item.get("lang") or lang
    if lang not in ("fi", "en", "auto"):
        return None, None, f"'lang' must be fi, en or auto, not {lang!r}"
    return item, lang, None


def _run_jsonl(args) -> int:
    name = "<stdin>" if args.jsonl == "-" else args.jsonl
    try:
        stdin = getattr(sys.stdin, "buffer", sys.stdin)  # bytes, unless replaced by text
        handle = stdin if args.jsonl == "-" else open(args.jsonl, "rb")  # noqa: SIM115
    except OSError as exc:
        print(f"coachkit analyze: cannot read {args.jsonl}: {exc.strerror}", file=sys.stderr)
        return 1
    out = sys.stdout
    bad = number = 0
    try:
        for number, line in _lines(handle):
            if line is not None and not line.strip():
                continue
            item, lang, problem = _item(line, args.lang)
            if item is None or lang is None:
                bad += 1
                if bad <= MAX_REPORTED:
                    print(f"coachkit analyze: {name}: line {number}: {problem}", file=sys.stderr)
                continue
            data = analyze(item["text"], lang, args.tips_lang).to_dict()
            if "id" in item:
                data = {"id": item["id"], **data}
            try:
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            except UnicodeEncodeError:  # a lone surrogate ("\\ud800") in the text or the id
                out.write(json.dumps(data) + "\n")
            out.flush()
    except OSError as exc:
        print(f"coachkit analyze: cannot read {args.jsonl}: {exc.strerror}", file=sys.stderr)
        return 1
    finally:
        if args.jsonl != "-":
            handle.close()
    if bad:
        lines, were = ("line", "was") if bad == 1 else ("lines", "were")
        print(
            f"coachkit analyze: {name}: {bad:,} {lines} of {number:,} {were} skipped; "
            "every other line was analysed",
            file=sys.stderr,
        )
        return 1
    return 0
