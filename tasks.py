#!/usr/bin/env python3
"""Developer tasks with nothing but Python 3.11+: sets up .venv on first use, then runs the task.

python3 tasks.py start     # set up and open the app
python3 tasks.py test      # set up and run the whole test suite (ruff, mypy, pytest in parallel)
python3 tasks.py i18n      # extract UI strings and update the fi/en catalogs
python3 tasks.py compile   # compile the catalogs to .mo (the wheel build does this itself)
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def venv_python(venv: Path, windows: bool = os.name == "nt") -> Path:
    """The venv's interpreter: ``Scripts\\python.exe`` on Windows, ``bin/python`` elsewhere.

    Every tool (ruff, pytest, pybabel, coachkit) is run as ``python -m ...`` with it, so no
    other executable name or extension differs between systems.
    """
    return venv / "Scripts" / "python.exe" if windows else venv / "bin" / "python"


PY = venv_python(VENV)
STAMP = VENV / ".coachkit-installed"
PYBABEL = (PY, "-m", "babel.messages.frontend")


def sh(*cmd: str | Path) -> None:
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT)
    if result.returncode:
        sys.exit(result.returncode)


def setup() -> None:
    """Create .venv and install coachkit (editable) with its test tools, when pyproject changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py runs under any python3
        sys.exit(f"coachkit needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    pyproject = ROOT / "pyproject.toml"
    if STAMP.exists() and STAMP.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    print("Installing coachkit and its dependencies into .venv ...", flush=True)
    sh(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(PY, "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.touch()


def start(args: list[str]) -> None:
    setup()
    sys.exit(subprocess.call([str(PY), "-m", "coachkit", *args], cwd=ROOT))


STRICT = [
    "content",
    "workshop",
    "handouts",
    "store",
    "i18n",
    "resources",
    "roleplay",
    "progress",
    "analysis",
]
"""Core packages mypy checks strictly in `test` (the flags are in pyproject.toml [tool.mypy])."""


def test(args: list[str]) -> None:
    """ruff, mypy (strict) on the core, then pytest on every core (pytest-xdist) unless -n is given."""
    setup()
    sh(PY, "-m", "ruff", "check", ".")
    sh(PY, "-m", "ruff", "format", "--check", ".")
    sh(PY, "-m", "mypy", *(f"-pcoachkit.{name}" for name in STRICT))
    parallel = [] if any(a.startswith(("-n", "--numprocesses")) for a in args) else ["-n", "auto"]
    sh(PY, "-m", "pytest", *parallel, "--dist", "loadgroup", *args)


def i18n(_: list[str]) -> None:
    setup()
    pot = ROOT / "locales" / "coachkit.pot"
    sh(
        *PYBABEL,
        "extract",
        "-F",
        "pyproject.toml",
        "-o",
        pot,
        "--no-location",
        "--sort-output",
        "-k",
        "t",
        "-k",
        "ngettext:1,2",
        "-k",
        "pgettext:1c,2",
        "--project",
        "coachkit",
        "src/coachkit",
    )
    for lang in ("fi", "en"):
        po = ROOT / "locales" / lang / "LC_MESSAGES" / "coachkit.po"
        action = "update" if po.exists() else "init"
        sh(
            *PYBABEL,
            action,
            "-i",
            pot,
            "-d",
            "locales",
            "-D",
            "coachkit",
            "-l",
            lang,
            *(["--no-fuzzy-matching", "--ignore-obsolete"] if action == "update" else []),
        )


def compile_catalogs(_: list[str]) -> None:
    setup()
    sh(*PYBABEL, "compile", "-d", "locales", "-D", "coachkit", "--statistics")


def phone(_: list[str]) -> None:
    """Copy exercises/ and locales/ (with .mo) into src/coachkit/, which `flet build` packages."""
    import shutil

    compile_catalogs([])
    for name in ("exercises", "locales"):
        target = ROOT / "src" / "coachkit" / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / name, target)
        print(f"copied {name}/ -> {target.relative_to(ROOT)}")
    print("now: pip install flet-cli==1.0.5 && flet build apk   (needs a connected machine)")


TASKS = {"start": start, "test": test, "i18n": i18n, "compile": compile_catalogs, "phone": phone}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        sys.exit(__doc__)
    TASKS[sys.argv[1]](sys.argv[2:])
