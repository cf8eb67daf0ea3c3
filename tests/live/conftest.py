"""Fixtures for the live-room tests: a fresh, served room per test (passed in, never global)."""

from __future__ import annotations

import pytest

from coachkit.server.live import LiveRoom
from coachkit.ui.facilitator import session


@pytest.fixture
def room():
    """A live room, active as if ``coachkit serve`` were running."""
    live = LiveRoom()
    live.active = True
    live.urls = ["http://127.0.0.1:8550"]
    session._store = None  # the standalone screens open the store of this test's COACHKIT_HOME
    yield live
    session._store = None
