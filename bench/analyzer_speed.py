"""Speed of the question analyser (rules + learned model, pure Python).

Usage: python -m bench.analyzer_speed [--data PATH] [--rounds N]

Prints latency percentiles per utterance over a labelled set (inputs up to 300 characters) with
the rules-only analyser as the baseline measured in the same run: over every analysis of every
round, and over each utterance's median of the rounds (what the slowest utterances cost, with a
shared machine's pauses left out); then the keystroke case: the slowest analysis of any prefix
of 1,000-character inputs of several shapes (the practice field's limit), and long pastes.

Targets (issue 12): p99 < 1 ms for inputs up to 300 characters; < 5 ms for any input the practice
field accepts (1,000 characters).

The analyser keeps each word's known n-gram rows (up to 20,000 words), as a running app does,
and has the rows of the training data's word forms worked out ahead (the weights file's
``words``): the "first sight" line measures each utterance with the first memory emptied before
it, as a new process meets it, every word outside the training data new. Measure on a set the
model was not trained on (bench/data/README.md), or every word of it was worked out ahead.

Times are CPU time of this thread (`time.thread_time`), so that other processes on a busy machine
do not count as the analyser's; `--wall` measures wall-clock time instead.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from bench.train import HELD_OUT
from coachkit.analysis import analyze
from coachkit.analysis.model import forget_words

# the newest held-out set: one the model never learned from (its words are new, as real text's)
DATA = Path(__file__).resolve().parent / "data" / f"{HELD_OUT[-1]}.jsonl"
FIELD_LIMIT = 1000
clock = time.thread_time


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _best_of(text: str, lang: str, runs: int = 5, learned: bool = True) -> float:
    best = float("inf")
    for _ in range(runs):
        start = clock()
        analyze(text, lang, learned=learned)
        best = min(best, clock() - start)
    return best


def _latencies(items, rounds: int, learned: bool, cold: bool = False) -> list[float]:
    out = []
    for _ in range(rounds):
        for item in items:
            if cold:
                forget_words()
            start = clock()
            analyze(item["text"], "auto", learned=learned)
            out.append(clock() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.analyzer_speed", description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--wall", action="store_true", help="wall-clock time, not CPU time")
    args = parser.parse_args(argv)
    global clock
    clock = time.perf_counter if args.wall else time.thread_time
    try:
        items = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x]
    except OSError as exc:
        print(f"error: cannot read {args.data}: {exc.strerror}", file=sys.stderr)
        return 1
    items = [i for i in items if len(i["text"]) <= 300]
    # warm up, and load every language's weights: a model loaded inside the timed rounds would
    # be the slowest "utterance" of all
    for lang in dict.fromkeys(item["lang"] for item in items):
        for item in [i for i in items if i["lang"] == lang][:10]:
            analyze(item["text"], "auto")
    print(f"data: {args.data}: {len(items)} utterances up to 300 characters x {args.rounds} rounds")
    print(f"{'':22}{'learned':>12}{'rules only':>12}")
    learned = _latencies(items, args.rounds, True)
    rules = _latencies(items, args.rounds, False)
    first = _latencies(items, args.rounds, True, cold=True)
    for name, share in (("p50", 0.50), ("p90", 0.90), ("p99", 0.99)):
        print(
            f"latency {name:<14}{_percentile(learned, share) * 1000:>9.3f} ms"
            f"{_percentile(rules, share) * 1000:>9.3f} ms"
        )
    print(f"latency p99, first sight{_percentile(first, 0.99) * 1000:>8.3f} ms (as a new process)")
    # each utterance's median over the rounds, then the 99th percentile of those: the cost of
    # the slowest utterances, with the pauses of a shared machine (which strike any utterance
    # in one round and not the next) left out
    typical = [statistics.median(learned[k :: len(items)]) for k in range(len(items))]
    typical_rules = [statistics.median(rules[k :: len(items)]) for k in range(len(items))]
    print(
        f"p99 of medians{'':8}{_percentile(typical, 0.99) * 1000:>9.3f} ms"
        f"{_percentile(typical_rules, 0.99) * 1000:>9.3f} ms (each utterance's median of rounds)"
    )
    print(f"latency max{'':11}{max(learned) * 1000:>9.3f} ms{max(rules) * 1000:>9.3f} ms")
    prose_fi = " ".join(i["text"] for i in items if i.get("lang") == "fi")
    prose_en = " ".join(i["text"] for i in items if i.get("lang") == "en")
    shapes = {
        "fi prose": prose_fi,
        "en prose": prose_en,
        "one word repeated": "mitä " * 300,
        "question marks": "a? " * 400,
        "one long word": "a" * 2000,
        "commas": "mitä, " * 300,
        "wh-words": "what how why when " * 100,
    }
    worst = 0.0
    print(f"keystroke case: every 25th prefix of {FIELD_LIMIT:,}-character inputs (best of 3)")
    for name, text in shapes.items():
        text = (text * 5)[:FIELD_LIMIT]
        slowest = max(_best_of(text[:k], "auto", 3) for k in range(1, FIELD_LIMIT + 1, 25))
        worst = max(worst, slowest)
        print(f"  {name:<22}{slowest * 1000:>7.2f} ms")
    print(f"  slowest of all         {worst * 1000:>7.2f} ms (target < 5 ms)")
    for name, text in {
        "10,000 chars fi prose": (prose_fi * 10)[:10_000],
        "100,000 chars fi prose": (prose_fi * 100)[:100_000],
    }.items():
        print(f"{name:<24}{_best_of(text, 'auto') * 1000:>7.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
