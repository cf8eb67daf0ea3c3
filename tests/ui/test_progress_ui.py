"""The participant app keeps rounds safe, shows progress and says what to practise next."""

from __future__ import annotations

import datetime as dt

import flet as ft
from appclient import assert_no_crash, start_app
from conftest import MINI, run

from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.state import Services

EX = "mini-exercise"


async def play(c, *questions: str) -> None:
    await c.navigate(f"/exercise/{EX}")
    await c.click("Start: type your questions")
    for q in questions:
        field = c.controls(ft.TextField)[0]
        await c.type(field, q)
        await c.submit(field)


def practice_view(c) -> ft.View:
    return [v for v in c.controls(ft.View) if str(v.route).endswith("/play")][-1]


def seed_rounds(store: Store, summaries: list[dict], exercise: str = EX, start=None) -> list[int]:
    """Finished rounds, one a day, with the given summaries."""
    start = start or dt.datetime(2026, 11, 23, 18, 0)
    ids = []
    for i, summary in enumerate(summaries):
        store.clock = lambda i=i: start + dt.timedelta(days=i)
        rid = store.start_round(exercise, "en", "free", i + 1)
        for n, (text, kind) in enumerate(summary.pop("_turns", []), 1):
            store.add_turn(rid, n, text, kind=kind)
        store.finish_round(rid, {"title": {"en": "Meetings run late", "fi": "x"}, **summary})
        ids.append(rid)
    store.clock = lambda: start + dt.timedelta(days=len(summaries))
    return ids


def s(open_share, ratio, advice, commitment, questions=6, **extra):
    return {
        "open_share": open_share,
        "reflection_ratio": ratio,
        "advice": advice,
        "commitment": commitment,
        "questions": questions,
        "turns": questions,
        "overall": round(100 * open_share * 0.6),
        "done": True,
        **extra,
    }


FIVE = [
    s(0.4, 0.2, 3, False),
    s(0.5, 0.5, 2, False),
    s(0.6, 1.0, 1, True),
    s(0.8, 1.5, 0, True),
    s(0.9, 2.0, 0, True),
]


def test_back_during_a_round_asks_first_and_home_resumes_it(services):
    async def scenario():
        c = await start_app(services)
        try:
            await play(c, "What would you like from the meetings?")
            view = practice_view(c)
            assert view.can_pop is False  # Flutter asks the server instead of popping
            await c.fire(view, "confirm_pop")
            assert c.has_text("Leave this round?")
            assert c.has_text("Your 1 turn is saved. You can continue the round from Home.")
            await c.click("Keep practising")
            assert c.page.route == f"/exercise/{EX}/play"
            await c.fire(practice_view(c), "confirm_pop")
            await c.click("Leave for now")
            assert c.page.route == f"/exercise/{EX}"
            await c.navigate("/")
            assert c.has_text("Continue where you left off")
            await c.click("Continue")
            assert c.page.route == f"/exercise/{EX}/play"
            assert c.has_text("What would you like from the meetings?")  # the turn is back
            assert services.store.history() == []  # nothing finished, nothing lost
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_a_round_with_no_turns_leaves_without_asking(services):
    async def scenario():
        c = await start_app(services)
        try:
            await play(c)
            assert practice_view(c).can_pop is True
        finally:
            c.close()

    run(scenario())


def test_finish_early_asks_then_the_summary_explains_the_score(services):
    async def scenario():
        c = await start_app(services)
        try:
            await play(c, "What would you like from the meetings?")
            await c.click("Finish")
            assert c.has_text("Finish the round now?")
            await c.click("Keep practising")
            assert services.store.history() == []
            await c.click("Finish")
            await c.click("Finish and see results")
            assert c.page.route.startswith("/round/")
            assert c.has_text("Why this score")
            assert c.has_text("You finished after 1 turn.")
            assert c.has_text("Your first round of this exercise.")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_history_draws_four_trends_with_axes_and_names_milestones(services):
    async def scenario():
        thursday = dt.datetime(2026, 11, 26, 18, 0)  # four rounds in week 48, one in week 49
        seed_rounds(services.store, [dict(x) for x in FIVE], start=thursday)
        c = await start_app(services)
        try:
            await c.fire(c.controls(ft.NavigationBar)[0], "change", None, selected_index=3)
            for name in ("open_share", "reflection_ratio", "advice", "commitment"):
                assert c.has_key(f"trend-{name}")
            # axes: 0 and the top of the scale on the y axis, round numbers on the x axis
            assert c.has_text("100%") and c.has_text("0%")
            assert {"1", "2", "3", "4", "5"} <= set(c.texts())
            assert c.has_text("Latest: 90% · before: 80%")
            assert c.has_key("milestone-first-commitment")
            assert c.has_key("milestone-reflections-2-to-1")
            assert c.has_key("milestone-five-rounds")
            week = c.controls(ft.Chip, lambda ch: ch.label.value == "Per week")[0]
            await c.fire(week, "select", None)
            assert c.has_text("wk 48") and c.has_text("wk 49")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_summary_compares_with_earlier_rounds_of_the_same_exercise(services):
    async def scenario():
        ids = seed_rounds(services.store, [dict(x) for x in FIVE[:3]])
        seed_rounds(services.store, [s(0.1, 0, 5, False)], exercise="other-exercise")
        c = await start_app(services)
        try:
            await c.navigate(f"/round/{ids[-1]}")
            assert c.has_text("Compared with your earlier rounds")
            assert c.has_text("The mean of your 2 earlier rounds of this exercise.")
            line = c.by_key("cmp-open_share").controls[1].value
            assert line == "Open questions: 60% (before 45%), better"
            assert c.by_key("cmp-advice").controls[1].value.endswith("better")  # 1 vs 2.5
            assert c.has_text(
                "First commitment: the supervisor chose a step of their own. "
                "That is the heart of it."
            )
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_home_suggests_a_focus_from_own_rounds_and_a_drill_of_three(services):
    async def scenario():
        seed_rounds(
            services.store,
            [
                s(
                    0.3,
                    0.0,
                    2,
                    False,
                    _turns=[
                        ("Have you tried a shorter agenda?", "closed"),
                        ("You should end on time.", "advice"),
                    ],
                )
            ],
        )
        c = await start_app(services)
        try:
            assert c.has_text("What to practise next")
            assert c.has_text("Hold back advice")  # advice recurred
            await c.click("Start the drill")
            assert c.page.route == "/drill"
            assert c.has_text("Item 1 of 3")
            assert c.has_text("You should end on time.")  # own turns first, newest first
            answers = ["What options do you see?", "Have you tried ending on time?", "What else?"]
            for n, answer in enumerate(answers):
                field = c.field("Your rewrite")
                await c.type(field, answer)
                await c.click("Check")
                assert c.has_key("verdict")
                await c.click("Next" if n < 2 else "Finish the drill")
            assert c.has_text("Drill done")
            cards = services.store.drill_cards()
            assert len(cards) == 3 and sum(v["misses"] for v in cards.values()) == 1
            missed = next(v for v in cards.values() if v["misses"])
            kept = [v for v in cards.values() if not v["misses"]]
            assert all(missed["due"] < v["due"] for v in kept)  # the miss comes back first
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_skill_and_method_pages_link_to_what_trains_them(db):
    services = Services(load_library(), Store(db), web=True)

    async def scenario():
        c = await start_app(services)
        try:
            await c.navigate("/skill/holding-back-advice")
            assert c.has_text("Practise this")
            assert c.has_key("train-meetings-run-late") and c.has_key("train-drill")
            await c.fire(c.by_key("train-drill").content, "click")
            assert c.page.route == "/drill"
            await c.navigate("/method/oars")
            assert c.has_key("train-team-conflict")
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_exercise_list_starts_with_the_easiest_level(db):
    from coachkit.ui.screens.exercises import filtered

    library = load_library()
    levels = [e.level for e in filtered(library.exercises, None, None, "fi")]
    order = ["beginner", "intermediate", "advanced"]
    assert levels == sorted(levels, key=order.index)


def test_small_things(services):
    async def scenario():
        c = await start_app(services)
        try:
            await c.navigate("/method/mini-grow")
            bullet_rows = c.controls(
                ft.Row, lambda r: r.controls and getattr(r.controls[0], "value", "") == "\u2022"
            )
            assert bullet_rows and all(r.controls[1].expand for r in bullet_rows)  # hanging indent
            await play(c, "What would you like?")
            send = c.controls(ft.IconButton, lambda b: b.tooltip == "Send")[0]
            assert send.icon.color == "#FFFFFF"  # light on the blue button
            title = practice_view(c).appbar.title
            assert title.max_lines == 2  # a long title wraps instead of being cut
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_a_lan_phone_sees_no_path_of_the_laptop(db):
    services = Services(load_library(extra=[MINI], builtin=False), Store(db), web=True, lan=True)

    async def scenario():
        c = await start_app(services)
        try:
            await c.fire(c.controls(ft.NavigationBar)[0], "change", None, selected_index=4)
            assert not [x for x in c.texts() if str(db) in x or str(db.parent) in x]
            assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_largest_text_size_uses_chips_that_never_split_a_word(services):
    async def scenario():
        c = await start_app(services)
        try:
            await c.fire(c.controls(ft.NavigationBar)[0], "change", None, selected_index=4)
            assert not c.controls(ft.SegmentedButton, lambda b: len(b.segments) == 4)
            [larger] = c.controls(ft.Chip, lambda ch: ch.label.value == "Larger")
            await c.fire(larger, "select", None)
            assert c.page.theme.text_theme.body_large.size == round(16 * 1.3, 1)
            for tab in range(5):  # every tab still renders at the largest size
                await c.fire(c.controls(ft.NavigationBar)[0], "change", None, selected_index=tab)
                assert_no_crash(c)
        finally:
            c.close()

    run(scenario())


def test_a_week_on_the_chart_is_named_in_the_reader_s_language():
    from coachkit.i18n import Translator
    from coachkit.ui.screens.history import week_label

    assert week_label(Translator("fi"), "2026-W49") == "vk 49"
    assert week_label(Translator("en"), "2027-W01") == "wk 1"
