"""The projector countdown: start, pause (space), next block (n), remaining, finished."""

from __future__ import annotations

import pytest

from coachkit.workshop.agenda import build_agenda, plan_from_kinds
from coachkit.workshop.timer import Timer


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


def test_countdown_runs_only_while_started(clock):
    timer = Timer([60, 30], clock)
    clock.now += 10
    assert timer.remaining() == 60 and not timer.running
    timer.start()
    clock.now += 10.2
    assert timer.remaining() == 50  # rounded up: 49.8 s left shows as 50
    assert not timer.finished


def test_space_pauses_and_resumes(clock):
    timer = Timer([60], clock)
    timer.key(" ")
    clock.now += 20
    timer.key(" ")
    clock.now += 100
    assert timer.remaining() == 40 and not timer.running
    timer.key(" ")
    clock.now += 40
    assert timer.remaining() == 0 and timer.finished
    clock.now += 5
    assert timer.overtime() == 5


def test_n_moves_to_the_next_block_and_keeps_running(clock):
    timer = Timer([60, 30], clock, labels=["Intro", "Round"])
    timer.start()
    clock.now += 70
    assert timer.finished
    timer.key("n")
    assert (timer.index, timer.label, timer.remaining(), timer.running) == (1, "Round", 30, True)
    clock.now += 10
    assert timer.remaining() == 20


def test_past_the_last_block_the_timer_is_done(clock):
    timer = Timer([30], clock)
    timer.start()
    timer.next_block()
    assert timer.done and timer.finished and not timer.running
    timer.start()
    assert not timer.running


def test_adding_time_to_the_current_block(clock):
    timer = Timer([60], clock)
    timer.start()
    clock.now += 50
    timer.add_seconds(60)
    assert timer.remaining() == 70
    timer.add_seconds(-600)
    assert timer.remaining() == 0


def test_timer_from_agenda(clock):
    agenda = build_agenda(plan_from_kinds(["intro", "triad-round"]))
    timer = Timer.from_agenda(agenda, clock, lang="fi")
    assert timer.remaining() == 600
    assert timer.label == "Aloitus ja pelisäännöt"


@pytest.mark.parametrize("bad", [[], [0], [60, -1]])
def test_bad_lengths_are_refused(bad):
    with pytest.raises(ValueError):
        Timer(bad)


def test_p_goes_back_to_the_previous_block_from_its_start_and_plus_adds_a_minute(clock):
    timer = Timer([60, 30], clock)
    timer.key(" ")
    timer.key("n")
    clock.now += 10
    timer.key("p")
    assert timer.index == 0 and timer.remaining() == 60 and timer.running
    timer.key("p")  # already first: stays, from the start
    assert timer.index == 0
    timer.key("+")
    assert timer.remaining() == 120
    timer.key("n")
    timer.key("n")  # done
    timer.key("p")
    assert not timer.done and timer.index == 1
