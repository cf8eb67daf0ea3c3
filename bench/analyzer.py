"""Accuracy of the question analyser on labelled utterances.

Usage: python -m bench.analyzer [--data PATH] [--errors]

Prints per language: accuracy and macro-F1 over kind, F1 of why and of stacked, GROW accuracy
on questions (gold kind open/closed/leading) and the confusion matrix (rows gold, columns
predicted).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coachkit.analysis import KINDS, analyze

QUESTION_KINDS = ("open", "closed", "leading")


def default_data() -> Path:
    """The dev set: /work/shared/eval/dev.jsonl, or ../shared/eval/dev.jsonl from the repo."""
    repo = Path(__file__).resolve().parent.parent
    for path in (Path("/work/shared/eval/dev.jsonl"), repo.parent / "shared/eval/dev.jsonl"):
        if path.exists():
            return path
    return Path("/work/shared/eval/dev.jsonl")


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 from counts; 0.0 when nothing was predicted or expected."""
    if tp == 0:
        return 0.0
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def flag_f1(rows: list[tuple[dict, object]], field: str) -> float:
    """F1 of a boolean field."""
    tp = sum(1 for g, p in rows if g[field] and getattr(p, field))
    fp = sum(1 for g, p in rows if not g[field] and getattr(p, field))
    fn = sum(1 for g, p in rows if g[field] and not getattr(p, field))
    return f1(tp, fp, fn)


def report(lang: str, rows: list[tuple[dict, object]]) -> None:
    """Print the figures for one language."""
    n = len(rows)
    correct = sum(1 for g, p in rows if g["kind"] == p.kind)
    f1s = []
    for kind in KINDS:
        tp = sum(1 for g, p in rows if g["kind"] == kind and p.kind == kind)
        fp = sum(1 for g, p in rows if g["kind"] != kind and p.kind == kind)
        fn = sum(1 for g, p in rows if g["kind"] == kind and p.kind != kind)
        f1s.append(f1(tp, fp, fn))
    questions = [(g, p) for g, p in rows if g["kind"] in QUESTION_KINDS]
    grow_ok = sum(1 for g, p in questions if g["grow"] == p.grow)
    print(f"== {lang} ({n} utterances)")
    print(f"kind accuracy     {correct / n:.3f}")
    print(f"kind macro-F1     {sum(f1s) / len(f1s):.3f}")
    print("  per kind F1     " + "  ".join(f"{k}={v:.2f}" for k, v in zip(KINDS, f1s, strict=True)))
    print(f"why F1            {flag_f1(rows, 'why'):.3f}")
    print(f"stacked F1        {flag_f1(rows, 'stacked'):.3f}")
    print(
        f"GROW accuracy     {grow_ok / max(1, len(questions)):.3f} (on {len(questions)} questions)"
    )
    print("confusion (rows gold, columns predicted)")
    print(" " * 12 + "".join(f"{k[:8]:>9}" for k in KINDS))
    for gold in KINDS:
        counts = [sum(1 for g, p in rows if g["kind"] == gold and p.kind == k) for k in KINDS]
        print(f"{gold:<12}" + "".join(f"{c:>9}" for c in counts))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.analyzer", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="JSON lines with gold labels")
    parser.add_argument("--errors", action="store_true", help="also list the misses")
    args = parser.parse_args(argv)
    path = args.data or default_data()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1
    gold = [json.loads(line) for line in lines if line.strip()]
    by_lang: dict[str, list] = {}
    for item in gold:
        lang = item.get("lang", "auto")
        by_lang.setdefault(lang, []).append((item, analyze(item["text"], lang)))
    print(f"data: {path}")
    for lang, rows in by_lang.items():
        report(lang, rows)
        if args.errors:
            for g, p in rows:
                fields = [
                    f"{f}: {g[f]}->{getattr(p, f)}"
                    for f in ("kind", "why", "stacked", "grow")
                    if g[f] != getattr(p, f) and (f != "grow" or g["kind"] in QUESTION_KINDS)
                ]
                if fields:
                    print(f"  {g.get('id', '')} {'; '.join(fields)} | {g['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
