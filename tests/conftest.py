"""Shared fixtures: a tiny valid library on disk, and a clean environment for every test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own COACHKIT_HOME and a known language, never the user's real data."""
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def mini(tmp_path) -> Path:
    """A writable copy of the tiny valid library (one item of each kind)."""
    target = tmp_path / "content"
    shutil.copytree(MINI, target)
    return target
