"""What `coachkit serve` does before the first page: it serves at once, reads the content while the
browser fetches the web client, and leaves the role-play engine, the analyser and the QR code
library to the screens that use them."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from coachkit.commands.serve import warn_content_problems
from coachkit.content import load_library
from coachkit.ui.state import PendingLibrary, Services
from tests.conftest import MINI

HERE = Path(__file__).resolve().parent

UNTIL_FIRST_PAGE = f"""
import asyncio, sys
sys.path[:0] = [{str(HERE.parents[1])!r}, {str(HERE)!r}]
from coachkit.store import Store
from coachkit.ui.state import Services
from coachkit.ui.server import build_app
services = Services.load(store=Store(sys.argv[1]), background=True)
build_app(services)
services.library_source.start()
from appclient import start_app
async def first():
    c = await start_app(services)
    # the home page with its suggestion: the library was waited for
    assert c.has_text("Suggested exercise") or c.has_text("Ehdotettu harjoitus")
    c.close()
asyncio.run(first())
print(" ".join(sorted(sys.modules)))
"""

NOT_FOR_THE_FIRST_PAGE = (
    "coachkit.roleplay.session",  # the engine: loaded when a round starts
    "coachkit.analysis",  # the analyser: with the engine or the live chips
    "qrcode",  # join codes: on the facilitator's screen or a --lan banner
    "PIL",
    "reportlab",  # PDFs: when one is made
)


def test_the_first_page_loads_no_engine_analyser_qr_or_pdf_code(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", UNTIL_FIRST_PAGE, str(tmp_path / "c.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = set(result.stdout.split())
    assert "coachkit.ui.screens.home" in loaded  # the list is the real one
    assert [m for m in NOT_FOR_THE_FIRST_PAGE if m in loaded] == []


def test_a_library_loaded_in_the_background_is_the_same_library(tmp_path):
    from coachkit.store import Store

    services = Services.load([MINI], store=Store(tmp_path / "c.db"), background=True)
    assert isinstance(services.library_source, PendingLibrary)
    services.library_source.start()
    loaded = services.library  # waits for it
    assert services.library is loaded and services.library_source is loaded
    again = load_library(extra=[MINI])
    assert sorted(loaded.items["exercise"]) == sorted(again.items["exercise"])
    assert loaded.problems == again.problems


def test_a_library_never_started_is_read_when_first_needed(tmp_path):
    from coachkit.store import Store

    services = Services.load([MINI], store=Store(tmp_path / "c.db"), background=True)
    assert "mini-exercise" in services.library.items["exercise"]


def test_content_problems_are_printed_once_the_library_has_loaded(tmp_path, capsys):
    from coachkit.store import Store

    bad = tmp_path / "content"
    (bad / "exercise").mkdir(parents=True)
    (bad / "exercise" / "broken.toml").write_text("id = \n", encoding="utf-8")
    services = Services.load([bad], store=Store(tmp_path / "c.db"), background=True)
    warn_content_problems(services)
    services.library_source.start()
    assert services.library.problems  # waits for the load
    err = ""
    deadline = time.monotonic() + 10
    while "broken.toml" not in err and time.monotonic() < deadline:
        err += capsys.readouterr().err  # the warning is printed by the loading thread
        time.sleep(0.01)  # polling interval
    assert "warning:" in err and "broken.toml" in err
