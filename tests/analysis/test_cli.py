"""`coachkit analyze`: the readable verdict and the JSON-lines mode."""

from __future__ import annotations

import io
import json

import pytest

from coachkit.cli import main


def _run(argv, capsys, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["analyze", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_readable_verdict(capsys):
    code, out, _ = _run(["Mitä haluaisit saavuttaa?"], capsys)
    assert code == 0
    assert "open" in out and "goal" in out


def test_readable_verdict_english_tips(capsys):
    code, out, _ = _run(["Oletko harkinnut delegointia?", "--tips-lang", "en"], capsys)
    assert code == 0 and "leading" in out and "What options do you have?" in out


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


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"text": "ok"}\nnot json\n', "line 2"),
        ('{"text": 3}\n', "line 1"),
        ('["text"]\n', "line 1"),
        ('{"text": "x", "lang": "sv"}\n', "line 1"),
    ],
)
def test_jsonl_bad_line(capsys, monkeypatch, content, fragment):
    code, out, err = _run(["--jsonl", "-"], capsys, content, monkeypatch)
    assert code == 1 and out == ""
    assert fragment in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


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
