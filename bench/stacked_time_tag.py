"""Stacked F1 with the writers' labels and with the issue's reading of one class: a question
with a bare time tag ("What will you do first, and by when?", "..., ja milloin?").

Usage: python -m bench.stacked_time_tag SET [SET ...]   (names under bench/data, no ".jsonl")

Independent writers label such a question stacked; issue 12 lists it among what must not read as
stacked, and the analyser keeps the issue's reading. This prints, per set and language and as a
mean, the stacked F1 of the analyser against the writers' labels, then against the same labels
with only that class set to "not stacked", so that the figure a labelling decision moves is
shown apart from the rest.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from coachkit.analysis import analyze

DATA = Path(__file__).resolve().parent / "data"
TIME_TAG = re.compile(r"(,|\band\b|\bja\b) ?(by )?(when|milloin|koska|mihin mennessä)\?$", re.I)
QUESTIONS = ("open", "closed", "leading")


def _f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(1 for gold, got in pairs if gold and got)
    wrong = sum(1 for gold, got in pairs if gold != got)
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    """Print the two readings' stacked F1; returns the exit code."""
    names = sys.argv[1:] if argv is None else argv
    if not names:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    means: dict[tuple[str, str], list[float]] = {}
    print(f"{'set':<14}{'fi writers':>12}{'fi issue':>10}{'en writers':>12}{'en issue':>10}")
    for name in names:
        path = DATA / f"{name}.jsonl"
        try:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        except OSError as exc:
            print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
            return 1
        cells = []
        for lang in ("fi", "en"):
            writers, issue = [], []
            for row in (r for r in rows if r["lang"] == lang):
                got = analyze(row["text"], lang).stacked
                gold = bool(row["stacked"])
                tagged = row["kind"] in QUESTIONS and TIME_TAG.search(row["text"]) is not None
                writers.append((gold, got))
                issue.append((gold and not tagged, got))
            for reading, pairs in (("writers", writers), ("issue", issue)):
                means.setdefault((lang, reading), []).append(_f1(pairs))
                cells.append(_f1(pairs))
        print(
            f"{name:<14}"
            + "".join(f"{c:>{w}.3f}" for c, w in zip(cells, (12, 10, 12, 10), strict=True))
        )
    mean = [sum(v) / len(v) for v in means.values()]
    print(
        f"{'mean':<14}"
        + "".join(f"{c:>{w}.3f}" for c, w in zip(mean, (12, 10, 12, 10), strict=True))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
