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
    assert kinds == {"exercise", "method", "skill", "question", "guide", "plan", "intent"}


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


# --- start-up: only the command being run is imported ------------------------------------------

LOADED = """
import contextlib, io, sys
from coachkit.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(sys.argv[1:])
heavy = ("reportlab", "pydantic", "flet", "babel", "coachkit.commands.", "coachkit.analysis")
print(" ".join(sorted({m.split(".")[0] if not m.startswith("coachkit") else m
                       for m in sys.modules if m.startswith(heavy)})))
"""


def loaded_by(*args: str) -> set[str]:
    """The heavy packages and command modules a `coachkit ARGS` run has imported when it ends."""
    result = subprocess.run(
        [sys.executable, "-c", LOADED, *args], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(result.stdout.split())


def test_help_loads_no_command_module_and_no_heavy_library():
    assert loaded_by("--help") == set()


def test_analyze_loads_the_analyser_and_nothing_for_pdfs_forms_or_screens():
    loaded = loaded_by("analyze", "Mitä haluaisit saavuttaa?")
    assert "coachkit.commands.analyze" in loaded and "coachkit.analysis" in loaded
    assert not loaded & {"reportlab", "pydantic", "flet"}, loaded
    assert not {m for m in loaded if m.startswith("coachkit.commands.")} - {
        "coachkit.commands.analyze"
    }


def test_commands_that_make_no_pdf_never_import_reportlab():
    assert "reportlab" not in loaded_by("workshop", "rotate", "--people", "6", "--json")
    assert "reportlab" not in loaded_by("library", "--kind", "method", "--json")


def test_the_command_list_names_each_command_as_its_own_module_does(capsys):
    import argparse

    from coachkit import cli

    def summaries(parser: argparse.ArgumentParser) -> dict[str, str | None]:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return {choice.dest: choice.help for choice in sub._choices_actions}

    assert summaries(cli.build_parser()) == summaries(cli.build_parser(cli.ALL))
    assert list(summaries(cli.build_parser())) == list(cli.COMMANDS)


def test_a_command_s_own_help_is_complete_when_it_is_loaded_alone():
    result = run("practice", "--help")
    assert result.returncode == 0 and "--script" in result.stdout
