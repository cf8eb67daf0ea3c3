"""Accuracy of the question analyser on a labelled set: the learned model, the rules alone and a
plain n-gram baseline side by side, per language.

Usage:
    python -m bench.analyzer [--data bench/data/heldout14.jsonl] [--errors] [--no-baseline]
    python -m bench.train --cv 5          # the k-fold cross-validated figures
    python -m bench.train --loso          # leave-one-set-out figures

Prints per language: kind accuracy and macro-F1, GROW accuracy on questions (gold kind open,
closed or leading), why and stacked F1, permission, affirm and autonomy F1 (on rows labelled for
them), and reflection depth accuracy (on gold reflections labelled with a depth; a reflection the
analyser reads as another kind counts as a miss). The n-gram baseline is trained on the training
sets (bench/train.TRAIN_SETS) and needs the development extra (scikit-learn); without it, or with
--no-baseline, its column is left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.analyzer_metrics import FIELDS, QUESTION_KINDS, of_analysis, print_side_by_side, score
from coachkit.analysis import analyze

DATA = Path(__file__).resolve().parent / "data"


def default_data() -> Path:
    """The fresh held-out set in bench/data (the first of bench/train.HELD_OUT), else the newest
    set that was one (the last held-out set the model is trained on), read from the training
    lists so that no round has to edit it."""
    from bench.train import HELD_OUT, TRAIN_SETS

    used = [name for name in TRAIN_SETS if name.startswith("heldout")]
    for name in (*HELD_OUT, *reversed(used)):
        if (DATA / f"{name}.jsonl").exists():
            return DATA / f"{name}.jsonl"
    return DATA / "dev.jsonl"


def _baseline(langs):
    try:
        from bench.ngram_baseline import NgramBaseline
        from bench.train import TRAIN_SETS, load
    except ImportError:
        return None
    try:
        rows = load([s for s in TRAIN_SETS if (DATA / f"{s}.jsonl").exists()])
        return {lang: NgramBaseline().fit([r for r in rows if r["lang"] == lang]) for lang in langs}
    except ImportError:  # scikit-learn is not installed: pip install -e .[train]
        return None


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.analyzer", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="JSON lines with gold labels")
    parser.add_argument(
        "--errors", action="store_true", help="also list the learned model's misses"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the n-gram baseline")
    args = parser.parse_args(argv)
    path = args.data or default_data()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1
    gold = [json.loads(line) for line in lines if line.strip()]
    langs = sorted({g["lang"] for g in gold}, key=["fi", "en"].index)
    baseline = None if args.no_baseline else _baseline(langs)
    print(f"data: {path}")
    result, misses = {}, []
    for lang in langs:
        rows = [g for g in gold if g["lang"] == lang]
        learned = [(g, of_analysis(analyze(g["text"], lang))) for g in rows]
        rules = [(g, of_analysis(analyze(g["text"], lang, learned=False))) for g in rows]
        result[lang] = {"learned": score(learned), "rules only": score(rules)}
        if baseline:
            result[lang]["n-gram baseline"] = score(
                [(g, baseline[lang].predict(g["text"])) for g in rows]
            )
        misses += learned
    print_side_by_side(result)
    if args.errors:
        print("misses of the learned model:")
        for g, p in misses:
            wrong = [
                f"{f}: {g.get(f)}->{p[f]}"
                for f in FIELDS
                if f in g
                and g.get(f) != p[f]
                and (f != "grow" or g["kind"] in QUESTION_KINDS)
                and (f != "depth" or g["kind"] == "reflection")
            ]
            if wrong:
                print(f"  {g.get('id', '')} {'; '.join(wrong)} | {g['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
