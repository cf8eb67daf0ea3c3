"""Agendas on the clock, editing plans, building plans from kinds and templates, TOML round-trip."""

from __future__ import annotations

import tomllib
from datetime import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachkit.content import load_library
from coachkit.content.loader import read_item
from coachkit.content.models import SCHEMA_VERSION, Block, LocalizedText, Plan
from coachkit.workshop.agenda import (
    PlanError,
    add_block,
    build_agenda,
    move_block,
    plan_from_kinds,
    plan_from_template,
    remove_block,
    set_exercise,
    set_minutes,
)
from coachkit.workshop.blocks import DEFAULT_MINUTES
from coachkit.workshop.plan_toml import plan_to_toml, toml_string

MINI = Path(__file__).parent.parent / "fixtures" / "mini"


def text(en: str, fi: str | None = None) -> LocalizedText:
    return LocalizedText(fi=fi or en, en=en)


def make_plan(*minutes: int, start: str = "09:00") -> Plan:
    kinds = ["intro", "triad-round", "break", "debrief", "fishbowl"]
    return Plan(
        schema_version=1,
        id="test-plan",
        title=text("Test"),
        summary=text("A plan for tests"),
        start=start,
        blocks=[
            Block(kind=kinds[i % len(kinds)], title=text(f"Block {i}"), minutes=m)
            for i, m in enumerate(minutes)
        ],
    )


def test_agenda_lays_blocks_end_to_end_from_the_plan_start():
    agenda = build_agenda(make_plan(10, 20, 15, start="09:00"))
    assert [(e.index, e.start_text, e.end_text) for e in agenda.entries] == [
        (0, "09:00", "09:10"),
        (1, "09:10", "09:30"),
        (2, "09:30", "09:45"),
    ]
    assert agenda.total_minutes == 45
    assert agenda.end == time(9, 45)


@pytest.mark.parametrize("start", ["13:30", time(13, 30)])
def test_agenda_start_can_be_given_as_text_or_time(start):
    agenda = build_agenda(make_plan(45, 50), start)
    assert [e.start for e in agenda.entries] == [time(13, 30), time(14, 15)]
    assert agenda.end == time(15, 5)


@pytest.mark.parametrize("bad", ["9:00", "24:00", "12:60", "noon", ""])
def test_a_bad_start_time_names_the_field(bad):
    with pytest.raises(PlanError) as info:
        build_agenda(make_plan(10), bad)
    assert info.value.field == "start"


def test_a_plan_ending_exactly_at_midnight_is_fine():
    agenda = build_agenda(make_plan(30, 30), "23:00")
    assert agenda.end == time(0, 0)


def test_a_plan_running_past_midnight_is_refused_naming_the_block():
    with pytest.raises(PlanError) as info:
        build_agenda(make_plan(30, 30, 30), "23:00")
    assert info.value.field == "blocks.2.minutes"
    assert "00:30 the next day" in str(info.value)


def test_agenda_json_view_has_titles_in_the_asked_language():
    plan = make_plan(10)
    plan = plan_from_template(plan, title=LocalizedText(fi="Työpaja", en="Workshop"))
    data = build_agenda(plan).to_dict("fi")
    assert data["title"] == "Työpaja"
    assert data["blocks"][0] == {
        "index": 0,
        "kind": "intro",
        "title": "Block 0",
        "minutes": 10,
        "start": "09:00",
        "end": "09:10",
        "exercise": None,
    }


# --- editing ---------------------------------------------------------------------------------


def test_editing_returns_new_plans_and_leaves_the_old_one_alone():
    plan = make_plan(10, 20)
    longer = set_minutes(plan, 1, 25)
    assert [b.minutes for b in plan.blocks] == [10, 20]
    assert [b.minutes for b in longer.blocks] == [10, 25]


def test_add_block_by_kind_uses_default_minutes_and_position():
    plan = add_block(make_plan(10, 20), "break", index=1)
    assert [b.kind for b in plan.blocks] == ["intro", "break", "triad-round"]
    assert plan.blocks[1].minutes == 15
    assert add_block(plan, "debrief").blocks[-1].kind == "debrief"


def test_remove_and_move_blocks():
    plan = make_plan(10, 20, 15)
    assert [b.minutes for b in remove_block(plan, 1).blocks] == [10, 15]
    assert [b.minutes for b in move_block(plan, 0, 2).blocks] == [20, 15, 10]
    assert [b.minutes for b in move_block(plan, 2, 0).blocks] == [15, 10, 20]


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda p: set_minutes(p, 0, 0), "blocks.0.minutes"),
        (lambda p: set_minutes(p, 1, 481), "blocks.1.minutes"),
        (lambda p: set_minutes(p, 1, 2.5), "blocks.1.minutes"),
        (lambda p: set_minutes(p, 5, 10), "blocks"),
        (lambda p: remove_block(p, -1), "blocks"),
        (lambda p: move_block(p, 0, 9), "to"),
        (lambda p: add_block(p, "karaoke"), "kind"),
        (lambda p: add_block(p, "break", index=7), "index"),
        (lambda p: set_exercise(p, 0, "some-exercise"), "blocks.0.exercise"),
        (lambda p: set_exercise(p, 1, "Not An Id"), "blocks.1.exercise"),
        (lambda p: set_exercise(p, 1, "unknown", known={"budget-talk"}), "blocks.1.exercise"),
    ],
)
def test_invalid_edits_name_the_field(edit, field):
    with pytest.raises(PlanError) as info:
        edit(make_plan(10, 20))
    assert info.value.field == field
    assert str(info.value).startswith(field + ": ")


def test_the_last_block_cannot_be_removed():
    with pytest.raises(PlanError, match="at least one block"):
        remove_block(make_plan(10), 0)


def test_set_exercise_on_a_triad_round_and_clear_it():
    plan = set_exercise(make_plan(10, 20), 1, "budget-talk", known={"budget-talk"})
    assert plan.blocks[1].exercise == "budget-talk"
    assert set_exercise(plan, 1, None).blocks[1].exercise is None


# --- building plans --------------------------------------------------------------------------


def test_default_minutes_per_kind():
    assert DEFAULT_MINUTES == {
        "intro": 10,
        "method-talk": 15,
        "demonstration": 10,
        "triad-round": 20,
        "fishbowl": 25,
        "troika": 30,
        "reflecting-team": 30,
        "feedforward": 15,
        "observed-session": 20,
        "debrief": 15,
        "break": 15,
        "solo-practice": 15,
    }


def test_plan_from_kinds_uses_default_minutes_and_titles_in_both_languages():
    plan = plan_from_kinds(["intro", "triad-round", "triad-round", "break", "debrief"])
    assert [b.minutes for b in plan.blocks] == [10, 20, 20, 15, 15]
    assert plan.minutes == 80
    assert plan.blocks[1].title.en == "Triad round"
    assert plan.blocks[1].title.fi == "Triadikierros"
    assert plan.blocks[1].notes is None  # its timing is written from the plan's round format


def test_plan_from_kinds_names_an_unknown_kind():
    with pytest.raises(PlanError) as info:
        plan_from_kinds(["intro", "nap"])
    assert info.value.field == "blocks.1.kind"


def test_plan_from_kinds_needs_a_block():
    with pytest.raises(PlanError) as info:
        plan_from_kinds([])
    assert info.value.field == "blocks"


def test_plan_from_template_copies_with_a_new_id_and_start():
    own = plan_from_template(make_plan(10, 20), plan_id="our-day", start="12:15")
    assert (own.id, own.start, own.minutes) == ("our-day", "12:15", 30)
    with pytest.raises(PlanError) as info:
        plan_from_template(make_plan(10), plan_id="Bad Id")
    assert info.value.field == "id"


def test_builtin_plan_templates_lay_out_and_round_trip(tmp_path):
    plans = load_library().plans
    assert len(plans) >= 3, "built-in plan templates are missing"
    for template in plans:
        agenda = build_agenda(plan_from_template(template, plan_id="copy"))
        assert agenda.total_minutes == template.minutes
        path = tmp_path / "plan" / f"{template.id}.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(plan_to_toml(template), encoding="utf-8")
        assert read_item(path, "plan") == (template, [])


# --- TOML -------------------------------------------------------------------------------------


def save_and_read(plan: Plan, tmp_path):
    folder = tmp_path / "plan"
    folder.mkdir(exist_ok=True)
    path = folder / f"{plan.id}.toml"
    path.write_text(plan_to_toml(plan), encoding="utf-8")
    return read_item(path, "plan")


def test_saved_plan_reads_back_through_the_content_loader(tmp_path):
    plan = plan_from_kinds(["intro", "triad-round", "debrief"], plan_id="saved", start="08:30")
    plan = set_exercise(plan, 1, "budget-talk")
    plan = Plan.model_validate(
        {
            **plan.model_dump(),
            "materials": [{"fi": "Tussit", "en": "Markers"}],
            "blocks": [
                *[b.model_dump() for b in plan.blocks[:-1]],
                {
                    **plan.blocks[-1].model_dump(),
                    "debrief": [{"fi": "Mitä opit?", "en": "What did you learn?"}],
                },
            ],
        }
    )
    item, problems = save_and_read(plan, tmp_path)
    assert problems == []
    assert item == plan


@pytest.mark.parametrize(
    "value",
    [
        'say "hi"',
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "cr\r",
        "bell\x07",
        "del\x7f",
        "ä ö å €",
    ],
)
def test_toml_strings_escape_what_toml_forbids(value):
    assert tomllib.loads(f"x = {toml_string(value)}")["x"] == value


title_text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())


@settings(max_examples=100, deadline=None)
@given(fi=title_text, en=title_text, notes=title_text)
def test_any_titles_survive_the_round_trip(tmp_path_factory, fi, en, notes):
    tmp_path = tmp_path_factory.mktemp("rt")
    block = Block(
        kind="troika", title=LocalizedText(fi=fi, en=en), minutes=30, notes=text(notes, notes)
    )
    plan = Plan(
        schema_version=SCHEMA_VERSION,
        id="any",
        title=LocalizedText(fi=fi, en=en),
        summary=text(notes),
        blocks=[block],
    )
    item, problems = save_and_read(plan, tmp_path)
    assert problems == []
    assert item == plan


def test_a_handwritten_plan_file_round_trips(tmp_path):
    original, problems = read_item(MINI / "plan" / "mini-plan.toml", "plan")
    assert problems == []
    assert save_and_read(original, tmp_path) == (original, [])
