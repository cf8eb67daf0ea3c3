"""Start tapped before the phone's device id arrives: the round goes on as the device's own."""

from __future__ import annotations

from dataclasses import replace

from coachkit.ui.state import AppState

DEVICE = "d-" + "7" * 24


def test_a_round_started_before_the_device_id_arrives_moves_to_the_device(services):
    lan = replace(services, lan=True)
    state = AppState.create(lan)
    assert state.owner.startswith("session-")
    run = state.start_practice("mini-exercise", "free", seed=1)
    run.say("Mitä haluaisit saavuttaa?")
    early = state.owner

    state.set_owner(DEVICE)  # the phone's SharedPreferences answered only now

    assert state.practice is run and not run.finished  # the round goes on
    run.say("Mikä on tärkeintä?")
    device = services.store.for_owner(DEVICE)
    assert [t.coach for t in device.unfinished().turns] == [
        "Mitä haluaisit saavuttaa?",
        "Mikä on tärkeintä?",
    ]
    left = services.store._query("SELECT COUNT(*) AS n FROM rounds WHERE owner = ?", (early,))
    assert left[0]["n"] == 0  # no orphan rows under the throwaway owner
    run.finish()
    assert [r.id for r in device.history()] == [run.round_id]
