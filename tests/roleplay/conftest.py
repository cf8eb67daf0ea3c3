"""Fixtures: the built-in exercises and the question analyser."""

from __future__ import annotations

import pytest

from coachkit.content import load_library


@pytest.fixture(scope="session")
def library():
    return load_library()


@pytest.fixture(scope="session")
def exercises(library):
    return library.items["exercise"]


@pytest.fixture(scope="session")
def analyze():
    from coachkit.analysis import analyze

    return analyze
