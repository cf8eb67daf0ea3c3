"""UI tests run the whole app in a real Flet Session with a fake client (see harness.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from coachkit.content import load_library
from coachkit.store import Store

MINI = Path(__file__).parent.parent / "fixtures" / "mini"


def run(coro):
    """Run one async scenario (pytest-asyncio is not used)."""
    return asyncio.run(coro)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "coachkit.db"


@pytest.fixture
def services(db):
    """The tiny fixture library only (deterministic) and a store in tmp_path."""
    from coachkit.ui.state import Services

    return Services(load_library(extra=[MINI], builtin=False), Store(db), web=True)
