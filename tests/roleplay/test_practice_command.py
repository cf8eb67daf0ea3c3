"""`coachkit practice`: list, scripted rounds as JSON, interactive input, clear errors."""

from __future__ import annotations

import io
import json

import pytest
from roleplay_helpers import GOOD_COACH

from coachkit.cli import main


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_has_id_title_level(capsys):
    code, out, _ = run_cli(capsys, "practice", "--list", "--json", "--lang", "en")
    rows = json.loads(out)
    assert code == 0
    assert {"first-contract", "meetings-run-late", "team-conflict"} <= {r["id"] for r in rows}
    assert all(set(r) >= {"id", "title", "level"} for r in rows)


def test_scripted_good_round_prints_transcript_and_summary(capsys, tmp_path):
    script = tmp_path / "coach.txt"
    script.write_text("\n".join(GOOD_COACH["fi"]), encoding="utf-8")
    code, out, _ = run_cli(
        capsys, "practice", "meetings-run-late", "--lang", "fi", "--script", str(script), "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert data["summary"]["commitment"] is True
    assert data["transcript"][0]["coach"] == GOOD_COACH["fi"][0]
    for key in ("overall", "open_share", "leading", "advice", "reflection_ratio", "grow_covered"):
        assert key in data["summary"]


def test_scripted_choice_round_uses_option_numbers(capsys, tmp_path):
    script = tmp_path / "picks.txt"
    script.write_text("1\n2\n1\n", encoding="utf-8")
    code, out, _ = run_cli(
        capsys,
        "practice",
        "first-contract",
        "--lang",
        "en",
        "--mode",
        "choice",
        "--script",
        str(script),
        "--json",
        "--seed",
        "4",
    )
    data = json.loads(out)
    assert code == 0
    assert [t["pick"] for t in data["transcript"]] == [0, 1, 0]


def test_script_line_that_is_not_an_option_number_is_bad_input(capsys, tmp_path):
    script = tmp_path / "picks.txt"
    script.write_text("7\n", encoding="utf-8")
    code, _, err = run_cli(
        capsys,
        "practice",
        "first-contract",
        "--lang",
        "en",
        "--mode",
        "choice",
        "--script",
        str(script),
    )
    assert code == 1 and "option number" in err and "Traceback" not in err


def test_readable_round_shows_feedback_and_score(capsys, tmp_path):
    script = tmp_path / "coach.txt"
    script.write_text("What do you want?\nYou should cancel it.\n", encoding="utf-8")
    code, out, _ = run_cli(
        capsys, "practice", "meetings-run-late", "--lang", "en", "--script", str(script)
    )
    assert code == 0
    assert "Sanna:" in out and "Summary:" in out and "/100" in out


def test_interactive_round_ends_on_an_empty_line(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("What do you want?\n\n"))
    code, out, _ = run_cli(capsys, "practice", "own-workload", "--lang", "en")
    assert code == 0
    assert out.count("You: What do you want?") == 1
    assert "Summary:" in out


def test_unknown_exercise_is_one_line_with_close_ids(capsys):
    code, out, err = run_cli(capsys, "practice", "meetings-late", "--lang", "fi")
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "meetings-run-late" in err


def test_unknown_mode_is_a_usage_mistake(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["practice", "meetings-run-late", "--mode", "loud"])
    assert exc.value.code == 2


def test_missing_exercise_name_is_a_usage_mistake(capsys):
    code, _, err = run_cli(capsys, "practice")
    assert code == 2 and "--list" in err


def test_undo_in_a_script_takes_the_last_turn_back(capsys, tmp_path):
    script = tmp_path / "coach.txt"
    script.write_text("What is happening?\nYou should cancel them.\n:undo\n", encoding="utf-8")
    code, out, _ = run_cli(
        capsys, "practice", "meetings-run-late", "--lang", "en", "--script", str(script), "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert [t["taken_back"] for t in data["transcript"]] == [False, True]
    assert data["summary"]["advice"] == 0 and data["summary"]["taken_back"] == 1
    assert {"turn", "points", "part", "why"} <= set(data["summary"]["losses"][0])
    assert set(data["summary"]["globals"]) == {"partnership", "empathy", "ownership"}


def test_piped_input_shows_no_prompts_and_the_list_speaks_one_language(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Mitä tapahtuu?\n\n"))
    code, out, _ = run_cli(capsys, "practice", "meetings-run-late", "--lang", "fi")
    assert code == 0 and "Sinä (:undo" not in out and out.count("Sinä: Mitä tapahtuu?") == 1
    code, out, _ = run_cli(capsys, "practice", "--list", "--lang", "fi")
    assert "beginner" not in out and "Aloittelija" in out
