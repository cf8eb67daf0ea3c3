"""`coachkit workshop rotate` and `coachkit workshop agenda` as facilitators and scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachkit.cli import main
from coachkit.workshop.agenda import plan_from_kinds
from coachkit.workshop.plan_toml import plan_to_toml

MINI_PLAN = Path(__file__).parent.parent / "fixtures" / "mini" / "plan" / "mini-plan.toml"


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_rotate_json_numbers_people_1_to_n(capsys):
    assert main(["workshop", "rotate", "--people", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "rounds": [
            {"groups": [{"coach": 1, "coachee": 2, "observers": [3]}]},
            {"groups": [{"coach": 2, "coachee": 3, "observers": [1]}]},
            {"groups": [{"coach": 3, "coachee": 1, "observers": [2]}]},
        ]
    }


def test_rotate_json_with_names_and_seed_is_repeatable(tmp_path, capsys):
    names = tmp_path / "names.txt"
    names.write_text("Anna\nBo\n\nCai\nDan\nEeva\nFrans\nGun\n", encoding="utf-8")
    assert main(["workshop", "rotate", "--names", str(names), "--seed", "3", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["workshop", "rotate", "--names", str(names), "--seed", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == first
    assert len(first["rounds"]) == 4
    everyone = {
        p for g in first["rounds"][0]["groups"] for p in [g["coach"], g["coachee"], *g["observers"]]
    }
    assert everyone == {"Anna", "Bo", "Cai", "Dan", "Eeva", "Frans", "Gun"}


def test_rotate_table_is_readable(capsys):
    assert main(["workshop", "rotate", "--people", "7"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 groups (3+4)")
    assert "Round 4" in out and "(repeat)" in out


@pytest.mark.parametrize("people", ["1", "0", "201", "-3"])
def test_people_out_of_range_is_one_line_and_exit_2(people, capsys):
    assert main(["workshop", "rotate", "--people", people]) == 2
    assert "2..200" in one_line(capsys.readouterr().err)


def test_people_not_a_number_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["workshop", "rotate", "--people", "many"])
    assert info.value.code == 2
    one_line(capsys.readouterr().err)


def test_workshop_without_an_action_is_a_usage_error(capsys):
    assert main(["workshop"]) == 2
    assert "rotate or agenda" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "names.txt: no such file"),
        ("", "names.txt: no names in the file"),
        ("\n  \n", "names.txt: no names in the file"),
        ("Anna\nBo\nanna\n", "names.txt:3: duplicate name 'anna' (first on line 1)"),
        ("Anna\n\nBo\nBo\n", "names.txt:4: duplicate name 'Bo' (first on line 3)"),
        ("Anna\n", "names.txt: needs 2..200 names, has 1"),
        (b"\xff\xfe", "names.txt: not UTF-8 text"),
    ],
)
def test_bad_names_file_is_one_line_naming_file_and_line_exit_1(
    tmp_path, capsys, content, expected
):
    path = tmp_path / "names.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["workshop", "rotate", "--names", str(path)]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.endswith(expected)
    assert str(path) in line


def test_names_and_people_must_agree(tmp_path, capsys):
    path = tmp_path / "names.txt"
    path.write_text("Anna\nBo\nCai\n", encoding="utf-8")
    assert main(["workshop", "rotate", "--names", str(path), "--people", "4"]) == 1
    assert "has 3 names but --people is 4" in one_line(capsys.readouterr().err)


def test_agenda_of_a_plan_file(capsys):
    assert main(["workshop", "agenda", "--plan", str(MINI_PLAN), "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Mini workshop  13:00\u201313:30  30 min",
        "13:00\u201313:10   10 min  Opening",
        "13:10\u201313:30   20 min  Practice round  [mini-exercise]",
    ]


def test_agenda_clock_times_follow_the_language(capsys):
    """Finnish writes 13.00-13.10 (CLDR), English 13:00-13:10."""
    assert main(["workshop", "agenda", "--plan", str(MINI_PLAN), "--lang", "fi"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Minityöpaja  13.00\u201313.30  30 min"
    assert lines[1].startswith("13.00\u201313.10")


def test_agenda_json_with_a_start_time(capsys):
    args = ["workshop", "agenda", "--plan", str(MINI_PLAN), "--start", "08:45", "--json"]
    assert main([*args, "--lang", "fi"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["start"], data["end"], data["total_minutes"]) == ("08:45", "09:15", 30)
    assert [(b["start"], b["title"]) for b in data["blocks"]] == [
        ("08:45", "Aloitus"),
        ("08:55", "Harjoituskierros"),
    ]


def test_agenda_of_a_saved_plan(tmp_path, capsys):
    path = tmp_path / "plan" / "our-day.toml"
    path.parent.mkdir()
    plan = plan_from_kinds(["intro", "triad-round", "triad-round", "debrief"], plan_id="our-day")
    path.write_text(plan_to_toml(plan), encoding="utf-8")
    assert main(["workshop", "agenda", "--plan", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["end"] == "10:05"


@pytest.mark.parametrize("start", ["9", "25:00", "9.30"])
def test_agenda_bad_start_is_a_usage_error(start, capsys):
    assert main(["workshop", "agenda", "--plan", str(MINI_PLAN), "--start", start]) == 2
    assert "--start" in one_line(capsys.readouterr().err)


def test_agenda_past_midnight_is_bad_input(capsys):
    assert main(["workshop", "agenda", "--plan", str(MINI_PLAN), "--start", "23:45"]) == 1
    assert "past midnight" in one_line(capsys.readouterr().err)


def test_agenda_unknown_plan_id(capsys):
    assert main(["workshop", "agenda", "--plan", "no-such-plan"]) == 1
    assert "no plan 'no-such-plan'" in one_line(capsys.readouterr().err)


def test_agenda_broken_plan_file_names_the_field(tmp_path, capsys):
    path = tmp_path / "broken.toml"
    path.write_text(MINI_PLAN.read_text(encoding="utf-8").replace("minutes = 10", "minutes = 0"))
    assert main(["workshop", "agenda", "--plan", str(path)]) == 1
    assert "blocks.0.minutes" in capsys.readouterr().err


def test_rotate_needs_people_or_names(capsys):
    assert main(["workshop", "rotate"]) == 2
    assert "--people N or --names FILE" in one_line(capsys.readouterr().err)


def test_one_group_is_singular_in_finnish(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    assert main(["workshop", "rotate", "--people", "3"]) == 0
    assert capsys.readouterr().out.startswith("1 ryhmä (3)")
