"""The observer tally: counts, undo, a pausable timer and MITI-style figures."""

from __future__ import annotations

import pytest

from coachkit.workshop.tally import MARKS, Tally, reflection_band


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_every_mark_kind_counts_from_zero():
    tally = Tally(FakeClock())
    assert tally.counts() == dict.fromkeys(MARKS, 0)
    for kind in MARKS:
        tally.mark(kind)
    assert tally.counts() == dict.fromkeys(MARKS, 1)


def test_unknown_mark_is_refused():
    with pytest.raises(ValueError, match="unknown tally mark"):
        Tally(FakeClock()).mark("why")


def test_undo_takes_back_the_last_tap_only():
    tally = Tally(FakeClock())
    tally.mark("open")
    tally.mark("advice")
    assert tally.undo().kind == "advice"
    assert tally.counts()["open"] == 1 and tally.counts()["advice"] == 0
    assert tally.undo().kind == "open"
    assert tally.undo() is None


def test_timer_runs_pauses_and_stamps_marks():
    clock = FakeClock()
    tally = Tally(clock)
    assert tally.elapsed() == 0
    tally.start()
    clock.now += 30
    assert tally.mark("open").at == 30
    tally.pause()
    clock.now += 100
    assert tally.elapsed() == 30
    tally.start()
    tally.start()  # twice does not restart
    clock.now += 15
    assert tally.elapsed() == 45
    assert tally.summary().seconds == 45


@pytest.mark.parametrize(
    ("marks", "open_share", "ratio", "band"),
    [
        ({}, 0.0, 0.0, "low"),
        ({"open": 3, "closed": 1}, 0.75, 0.0, "low"),
        ({"open": 1, "closed": 1, "reflection": 1, "summary": 1}, 0.5, 1.0, "fair"),
        ({"open": 2, "leading": 2, "reflection": 6, "summary": 2}, 0.5, 2.0, "good"),
        ({"open": 2, "closed": 1, "reflection": 2}, 0.667, 0.67, "low"),
        ({"reflection": 3}, 0.0, 3.0, "good"),
        ({"advice": 4, "interruption": 2, "silence": 1}, 0.0, 0.0, "low"),
    ],
)
def test_summary_figures(marks, open_share, ratio, band):
    tally = Tally(FakeClock())
    for kind, n in marks.items():
        for _ in range(n):
            tally.mark(kind)
    result = tally.summary()
    assert result.open_share == open_share
    assert result.reflection_ratio == ratio
    assert result.reflection_band == band
    assert result.advice == marks.get("advice", 0)
    assert result.leading == marks.get("leading", 0)
    assert result.questions == sum(marks.get(k, 0) for k in ("open", "closed", "leading"))


@pytest.mark.parametrize(
    ("ratio", "band"), [(0, "low"), (0.99, "low"), (1, "fair"), (1.99, "fair"), (2, "good")]
)
def test_reflection_bands(ratio, band):
    assert reflection_band(ratio) == band


def test_reset_clears_marks_and_timer():
    clock = FakeClock()
    tally = Tally(clock)
    tally.start()
    clock.now += 10
    tally.mark("open")
    tally.reset()
    assert tally.marks == () and tally.elapsed() == 0 and not tally.running
