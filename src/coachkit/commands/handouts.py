"""`coachkit handouts KIND ... -o DIR` and `coachkit handouts pack --plan ID|FILE -o DIR`: PDFs."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from coachkit.content import load_library
from coachkit.content.bounded import BoundedReadError, read_bounded
from coachkit.content.loader import read_item
from coachkit.content.models import LANGS, STAGES
from coachkit.handouts import (
    HandoutError,
    facilitator_guide,
    observer_sheet,
    observer_sheet_basic,
    pack,
    participant_handout,
    practice_report,
    question_cards,
    role_cards,
    supervisor_guide,
    worksheet,
)
from coachkit.i18n import negotiate

CHOICES = [
    "guide",
    "worksheet",
    "role-cards",
    "observer",
    "observer-advanced",
    "participant",
    "question-cards",
    "supervisor-guide",
    "report",
    "pack",
]


class UserError(Exception):
    """Bad input from the user: one line on stderr and exit 1."""


def register(sub) -> None:
    p = sub.add_parser(
        "handouts",
        help="write printable handouts (PDF)",
        description="Write printable handouts as PDF files into a folder. KIND is one of: "
        "guide (facilitator guide of --plan), worksheet and role-cards (of --exercise ID ... or "
        "--all), observer (one page), observer-advanced, participant (the participant handout), "
        "question-cards (all, or the deck of --plan), supervisor-guide, report (of --summary "
        "FILE.json), "
        "or pack (the whole workshop pack of --plan).",
    )
    p.add_argument("kind", choices=CHOICES, metavar="KIND", help=", ".join(CHOICES))
    p.add_argument(
        "--exercise", action="append", default=[], metavar="ID", help="exercise id (repeatable)"
    )
    p.add_argument("--all", action="store_true", help="every exercise in the library")
    p.add_argument("--plan", metavar="ID|FILE", help="plan id or a plan TOML file")
    p.add_argument("--lang", choices=list(LANGS), help="language of the documents")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size")
    p.add_argument("-o", "--out", metavar="DIR", default=".", help="output folder")
    p.add_argument("--start", metavar="HH:MM", help="workshop start time (guide, pack)")
    p.add_argument("--join-url", metavar="URL", help="live room address for a QR code")
    p.add_argument("--stage", choices=list(STAGES), help="question cards of one GROW stage")
    p.add_argument("--summary", metavar="FILE.json", help="role-play summary (report)")
    p.add_argument("--name", help="participant name on the report")
    p.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="PATH",
        help="also load this content folder or file (repeatable)",
    )
    p.set_defaults(func=run)


def _plan(arg: str | None, library):
    if not arg:
        raise UserError("this handout needs --plan ID|FILE")
    if arg in library.items["plan"]:
        return library.items["plan"][arg]
    path = Path(arg)
    if path.suffix == ".toml" or path.is_file():
        if not path.is_file():
            raise UserError(f"plan file not found: {arg}")
        plan, problems = read_item(path, "plan")
        if plan is None:
            raise UserError("; ".join(str(p) for p in problems))
        return plan
    raise UserError(f"unknown plan '{arg}'")


def _exercises(args, library) -> list:
    if args.all:
        return library.exercises
    if not args.exercise:
        raise UserError("this handout needs --exercise ID or --all")
    out = []
    for eid in args.exercise:
        if eid not in library.items["exercise"]:
            raise UserError(f"unknown exercise '{eid}'")
        out.append(library.items["exercise"][eid])
    return out


SUMMARY_MAX_BYTES = 4 * 1024 * 1024
"""A role-play summary (with its transcript) is a few kilobytes; anything over this is not one."""
SUMMARY_RANGES = {
    "overall": (0, 100, False),
    "open_share": (0, 1, False),
    "complex_share": (0, 1, False),
    "reflection_ratio": (0, 1000, False),
    "leading": (0, 10_000, True),
    "advice": (0, 10_000, True),
    "turns": (0, 10_000, True),
}
"""Figures the report prints: (lowest, highest, whole number)."""


def _check_figures(data: dict, path: str) -> None:
    """Every figure the report prints is a number in its range (else one line naming it)."""
    for key, (low, high, whole) in SUMMARY_RANGES.items():
        value = data.get(key)
        if value is None:
            continue
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not (low <= value <= high) or (whole and value != int(value)):
            kind = "a whole number" if whole else "a number"
            raise UserError(f"{path}: {key}: {value!r} is not {kind} in {low}..{high}")
    for key in ("kinds", "globals"):
        table = data.get(key)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise UserError(f"{path}: {key}: expected an object of numbers")
        low, high = (0, 10_000) if key == "kinds" else (1, 5)
        for name, value in table.items():
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if not number or not low <= value <= high:
                raise UserError(f"{path}: {key}.{name}: {value!r} is not a number in {low}..{high}")
    if "commitment" in data and not isinstance(data["commitment"], bool | None):
        raise UserError(f"{path}: commitment: {data['commitment']!r} is not true or false")


def _summary(path: str | None) -> dict:
    if not path:
        raise UserError("report needs --summary FILE.json")
    try:
        raw = read_bounded(path, SUMMARY_MAX_BYTES)
        data = json.loads(raw.decode("utf-8"))
    except BoundedReadError as exc:
        raise UserError(f"{path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 (bad byte at offset {exc.start})") from None
    except RecursionError:
        raise UserError(f"{path}: JSON nested too deeply to be a summary") from None
    except ValueError as exc:
        raise UserError(f"{path}: not JSON: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("summary"), dict):
        data = data["summary"]  # the output of `coachkit practice --json`
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a JSON object with the summary")
    _check_figures(data, path)
    return data


class _Bar:
    """A one-line progress bar on a terminal; silent otherwise."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.tty = stream.isatty()

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.tty:
            return
        filled = round(20 * done / total)
        line = f"\r[{'#' * filled}{'.' * (20 - filled)}] {done}/{total} {name}"
        self.stream.write(line[:100].ljust(100))
        if done == total:
            self.stream.write("\r" + " " * 100 + "\r")
        self.stream.flush()


def _jobs(args, library, lang: str) -> list[tuple[str, object]]:
    kind, paper = args.kind, args.paper
    if kind == "guide":
        plan = _plan(args.plan, library)
        return [
            (
                f"{plan.id}-facilitator-guide-{lang}.pdf",
                lambda: facilitator_guide(
                    plan, library, lang, start=args.start, join_url=args.join_url, paper=paper
                ),
            )
        ]
    if kind in ("worksheet", "role-cards"):
        make = (
            (lambda e: worksheet(e, library, lang, paper))
            if kind == "worksheet"
            else (lambda e: role_cards(e, lang, paper))
        )
        return [
            (f"{e.id}-{kind}-{lang}.pdf", lambda e=e: make(e)) for e in _exercises(args, library)
        ]
    if kind == "observer":
        return [(f"observer-sheet-{lang}.pdf", lambda: observer_sheet_basic(lang, paper))]
    if kind == "observer-advanced":
        return [
            (f"observer-sheet-advanced-{lang}.pdf", lambda: observer_sheet(library, lang, paper))
        ]
    if kind == "participant":
        return [
            (f"participant-handout-{lang}.pdf", lambda: participant_handout(library, lang, paper))
        ]
    if kind == "question-cards":
        deck = _plan(args.plan, library) if args.plan else None
        suffix = (f"-{deck.id}" if deck else "") + (f"-{args.stage}" if args.stage else "")
        return [
            (
                f"question-cards{suffix}-{lang}.pdf",
                lambda: question_cards(library, lang, stage=args.stage, paper=paper, plan=deck),
            )
        ]
    if kind == "supervisor-guide":
        return [(f"supervisor-guide-{lang}.pdf", lambda: supervisor_guide(library, lang, paper))]
    summary = _summary(args.summary)
    exercise = None
    if args.exercise:
        exercise = _exercises(args, library)[0]
    elif isinstance(summary.get("exercise"), str):
        exercise = library.items["exercise"].get(summary["exercise"])
    stamp = dt.datetime.now()
    return [
        (
            f"practice-report-{stamp:%Y%m%d-%H%M}-{lang}.pdf",
            lambda: practice_report(
                summary, exercise, lang, when=stamp, name=args.name, paper=paper
            ),
        )
    ]


def run(args) -> int:
    lang = negotiate(args.lang)
    library = load_library(args.add)
    for problem in library.problems:
        print(f"warning: skipped: {problem}", file=sys.stderr)
    out = Path(args.out)
    bar = _Bar(sys.stdout)
    try:
        if args.kind == "pack":
            plan = _plan(args.plan, library)
            written = pack(
                plan,
                library,
                lang,
                args.paper,
                out,
                progress=bar,
                join_url=args.join_url,
                start=args.start,
            )
        else:
            jobs = _jobs(args, library, lang)
            out.mkdir(parents=True, exist_ok=True)
            written = []
            for i, (name, make) in enumerate(jobs, 1):
                path = out / name
                path.write_bytes(make())
                written.append(path)
                bar(i, len(jobs), name)
    except (UserError, HandoutError) as exc:
        print(f"coachkit handouts: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"coachkit handouts: cannot write to {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0
