"""Subcommands of the `coachkit` command line, one module each with `register(subparsers)`."""
