"""The docs stay true: every environment variable the code reads is in the README's table, and the
documents the README links to exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"[\"']([A-Z][A-Z0-9_]+)[\"']")


def variables_read(*folders: str) -> set[str]:
    """Upper-case names in quotes on the lines that read the environment: ``os.environ.get("X")``,
    ``os.environ["X"]``, ``os.getenv("X")`` and ``for var in ("X", "Y")`` loops over it."""
    found: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if "environ" in line or "getenv" in line or line.strip().startswith("for var in ("):
                    found.update(NAME.findall(line))
    return found - {"PATH", "HOME", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE"}


def documented() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    return {name for row in table.splitlines() if row.startswith("| `") for name in
            re.findall(r"`([A-Z][A-Z0-9_]+)`", row.split("|")[1])}  # fmt: skip


def test_every_environment_variable_the_code_reads_is_documented():
    read = variables_read("src", "tests")
    assert {"COACHKIT_HOME", "COACHKIT_CONTENT", "LANG"} <= read  # the scan finds them
    assert read - documented() == set()


def test_the_table_names_nothing_the_code_does_not_read():
    assert documented() - variables_read("src", "tests") == set()


def test_documents_the_readme_links_to_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", readme)
    local = [link for link in links if not link.startswith(("http://", "https://"))]
    assert "docs/architecture.md" in local and "CONTRIBUTING.md" in local
    for link in local:
        assert (ROOT / link).exists(), link
