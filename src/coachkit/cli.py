"""The `coachkit` command line: parse, call the core, print. Each subcommand is a module in
coachkit.commands with `register(subparsers)`; usage mistakes exit 2, bad input 1, never a traceback
for something the user did.

Only the module of the command being run is imported: `coachkit --help` and `coachkit analyze` do not
pay for reportlab, pydantic or flet. The one-line summaries in COMMANDS stand in for the modules that
are not loaded (a test checks that they match what each module registers)."""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = {
    "serve": "serve the app (on this computer only, unless --lan)",
    "validate": "check content files",
    "library": "list content",
    "analyze": "analyse coaching questions",
    "practice": "play a role-play with a simulated supervisor",
    "workshop": "plan a workshop: groups, role rotation, agenda",
    "handouts": "write printable handouts (PDF)",
}
"""Subcommand modules in help order, with the summary `coachkit --help` shows for each."""

ALL = "*"
"""`build_parser(ALL)` loads every command module (for tests and documentation)."""


class Version(argparse.Action):
    """``--version``: reads the installed package's metadata only when asked (it costs more to
    import than the analyser)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **_: object):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from coachkit import __version__

        print(f"coachkit {__version__}")
        parser.exit()


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one clear line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def command_in(argv: list[str]) -> str | None:
    """The subcommand `argv` asks for: its first word that is not an option (None if there is none)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def build_parser(command: str | None = None) -> Parser:
    """The whole command line, with `command`'s module loaded (every module for ALL); the other
    commands are listed by name and summary only."""
    parser = Parser(
        prog="coachkit",
        description="Training kit for workshops that teach subordinates to coach their supervisor. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action=Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, summary in COMMANDS.items():
        if command in (name, ALL):
            try:
                module = importlib.import_module(f"coachkit.commands.{name}")
            except Exception as exc:  # noqa: BLE001 - one line naming it, never a silent drop
                raise SystemExit(
                    f"coachkit: error: the '{name}' command cannot be loaded "
                    f"({type(exc).__name__}: {exc}); reinstall coachkit"
                ) from exc
            module.register(sub)
        else:
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = command_in(argv)
    args = build_parser(command).parse_args(argv)
    if args.command is None:
        args = build_parser("serve").parse_args(["serve", "--open", *argv])
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
