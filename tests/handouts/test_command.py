"""`coachkit handouts`: files written, one clear line and exit 1 for an unknown id."""

from __future__ import annotations

import json

from coachkit.cli import main
from tests.handouts.conftest import MINI, SUMMARY, pages

PLAN_FILE = MINI / "plan" / "mini-plan.toml"


def run(*args: str) -> int:
    return main(["handouts", *args, "--add", str(MINI)])


def test_pack_from_a_plan_file(tmp_path, capsys):
    assert run("pack", "--plan", str(PLAN_FILE), "--lang", "fi", "-o", str(tmp_path)) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        [
            "mini-plan-facilitator-guide-fi.pdf",
            "observer-sheet-fi.pdf",
            "participant-handout-fi.pdf",
            "question-cards-fi.pdf",
            "supervisor-guide-fi.pdf",
            "mini-exercise-worksheet-fi.pdf",
            "mini-exercise-role-cards-fi.pdf",
        ]
    )
    out = capsys.readouterr().out
    assert out.count(".pdf") == 7 and "[" not in out  # no progress bar when not a terminal


def test_observer_participant_and_plan_deck_kinds(tmp_path):
    for kind in ("observer", "observer-advanced", "participant"):
        assert run(kind, "--lang", "en", "-o", str(tmp_path)) == 0
    assert pages((tmp_path / "observer-sheet-en.pdf").read_bytes()) == 1  # for a novice
    assert (tmp_path / "observer-sheet-advanced-en.pdf").exists()
    assert (tmp_path / "participant-handout-en.pdf").exists()
    plan = str(PLAN_FILE)
    assert run("question-cards", "--plan", plan, "--lang", "fi", "-o", str(tmp_path)) == 0
    assert (tmp_path / "question-cards-mini-plan-fi.pdf").exists()


def test_kinds_write_one_file_each(tmp_path):
    assert (
        run(
            "worksheet",
            "--exercise",
            "mini-exercise",
            "--lang",
            "en",
            "--paper",
            "letter",
            "-o",
            str(tmp_path),
        )
        == 0
    )
    assert (tmp_path / "mini-exercise-worksheet-en.pdf").exists()
    assert run("question-cards", "--stage", "goal", "--lang", "en", "-o", str(tmp_path)) == 0
    assert pages((tmp_path / "question-cards-goal-en.pdf").read_bytes()) >= 1
    summary = tmp_path / "summary.json"
    summary.write_text(json.dumps({"transcript": [], "summary": SUMMARY}), encoding="utf-8")
    assert (
        run(
            "report",
            "--summary",
            str(summary),
            "--exercise",
            "mini-exercise",
            "--lang",
            "fi",
            "-o",
            str(tmp_path),
        )
        == 0
    )
    assert list(tmp_path.glob("practice-report-*-fi.pdf"))


def test_unknown_exercise_is_one_line_and_exit_1(tmp_path, capsys):
    assert run("role-cards", "--exercise", "nope", "--lang", "fi", "-o", str(tmp_path)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "coachkit handouts: unknown exercise 'nope'"


def test_unknown_plan_is_one_line_and_exit_1(tmp_path, capsys):
    assert run("pack", "--plan", "no-such-plan", "--lang", "fi", "-o", str(tmp_path)) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        "coachkit handouts: unknown plan 'no-such-plan'"
    )


def test_bad_summary_file_is_exit_1(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run("report", "--summary", str(bad), "--lang", "en", "-o", str(tmp_path)) == 1
    assert "not JSON" in capsys.readouterr().err
