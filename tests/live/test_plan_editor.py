"""The plan editor: names apply as typed, a short plan is warned about with fixes, a built-in
template is saved only as a copy under a new id."""

from __future__ import annotations

import asyncio

from coachkit.content import load_library
from coachkit.ui.facilitator import make_main
from coachkit.ui.facilitator.session import DRAFT_KEY
from coachkit.workshop import plan_from_template

from .harness import FakeClient

SEVEN = "Aino\nMinna\nPekka\nVille\nSanni\nOtto\nKaisa"


def run(coro):
    return asyncio.run(coro)


async def plan_screen(room) -> FakeClient:
    client = FakeClient(route="/facilitator/plan", width=1280)
    await client.start(make_main(room))
    await client.fire(client.field("Code"), "change", value=room.code)
    await client.fire(client.button_text("Open facilitator screens"))
    draft = client.page.session.store.get(DRAFT_KEY)
    intro = next(p for p in load_library().plans if p.id == "intro-90")
    draft.apply(lambda _p: plan_from_template(intro))
    await client.fire(client.by_key("plan-names"), "change", value=SEVEN)
    return client


def test_names_apply_as_typed_without_leaving_the_field(room):
    async def scenario():
        client = await plan_screen(room)
        assert client.by_key("people-count").value == "7 people"
        assert client.has_text("Group 1: Aino coaches Minna")
        await client.fire(client.by_key("plan-names"), "change", value=SEVEN + "\nTero")
        assert client.by_key("people-count").value == "8 people"
        client.close()

    run(scenario())


def test_seven_people_on_a_three_round_plan_are_warned_and_a_round_can_be_added(room):
    async def scenario():
        client = await plan_screen(room)
        warning = client.by_key("rotation-warning").value
        assert "7 people need 4 rounds" in warning and "Kaisa will not coach" in warning
        assert client.has_text("Round 4 \u2013 not in the plan")
        await client.fire(client.by_key("fix-add-round"))
        draft = client.page.session.store.get(DRAFT_KEY)
        assert sum(b.kind == "triad-round" for b in draft.plan.blocks) == 4
        assert not client.has_key("rotation-warning")
        assert client.has_text("Group 1: Aino coaches Minna \u00b7 observing: Pekka  (repeat)")
        client.close()

    run(scenario())


def test_accepting_or_choosing_threes_and_pairs_clears_the_warning(room):
    async def scenario():
        client = await plan_screen(room)
        await client.fire(client.by_key("fix-threes"))
        assert not client.has_key("rotation-warning")
        assert client.has_text("Group 3: Otto coaches Kaisa")  # 3 + 2 + 2
        client.close()
        other = await plan_screen(room)
        await other.fire(other.by_key("fix-accept"))
        assert other.has_text("Accepted: Kaisa will not coach today.")
        other.close()

    run(scenario())


def test_saving_a_builtin_template_asks_for_a_new_id_and_never_overwrites_it(room):
    async def scenario():
        client = await plan_screen(room)
        await client.fire(client.by_key("plan-save"))
        assert client.has_key("plan-save-ask")
        field = client.by_key("plan-copy-id")
        await client.fire(field, "change", value="intro-90")
        await client.fire(client.button_text("Save copy"))
        assert client.has_text("intro-90 is a built-in template: choose a new id.")
        await client.fire(client.by_key("plan-copy-id"), "change", value="Our intro")
        await client.fire(client.button_text("Save copy"))
        assert client.has_text("Saved as our-intro.")
        from coachkit.ui.facilitator.session import _fallback_store

        assert set(_fallback_store().plans()) == {"our-intro"}
        client.close()

    run(scenario())
