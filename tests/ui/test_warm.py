"""`coachkit serve` warms the first session's imports in the background (coachkit.ui.warm)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coachkit.ui.warm import flet_names

HERE = Path(__file__).resolve().parent

FIRST_SESSION = f"""
import asyncio, sys
sys.path[:0] = [{str(HERE.parents[1])!r}, {str(HERE)!r}]
from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.state import Services
from coachkit.ui.server import build_app
services = Services(load_library(), Store(sys.argv[2]), web=True)
build_app(services)
if sys.argv[1] == "warm":
    from coachkit.ui.warm import warm
    warm()
from appclient import start_app
before = set(sys.modules)
async def first():
    (await start_app(services)).close()
asyncio.run(first())
print(" ".join(sorted(m for m in set(sys.modules) - before if m.startswith(("flet.controls", "babel")))))
"""


def imported_by_first_session(mode: str, tmp_path: Path) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SESSION, mode, str(tmp_path / "c.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(result.stdout.split())


def test_after_warming_the_first_session_imports_no_control_or_catalog_code(tmp_path):
    cold = imported_by_first_session("cold", tmp_path)
    assert any(m.startswith("flet.controls") for m in cold)  # what there is to warm
    assert imported_by_first_session("warm", tmp_path) == set()


def test_the_names_come_from_the_ui_source():
    names = flet_names()
    assert {"TextField", "Container", "Column", "use_state"} <= set(names)
