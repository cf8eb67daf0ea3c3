"""`coachkit analyze`: the readable verdict and the JSON-lines mode."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading

import pytest

from coachkit.cli import main


def _run(argv, capsys, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["analyze", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_readable_verdict_is_in_one_language_without_rule_names(capsys):
    code, out, _ = _run(["Mitä haluaisit saavuttaa?"], capsys)
    assert code == 0
    assert "Avoin kysymys" in out and "Tavoite" in out
    assert "fi." not in out and "open" not in out and "goal" not in out


def test_readable_verdict_english_tips(capsys):
    code, out, _ = _run(["Oletko harkinnut delegointia?", "--tips-lang", "en"], capsys)
    assert code == 0 and "Leading question" in out and "What options do you have?" in out
    assert "fi." not in out and "Johdatteleva" not in out


def test_json_single(capsys):
    code, out, _ = _run(["So you feel ignored?", "--json", "--lang", "en"], capsys)
    assert code == 0 and json.loads(out)["kind"] == "closed"


def test_jsonl_in_order(capsys, monkeypatch, tmp_path):
    lines = [
        {"text": "Mitä tapahtui?", "id": "a"},
        {"text": "You should rest.", "lang": "en"},
        {"text": "Why not ask?", "lang": "auto"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    code, out, _ = _run(["--jsonl", str(path)], capsys)
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(rows) == 3
    assert rows[0]["id"] == "a" and rows[0]["kind"] == "open"
    assert rows[1]["kind"] == "advice" and rows[2]["why"] is True
    for row in rows:
        assert {"kind", "why", "stacked", "grow"} <= row.keys()


def test_jsonl_stdin(capsys, monkeypatch):
    code, out, _ = _run(["--jsonl", "-"], capsys, '{"text": "Kerro lisää"}\n', monkeypatch)
    assert code == 0 and json.loads(out)["kind"] == "open"


def test_jsonl_names_a_bad_line_skips_it_and_analyses_the_rest(capsys, monkeypatch):
    content = '{"text": "ok"}\nnot json\n{"text": "Mitä haluat?", "id": 3}\n'
    code, out, err = _run(["--jsonl", "-"], capsys, content, monkeypatch)
    assert code == 1 and [json.loads(x)["text"] for x in out.splitlines()] == ["ok", "Mitä haluat?"]
    assert "line 2: not valid JSON" in err and "Traceback" not in err
    assert "1 line of 3 was skipped" in err.strip().splitlines()[-1]


def test_jsonl_a_line_that_is_not_utf8_is_skipped_in_a_file(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "ok"}\n\xff\xfe broken\n{"text": "Kerro lis\xc3\xa4\xc3\xa4"}\n')
    code, out, err = _run(["--jsonl", str(path)], capsys)
    assert code == 1 and len(out.splitlines()) == 2
    assert f"{path}: line 2: not UTF-8 text" in err


def test_jsonl_a_wrong_file_names_twenty_lines_then_counts(capsys, monkeypatch):
    code, out, err = _run(["--jsonl", "-"], capsys, "not json\n" * 100, monkeypatch)
    lines = err.strip().splitlines()
    assert code == 1 and out == "" and len(lines) == 21
    assert "100 lines of 100 were skipped" in lines[-1]


@pytest.mark.parametrize(
    "content",
    ["[" * 100_000 + "\n", '{"text": ' + "[" * 50_000 + "\n", '{"a":' * 100_000 + "\n"],
    ids=["nested-arrays", "nested-in-text", "nested-objects"],
)
def test_jsonl_hostile_nesting_is_one_clear_line(capsys, monkeypatch, content):
    code, out, err = _run(["--jsonl", "-"], capsys, content, monkeypatch)
    assert code == 1 and out == ""
    assert "line 1" in err and "Traceback" not in err and len(err.strip().splitlines()) == 2


def test_jsonl_lone_surrogate_is_written_escaped(capsys, monkeypatch):
    code, out, _ = _run(["--jsonl", "-"], capsys, '{"text": "Mit\\ud800ä?"}\n', monkeypatch)
    assert code == 0 and json.loads(out)["text"] == "Mit\ud800ä?"


def test_jsonl_streams_output_before_input_ends(tmp_path):
    """A real pipe: the first line's answer arrives while the input is still open."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachkit", "analyze", "--jsonl", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    guard = threading.Timer(60, proc.kill)  # a buffering command fails the test, never hangs it
    guard.start()
    try:
        proc.stdin.write('{"text": "Mitä haluaisit saavuttaa?", "id": 1}\n')
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # blocks forever if the command buffers
        assert first["id"] == 1 and first["kind"] == "open"
        proc.stdin.write('{"text": "You should rest.", "lang": "en", "id": 2}\n')
        proc.stdin.close()
        assert json.loads(proc.stdout.readline())["id"] == 2
        assert proc.wait(timeout=60) == 0
    finally:
        guard.cancel()
        proc.kill()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("not json\n", "line 1"),
        ('{"text": 3}\n', "line 1"),
        ('["text"]\n', "line 1"),
        ('{"text": "x", "lang": "sv"}\n', "line 1"),
    ],
)
def test_jsonl_bad_line(capsys, monkeypatch, content, fragment):
    code, out, err = _run(["--jsonl", "-"], capsys, content, monkeypatch)
    assert code == 1 and out == ""
    assert fragment in err and "Traceback" not in err and len(err.strip().splitlines()) == 2


def test_missing_file(capsys, tmp_path):
    code, _, err = _run(["--jsonl", str(tmp_path / "nope.jsonl")], capsys)
    assert code == 1 and "nope.jsonl" in err


@pytest.mark.parametrize("argv", [[], ["text", "--jsonl", "-"], ["x", "--lang", "sv"]])
def test_usage_mistakes_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", *argv])
    assert exc.value.code == 2


def test_readable_verdict_shortens_a_pasted_page(capsys):
    text = "Mitä haluat? " * 1000
    assert main(["analyze", text, "--lang", "fi"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert len(first) < 320 and first.endswith(f"\u2026 ({len(text.strip())})")


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_question_is_one_clear_line_not_a_verdict(capsys, text):
    code, out, err = _run([text], capsys)
    assert code == 1 and out == ""
    assert err.strip() == "coachkit analyze: nothing to analyse: TEXT is empty"
