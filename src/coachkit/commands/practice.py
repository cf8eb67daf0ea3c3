"""`coachkit practice`: play a role-play in the terminal, from a script, or list the exercises.

    coachkit practice --list [--json]
    coachkit practice EXERCISE --lang fi|en [--mode free|choice] [--script FILE] [--seed N] [--json]

Interactive: type a turn (in choice mode, the option number); ``:undo`` takes the last turn back;
an empty line or Ctrl-D ends. With --script FILE each line is one coach turn (in choice mode an
option number, counted from 1; ``:undo`` works there too). The prompt is shown only when a person
types at a terminal, so piped input gives a clean transcript.
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import sys
from pathlib import Path
from typing import Any

UNDO = ":undo"


def labels_for(lang: str) -> dict[str, str]:
    """The terminal's words in the session's language (gettext)."""
    from coachkit.i18n import Translator

    t = Translator(lang)
    return {
        "you": t("You"),
        "situation": t("Situation"),
        "options": t("Pick a number (:undo takes back, empty line ends):"),
        "prompt": t("You (:undo takes back, empty line ends): "),
        "better": t("Better"),
        "summary": t("Summary"),
        "bad_pick": t("Pick a number 1-{n}."),
        "taken_back": t("(taken back: {text})"),
        "nothing": t("Nothing to take back."),
        "lost": t("Points lost"),
        "turn": t("turn {n}"),
        "commitment": t("Commitment"),
    }


def register(subparsers: Any) -> None:
    """Add the `practice` subcommand."""
    parser = subparsers.add_parser(
        "practice",
        help="play a role-play with a simulated supervisor",
        description="Coach a simulated supervisor: type turns (free mode) or pick offered ones "
        "(choice mode). An empty line or Ctrl-D ends an interactive round.",
    )
    parser.add_argument("exercise", nargs="?", metavar="EXERCISE", help="exercise id")
    parser.add_argument("--list", action="store_true", help="list the exercises")
    parser.add_argument("--lang", choices=["fi", "en"], help="language (default: the UI's)")
    parser.add_argument("--mode", choices=["free", "choice"], default="free")
    parser.add_argument("--script", type=Path, metavar="FILE", help="one coach turn a line")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same round (default 0)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def _fail(message: str, code: int = 1) -> int:
    print(f"coachkit practice: {message}", file=sys.stderr)
    return code


def _list(library: Any, lang: str, as_json: bool) -> int:
    from coachkit.i18n import Translator

    rows = [
        {"id": ex.id, "title": ex.title.get(lang), "level": ex.level} for ex in library.exercises
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        t = Translator(lang)
        names = {
            "beginner": t("Beginner"),
            "intermediate": t("Intermediate"),
            "advanced": t("Advanced"),
        }
        width = max((len(r["id"]) for r in rows), default=0)
        for row in rows:
            print(
                f"{row['id']:<{width}}  {names.get(row['level'], row['level']):<12}  {row['title']}"
            )
    return 0


def _unknown(name: str, ids: list[str]) -> int:
    close = difflib.get_close_matches(name, ids, n=3, cutoff=0.4) or ids
    return _fail(f"unknown exercise '{name}'; did you mean: {', '.join(close)}")


def _script_lines(path: Path) -> list[str] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read script {path}: {exc}")
        return None
    return [line.strip() for line in text.splitlines() if line.strip()]


def _pick_number(line: str, count: int) -> int | None:
    try:
        number = int(line)
    except ValueError:
        return None
    return number - 1 if 1 <= number <= count else None


def _print_turn(turn: Any, name: str, labels: dict, out: Any) -> None:
    analysis = turn.analysis
    tag = getattr(analysis, "kind", "?")
    if getattr(analysis, "grow", None):
        tag += f" · {analysis.grow}"
    print(f"{labels['you']}: {turn.coach}   [{tag}]", file=out)
    print(f"{name}: {turn.reply}", file=out)
    print(f"   -> {turn.feedback.did}", file=out)
    if turn.feedback.option:
        print(f"   -> {turn.feedback.option}", file=out)
    if turn.feedback.better:
        print(f"   {labels['better']}: {turn.feedback.better}", file=out)
    print(file=out)


def _print_summary(summary: Any, labels: dict, out: Any) -> None:
    print(f"{labels['summary']}: {summary.overall}/100", file=out)
    for part in summary.parts:
        print(f"  {part.name}: {part.points}/{part.max}  {part.explanation}", file=out)
    if summary.commitment_text:
        print(f"{labels['commitment']}: {summary.commitment_text}", file=out)
    if summary.losses:
        print(f"{labels['lost']}:", file=out)
        for loss in summary.losses:
            turn = labels["turn"].format(n=loss.turn)
            print(f"  -{loss.points}  {turn}: {loss.why}", file=out)


def _play(session: Any, lines: list[str] | None, labels: dict, out: Any, name: str) -> int:
    """Play script lines, or read turns from stdin; returns an exit code."""
    interactive = lines is None
    number = 0
    while not session.done:
        options = session.options()
        if session.mode == "choice":
            if not options:
                break
            if interactive and sys.stdin.isatty():
                print(labels["options"], file=out)
                for i, text in enumerate(options, 1):
                    print(f"  {i}. {text}", file=out)
        if interactive:
            if sys.stdin.isatty():
                print(labels["prompt"], end="", file=out, flush=True)
            line = sys.stdin.readline().strip()
            if not line:
                break
        else:
            if number >= len(lines):
                break
            line = lines[number]
        number += 1
        if line.lower() == UNDO:
            taken = session.undo()
            shown = labels["taken_back"].format(text=taken.coach) if taken else labels["nothing"]
            print(f"   {shown}\n", file=out)
            continue
        if session.mode == "choice":
            pick = _pick_number(line, len(options))
            if pick is None:
                if interactive:
                    print(labels["bad_pick"].format(n=len(options)), file=out)
                    continue
                return _fail(f"script line {number}: '{line[:40]}' is not an option number")
            turn = session.pick(pick)
        else:
            turn = session.say(line)
        _print_turn(turn, name, labels, out)
    return 0


def run(args: argparse.Namespace) -> int:
    """Run `coachkit practice` with parsed arguments; returns the exit code."""
    from coachkit.content import load_library
    from coachkit.i18n import negotiate
    from coachkit.roleplay import start

    lang = args.lang or negotiate()
    library = load_library()
    if args.list:
        return _list(library, lang, args.json)
    if not args.exercise:
        return _fail("name an exercise, or use --list to see them", 2)
    exercises = library.items["exercise"]
    if args.exercise not in exercises:
        return _unknown(args.exercise, sorted(exercises))
    lines = None
    if args.script is not None:
        lines = _script_lines(args.script)
        if lines is None:
            return 1
    exercise = exercises[args.exercise]
    session = start(exercise, lang, mode=args.mode, seed=args.seed)
    labels = labels_for(lang)
    name = exercise.persona.name.get(lang)
    out = sys.stdout
    if args.json:  # keep stdout for the JSON; a scripted round's readable text is not needed
        out = io.StringIO() if lines is not None else sys.stderr
    print(f"{labels['situation']}: {session.situation}\n", file=out)
    print(f"{name}: {session.opening}\n", file=out)
    code = _play(session, lines, labels, out, name)
    if code:
        return code
    summary = session.summary()
    if args.json:
        result = {
            "exercise": exercise.id,
            "lang": lang,
            "mode": args.mode,
            "seed": args.seed,
            "opening": session.opening,
            "transcript": session.transcript(),
            "summary": summary.model_dump(mode="json"),
            "session": session.to_dict(),
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_summary(summary, labels, out)
    return 0
