"""`coachkit workshop`: groups and role rotation, and a plan's clock-time agenda."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coachkit.content import load_library
from coachkit.content.loader import read_item
from coachkit.content.models import LANGS, Plan
from coachkit.i18n import Translator, format_time, negotiate
from coachkit.workshop.agenda import PlanError, build_agenda, parse_hhmm
from coachkit.workshop.rotation import MAX_PEOPLE, MIN_PEOPLE, Rotation, rotate

NAME_MAX = 60
USAGE = "coachkit workshop rotate: error: "


class InputError(Exception):
    """Bad input from a file: one line for the user, exit 1."""


def register(sub) -> None:
    """Add ``workshop rotate`` and ``workshop agenda`` to the ``coachkit`` subparsers."""
    p = sub.add_parser(
        "workshop",
        help="plan a workshop: groups, role rotation, agenda",
        description="Facilitator tools: form groups and rotate roles, print a plan's agenda.",
    )
    inner = p.add_subparsers(dest="workshop_command", metavar="ACTION", parser_class=type(p))
    p.set_defaults(func=lambda args: _usage(p))

    r = inner.add_parser(
        "rotate",
        help="groups of three (fours, a pair only when unavoidable) and their role rotation",
        description="Form groups and a rotation in which everyone is coach, coachee and observer. "
        "Threes are preferred, then fours; a pair only for 2 or 5 people.",
    )
    r.add_argument(
        "--people", type=int, metavar="N", help=f"number of people ({MIN_PEOPLE}..{MAX_PEOPLE})"
    )
    r.add_argument("--names", metavar="FILE", help="names, one per line (blank lines skipped)")
    r.add_argument("--seed", type=int, metavar="N", help="shuffle people with this seed first")
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(func=run)

    a = inner.add_parser(
        "agenda",
        help="a plan's blocks with clock times",
        description="Print a plan's agenda: each block with its start and end time.",
    )
    a.add_argument("--plan", required=True, metavar="ID|FILE", help="a plan id or a plan TOML file")
    a.add_argument("--start", metavar="HH:MM", help="start time (default: the plan's own)")
    a.add_argument("--lang", choices=list(LANGS), help="language of titles (default: system)")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=run)


def _usage(parser) -> int:
    print(
        f"{parser.prog}: error: choose an action: rotate or agenda (see '{parser.prog} --help')",
        file=sys.stderr,
    )
    return 2


def run(args) -> int:
    """Run ``workshop rotate`` or ``workshop agenda``; returns the exit code."""
    t = Translator(negotiate(getattr(args, "lang", None)))
    try:
        if args.workshop_command == "rotate":
            return _rotate(args, t)
        return _agenda(args, t)
    except InputError as exc:
        print(f"coachkit workshop: {exc}", file=sys.stderr)
        return 1


# --- rotate -------------------------------------------------------------------------------------


def read_names(path: str, t: Translator) -> list[str]:
    """Names from a file, one per line; raises InputError naming the file (and line)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(t("{file}: no such file", file=path)) from None
    except UnicodeDecodeError:
        raise InputError(t("{file}: not UTF-8 text", file=path)) from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    names: list[str] = []
    first: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        name = line.strip()
        if not name:
            continue
        if len(name) > NAME_MAX:
            raise InputError(
                t(
                    "{file}:{line}: name longer than {n} characters",
                    file=path,
                    line=number,
                    n=NAME_MAX,
                )
            )
        key = name.casefold()
        if key in first:
            raise InputError(
                t(
                    "{file}:{line}: duplicate name '{name}' (first on line {first})",
                    file=path,
                    line=number,
                    name=name,
                    first=first[key],
                )
            )
        first[key] = number
        names.append(name)
    if not names:
        raise InputError(t("{file}: no names in the file", file=path))
    return names


def _rotate(args, t: Translator) -> int:
    if args.people is None and args.names is None:
        print(USAGE + t("give --people N or --names FILE"), file=sys.stderr)
        return 2
    if args.people is not None and not MIN_PEOPLE <= args.people <= MAX_PEOPLE:
        print(
            USAGE
            + t(
                "--people must be {low}..{high}, got {n}",
                low=MIN_PEOPLE,
                high=MAX_PEOPLE,
                n=args.people,
            ),
            file=sys.stderr,
        )
        return 2
    people: int | list[str] = args.people
    if args.names is not None:
        names = read_names(args.names, t)
        if args.people is not None and args.people != len(names):
            raise InputError(
                t(
                    "{file}: has {count} names but --people is {n}",
                    file=args.names,
                    count=len(names),
                    n=args.people,
                )
            )
        if not MIN_PEOPLE <= len(names) <= MAX_PEOPLE:
            raise InputError(
                t(
                    "{file}: needs {low}..{high} names, has {count}",
                    file=args.names,
                    low=MIN_PEOPLE,
                    high=MAX_PEOPLE,
                    count=len(names),
                )
            )
        people = names
    rotation = rotate(people, seed=args.seed)
    if args.json:
        json.dump(rotation.to_dict(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(format_rotation(rotation, t))
    return 0


def format_rotation(rotation: Rotation, t: Translator) -> str:
    """The groups and each round's roles as a readable table."""
    lines = []
    sizes = "+".join(str(len(g)) for g in rotation.groups)
    lines.append(
        t.ngettext("{n} group ({sizes})", "{n} groups ({sizes})", len(rotation.groups), sizes=sizes)
    )
    for number, round_ in enumerate(rotation.rounds, start=1):
        lines.append("")
        lines.append(t("Round {n}", n=number))
        coach, coachee, observers_label = t("coach"), t("coachee"), t("observers")
        lines.append(f"  {'':<3} {coach:<20} {coachee:<20} {observers_label}")
        for g, group in enumerate(round_.groups, start=1):
            observers = ", ".join(str(o) for o in group.observers) or "-"
            note = "  ({})".format(t("repeat")) if group.repeat else ""
            lines.append(
                f"  {g:<3} {str(group.coach):<20} {str(group.coachee):<20} {observers}{note}"
            )
    return "\n".join(lines)


# --- agenda -------------------------------------------------------------------------------------


def _load_plan(ref: str, t: Translator) -> Plan:
    path = Path(ref)
    if path.suffix == ".toml" or path.is_file():
        if not path.is_file():
            raise InputError(t("{file}: no such file", file=ref))
        plan, problems = read_item(path, "plan")
        if problems:
            raise InputError("\n".join(str(p) for p in problems))
        assert isinstance(plan, Plan)
        return plan
    library = load_library()
    plans = library.items["plan"]
    if ref not in plans:
        known = ", ".join(sorted(plans)) or t("none")
        raise InputError(t("no plan '{id}' (built-in plans: {known})", id=ref, known=known))
    return plans[ref]


def _agenda(args, t: Translator) -> int:
    lang = t.lang
    if args.start is not None:
        try:
            parse_hhmm(args.start, "--start")
        except PlanError as exc:
            print(f"coachkit workshop agenda: error: {exc}", file=sys.stderr)
            return 2
    plan = _load_plan(args.plan, t)
    try:
        agenda = build_agenda(plan, args.start)
    except PlanError as exc:
        raise InputError(f"{args.plan}: {exc}") from None
    if args.json:
        json.dump(agenda.to_dict(lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0

    def clock(value) -> str:  # 9.30 in Finnish, 09:30 in English (CLDR)
        return format_time(value, lang)

    span = f"{clock(agenda.start)}\u2013{clock(agenda.end)}"
    print(f"{plan.title.get(lang)}  {span}  " + t("{n} min", n=agenda.total_minutes))
    for entry in agenda.entries:
        block = entry.block
        extra = f"  [{block.exercise}]" if block.exercise else ""
        minutes = t("{n} min", n=block.minutes)
        times = f"{clock(entry.start)}\u2013{clock(entry.end)}"
        print(f"{times:>11}  {minutes:>7}  {block.title.get(lang)}{extra}")
    return 0
