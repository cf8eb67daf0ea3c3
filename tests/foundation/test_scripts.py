"""Developer scripts: --help and a mistake never touch the catalogs or end in a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PO_FILL = ROOT / "scripts" / "po_fill.py"
CATALOGS = sorted((ROOT / "locales").glob("*/LC_MESSAGES/coachkit.po"))


def po_fill(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(PO_FILL), *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--help"], 0, "usage: po_fill.py"),
        (["no-such-file.json"], 1, "cannot read no-such-file.json"),
        (["--lang", "sv"], 2, "unrecognized arguments"),
    ],
)
def test_po_fill_help_and_mistakes_leave_the_catalogs_alone(args, code, says, tmp_path):
    before = {path: path.read_bytes() for path in CATALOGS}
    result = po_fill(*args)
    assert result.returncode == code
    assert says in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert {path: path.read_bytes() for path in CATALOGS} == before


def test_po_fill_names_a_file_that_is_not_json(tmp_path):
    bad = tmp_path / "fi.json"
    bad.write_text("{not json", encoding="utf-8")
    before = {path: path.read_bytes() for path in CATALOGS}
    result = po_fill(str(bad))
    assert result.returncode == 1 and f"{bad}: not a JSON file" in result.stderr
    assert "Traceback" not in result.stderr
    assert {path: path.read_bytes() for path in CATALOGS} == before
