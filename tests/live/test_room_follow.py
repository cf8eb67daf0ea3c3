"""Phones follow the facilitator's run: section, exercise, round and role, pushed over pubsub."""

from __future__ import annotations

import asyncio

from coachkit.content import load_library
from coachkit.ui.facilitator import make_main
from coachkit.ui.facilitator.join import TOKEN_KEY
from coachkit.ui.facilitator.session import draft_of
from coachkit.workshop import plan_from_template

from .harness import FakeClient

NAMES = "Aino\nMinna\nPekka\nVille\nSanni\nOtto"
INTRO = next(p for p in load_library().plans if p.id == "intro-90")
FIRST_ROUND = next(i for i, b in enumerate(INTRO.blocks) if b.kind == "triad-round")
"""Key presses from the opening to the first triad round (read from the plan, which may change)."""
ROUND_EXERCISES = [
    next(x for x in load_library().exercises if x.id == b.exercise).title.en
    for b in INTRO.blocks
    if b.kind == "triad-round"
]
KEY = {"shift": False, "ctrl": False, "alt": False, "meta": False}


def run(coro):
    return asyncio.run(coro)


async def open_at(route, room, hub=None, width=390, prefs=None) -> FakeClient:
    client = FakeClient(hub=hub, route=route, width=width)
    if prefs:
        client.prefs.update(prefs)
    await client.start(make_main(room))
    return client


async def projector(room) -> FakeClient:
    fac = FakeClient(route="/facilitator/plan", width=1280, height=720)
    await fac.start(make_main(room))
    await fac.fire(fac.field("Code"), "change", value=room.code)
    await fac.fire(fac.button_text("Open facilitator screens"))
    draft = draft_of(fac.page)
    draft.apply(lambda _p: plan_from_template(INTRO))
    draft.set_names_text(NAMES)
    await fac.navigate("/facilitator/run")
    return fac


async def key(client: FakeClient, name: str, *others: FakeClient) -> None:
    await client.fire(client.page, "keyboard_event", {"key": name, **KEY})
    for _ in range(FIRST_ROUND):
        await asyncio.sleep(0.01)
        for other in others:
            await other.settle()


async def join(room, hub, name) -> FakeClient:
    phone = await open_at("/join", room, hub=hub)
    await phone.fire(phone.field("Nickname (optional)"), "change", value=name)
    await phone.fire(phone.button_text("Join"))
    return phone


def card_text(phone: FakeClient) -> str:
    return phone.all_text()


def test_each_phone_shows_its_role_and_exercise_for_each_round_without_reload(room):
    async def scenario():
        fac = await projector(room)
        aino, minna, ville = [
            await join(room, fac.pubsubhub, n) for n in ("Aino", "Minna", "Ville")
        ]
        phones = (aino, minna, ville)
        assert INTRO.blocks[0].title.en in card_text(aino)  # the first section, not a role
        for _ in range(FIRST_ROUND):
            await key(fac, "N", *phones)
        assert fac.by_key("run-sub").value.startswith("Round 1/3")
        assert f"Round 1/3 \u00b7 {ROUND_EXERCISES[0]}" in aino.texts()
        assert aino.by_key("role-coach").value == "You coach Minna, Pekka observes"
        assert minna.by_key("role-coachee").value == "Aino coaches you, Pekka observes"
        assert ville.by_key("role-coach").value == "You coach Sanni, Otto observes"
        await key(fac, "Arrow Right", *phones)
        assert f"Round 2/3 \u00b7 {ROUND_EXERCISES[1]}" in aino.texts()
        assert aino.by_key("role-observer").value == "You observe: Minna coaches Pekka"
        assert minna.by_key("role-coach").value == "You coach Pekka, Aino observes"
        await key(fac, "P", *phones)  # back to round 1
        assert aino.has_key("role-coach")
        for c in (fac, *phones):
            assert not c.crashes()
            c.close()

    run(scenario())


def test_a_phone_whose_session_is_gone_comes_back_to_its_place_with_the_kept_token(room):
    async def scenario():
        fac = await projector(room)
        minna = await join(room, fac.pubsubhub, "Minna")
        for _ in range(FIRST_ROUND):
            await key(fac, "N", minna)
        token = minna.prefs[TOKEN_KEY]
        minna.close()
        again = await open_at("/join", room, hub=fac.pubsubhub, prefs={TOKEN_KEY: token})
        await again.settle(60)
        assert again.by_key("role-coachee").value == "Aino coaches you, Pekka observes"
        assert "Join" not in [getattr(c, "content", None) for c in again.controls()]
        assert room.room.aggregates().joined == 1  # the same participant, not a new one
        stranger = await open_at("/join", room, hub=fac.pubsubhub, prefs={TOKEN_KEY: "f" * 24})
        await stranger.settle(60)
        assert stranger.field("Nickname (optional)") is not None  # an unknown token joins anew
        for c in (fac, again, stranger):
            c.close()

    run(scenario())


def test_no_name_or_no_plan_still_shows_what_the_room_is_doing(room):
    async def scenario():
        lone = await open_at("/join", room)
        await lone.fire(lone.button_text("Join"))
        assert lone.has_text("Waiting for the facilitator to start")
        fac = await projector(room)
        anon = await join(room, fac.pubsubhub, "")
        for _ in range(FIRST_ROUND):
            await key(fac, "N", anon)
        assert anon.has_text(f"Round 1/3 \u00b7 {ROUND_EXERCISES[0]}")
        assert anon.has_text("Ask the facilitator which group you are in.")
        for c in (lone, fac, anon):
            c.close()

    run(scenario())


def test_results_stay_hidden_until_revealed_and_tallies_are_a_separate_reveal(room):
    async def scenario():
        fac = await projector(room)
        aino = await join(room, fac.pubsubhub, "Aino")
        for _ in range(FIRST_ROUND):
            await key(fac, "N", aino)
        from coachkit.ui.facilitator.join import report_round

        summary = {"open_share": 0.75, "reflection_ratio": 0.5, "overall": 60, "commitment": True}
        report_round(aino.page, room, {**summary, "kinds": {"open": 3, "closed": 1}})
        report_round(aino.page, room, {"open_share": 0.2, "kinds": {"closed": 4}}, source="tally")
        await key(fac, "Z")  # any key: let the projector re-render
        assert not fac.has_key("reveal-open")
        assert fac.has_text("Results in: 1 role-plays, 1 tallies")
        await key(fac, "R")
        assert fac.by_key("reveal-open").content.controls[1].value == "75 %"
        assert fac.has_key("reveal-commit") and not fac.has_text("Observers:")
        await key(fac, "T")
        texts = " ".join(fac.texts())
        assert "Observers: Triad round 1: 1 tally" in texts and "20 %" in texts
        assert "Aino" not in texts
        fac.close()
        aino.close()

    run(scenario())


def test_the_facilitator_sees_who_is_connected_and_who_went_away(room):
    async def scenario():
        fac = await open_at("/facilitator/live", room, width=1280)
        await fac.fire(fac.field("Code"), "change", value=room.code)
        await fac.fire(fac.button_text("Open facilitator screens"))
        aino = await join(room, fac.pubsubhub, "Aino")
        await asyncio.sleep(0.02)
        await fac.settle()
        assert fac.has_text("Phones: 1 of 1 connected")
        await aino.session.disconnect(60)  # a locked phone: the socket went away
        await asyncio.sleep(0.02)
        await fac.settle()
        assert fac.has_text("Phones: 0 of 1 connected")
        assert room.presence() == [("Aino", False)]
        fac.close()

    run(scenario())
