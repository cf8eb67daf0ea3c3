"""The command line as scripts and facilitators use it: exit codes, one-line errors, JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachkit import __version__
from coachkit.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coachkit", *args], capture_output=True, text=True, timeout=120
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"coachkit {__version__}"


@pytest.mark.parametrize(
    "args",
    [["no-such-command"], ["library", "--kind", "poem"], ["validate", "--lang", "sv"]],
)
def test_usage_mistakes_exit_2_with_one_line(args):
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "error:" in lines[0] and "Traceback" not in result.stderr


def test_validate_a_bad_folder_exits_1_naming_the_file(mini, capsys):
    (mini / "method" / "mini-grow.toml").write_text("schema_version = 1\nid = 'x'\n")
    assert main(["validate", "--no-builtin", str(mini), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert f"{mini}/method/mini-grow.toml: title: field required" in err
    assert "Traceback" not in err


def test_validate_a_missing_path_exits_1(tmp_path, capsys):
    assert main(["validate", "--no-builtin", str(tmp_path / "nope")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_validate_good_folder(mini, capsys):
    assert main(["validate", "--no-builtin", str(mini), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "All 6 items are valid."


def test_validate_summary_in_finnish(mini, capsys):
    assert main(["validate", "--no-builtin", str(mini), "--lang", "fi"]) == 0
    assert capsys.readouterr().out.strip() == "Kaikki 6 kohdetta ovat kunnossa."


def test_builtin_content_is_valid():
    result = run("validate")
    assert result.returncode == 0, result.stderr


def test_library_json_lists_builtin_and_added_content(mini):
    result = run("library", "--json", "--lang", "fi", "--add", str(mini))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"kind", "id"} <= set(rows[0])
    by_id = {(r["kind"], r["id"]): r for r in rows}
    assert by_id[("method", "mini-grow")]["title"] == "Mini-GROW"
    assert by_id[("method", "mini-grow")]["titles"] == {"fi": "Mini-GROW", "en": "Mini GROW"}
    assert by_id[("question", "mini-goal-1")]["text"] == "Mitä haluaisit saada aikaan?"
    assert by_id[("exercise", "mini-exercise")]["level"] == "beginner"
    kinds = {r["kind"] for r in rows}
    assert kinds == {"exercise", "method", "skill", "question", "guide", "plan"}


def test_library_kind_filter_and_english(mini):
    result = run("library", "--json", "--lang", "en", "--kind", "plan", "--add", str(mini))
    rows = json.loads(result.stdout)
    assert {r["kind"] for r in rows} == {"plan"}
    assert any(r["title"] == "Mini workshop" and r["minutes"] == 30 for r in rows)


def test_library_warns_about_a_broken_added_file_and_lists_the_rest(mini):
    (mini / "method" / "broken.toml").write_text("not = [valid")
    result = run("library", "--json", "--add", str(mini), "--lang", "en")
    assert result.returncode == 0
    assert "broken.toml: line 1" in result.stderr
    assert any(r["id"] == "mini-grow" for r in json.loads(result.stdout))
