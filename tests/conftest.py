"""Shared fixtures: a tiny valid library on disk, and a clean environment for every test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Timing is measured by bench/, never asserted by tests: no per-example deadline on a busy CI machine.
settings.register_profile("coachkit", deadline=None)
settings.load_profile("coachkit")

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own COACHKIT_HOME and a known language, never the user's real data."""
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path_factory.mktemp("home")))
    # the compressed web client is a cache of the installed flet-web: shared by the whole run
    monkeypatch.setenv("COACHKIT_CACHE", str(Path(__file__).parent.parent / "build" / "test-cache"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for every browser test of the run (Playwright's sync API
    allows one instance per thread). Skipped with a message without chromium; CI never skips."""
    from tests.e2e.support import CHROMIUM, CHROMIUM_ARGS, chromium_path

    path = chromium_path()
    if path is None:
        message = f"chromium not found at {CHROMIUM}: install Debian's chromium to run e2e tests"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI never skips)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def mini(tmp_path) -> Path:
    """A writable copy of the tiny valid library (one item of each kind)."""
    target = tmp_path / "content"
    shutil.copytree(MINI, target)
    return target


def pytest_collection_modifyitems(config, items):
    """Browser tests last: Playwright's sync API keeps an event loop running in the main thread
    for as long as its browser lives, and in-process UI tests need asyncio.run()."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)
