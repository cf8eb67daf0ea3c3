"""The `coachkit` command line: parse, call the core, print. Each subcommand is a module in
coachkit.commands with `register(subparsers)`; usage mistakes exit 2, bad input 1, never a traceback
for something the user did."""

from __future__ import annotations

import argparse
import importlib
import sys

from coachkit import __version__

COMMANDS = ["serve", "validate", "library", "analyze", "practice", "workshop", "handouts"]
"""Subcommand modules, in help order. A module not present yet is left out."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one clear line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> Parser:
    parser = Parser(
        prog="coachkit",
        description="Training kit for workshops that teach subordinates to coach their supervisor. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"coachkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"coachkit.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"coachkit.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["serve", "--open", *([] if argv is None else argv)])
        if not hasattr(args, "func"):
            parser.print_help()
            return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
