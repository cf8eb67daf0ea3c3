"""Every file and JSON the user hands in is read bounded and reported as one line."""

from __future__ import annotations

import json
import os
import sys

import pytest

from coachkit.cli import main
from coachkit.content.bounded import BoundedReadError, read_bounded
from coachkit.content.loader import Library, load_paths

MINI = __import__("pathlib").Path(__file__).resolve().parents[1] / "fixtures" / "mini"


def one_line(problems) -> list[str]:
    lines = [str(p) for p in problems]
    assert all("\n" not in line for line in lines)
    return lines


@pytest.fixture
def content(tmp_path):
    folder = tmp_path / "extra" / "method"
    folder.mkdir(parents=True)
    return folder


def test_deeply_nested_toml_is_one_problem_and_the_rest_loads(content):
    (content / "deep.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    library = load_paths(Library(), [content.parent])
    [line] = one_line(library.problems)
    assert "deep.toml" in line and "nested too deeply" in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_toml_is_refused_without_waiting(content):
    os.mkfifo(content / "pipe.toml")
    library = load_paths(Library(), [content.parent])
    [line] = one_line(library.problems)
    assert "pipe.toml" in line and "not a regular file" in line


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_dev_zero_is_refused_without_reading_it(content):
    (content / "zero.toml").symlink_to("/dev/zero")
    library = load_paths(Library(), [content.parent])
    [line] = one_line(library.problems)
    assert "zero.toml" in line and "not a regular file" in line


def test_reads_stop_at_the_limit(tmp_path):
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 2000)
    with pytest.raises(BoundedReadError, match="over the"):
        read_bounded(big, 1000)
    assert read_bounded(big, 2000) == b"#" * 2000


def test_serve_with_hostile_content_starts_and_names_each_file(content, tmp_path):
    from coachkit.ui.state import Services

    (content / "deep.toml").write_text("x = " + "{a=" * 50_000 + "1" + "}" * 50_000 + "\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(content / "pipe.toml")
    services = Services.load([content.parent], web=True)
    lines = one_line(services.library.problems)
    assert any("deep.toml" in line for line in lines)
    assert services.library.exercises  # the built-in content still loads


def report(tmp_path, data) -> tuple[int, str]:
    path = tmp_path / "summary.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    code = main(["handouts", "report", "--summary", str(path), "--lang", "en", "-o", str(tmp_path)])
    return code, str(path)


def test_a_deeply_nested_summary_is_one_line(tmp_path, capsys):
    code, path = report(tmp_path, "[" * 100_000 + "]" * 100_000)
    err = capsys.readouterr().err
    assert code == 1 and "nested too deeply" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("open_share", 99),
        ("overall", 250),
        ("overall", -1),
        ("reflection_ratio", float("inf")),
        ("leading", 2.5),
        ("advice", "many"),
        ("complex_share", True),
    ],
)
def test_summary_figures_out_of_range_are_refused_by_name(tmp_path, capsys, field, value):
    summary = {"overall": 60, "open_share": 0.5, field: value}
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(summary, allow_nan=True), encoding="utf-8")
    code = main(["handouts", "report", "--summary", str(path), "--lang", "en", "-o", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1 and field in err and err.count("\n") == 1
    assert not list(tmp_path.glob("*.pdf"))


def test_a_summary_global_rating_outside_1_to_5_is_refused(tmp_path, capsys):
    code, _ = report(tmp_path, {"overall": 60, "globals": {"empathy": 9}})
    assert code == 1 and "globals.empathy" in capsys.readouterr().err


def test_a_summary_that_is_a_fifo_is_refused(tmp_path, capsys):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(tmp_path / "s.json")
    code = main(
        [
            "handouts",
            "report",
            "--summary",
            str(tmp_path / "s.json"),
            "--lang",
            "en",
            "-o",
            str(tmp_path),
        ]
    )
    assert code == 1 and "not a regular file" in capsys.readouterr().err


def test_a_command_module_that_fails_to_import_is_an_error_not_a_missing_command(monkeypatch):
    from coachkit import cli

    monkeypatch.setitem(cli.COMMANDS, "broken_for_test", "a command whose module is broken")
    monkeypatch.setitem(sys.modules, "coachkit.commands.broken_for_test", None)
    with pytest.raises(SystemExit) as stop:
        cli.main(["broken_for_test"])
    message = str(stop.value.code)
    assert "broken_for_test" in message and "\n" not in message
