"""Speed of the question analyser.

Usage: python -m bench.analyzer_speed [--data PATH] [--rounds N]

Prints utterances per second and latency percentiles over the dev set repeated in one process,
and the time for long inputs (10,000 characters of prose, and of one repeated word).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench.analyzer import default_data
from coachkit.analysis import analyze


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _best_of(text: str, lang: str, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        analyze(text, lang)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.analyzer_speed", description=__doc__)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    path = args.data or default_data()
    try:
        items = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1
    for item in items[:20]:  # warm up
        analyze(item["text"], "auto")
    latencies: list[float] = []
    total_start = time.perf_counter()
    for _ in range(args.rounds):
        for item in items:
            start = time.perf_counter()
            analyze(item["text"], "auto")
            latencies.append(time.perf_counter() - start)
    total = time.perf_counter() - total_start
    n = len(latencies)
    print(f"data: {path} x {args.rounds} rounds = {n} analyses (lang=auto)")
    print(f"throughput        {n / total:,.0f} utterances/s")
    for name, share in (("p50", 0.50), ("p90", 0.90), ("p99", 0.99)):
        print(f"latency {name}       {_percentile(latencies, share) * 1000:.3f} ms")
    print(f"latency max       {max(latencies) * 1000:.3f} ms")
    prose_fi = " ".join(i["text"] for i in items if i.get("lang") == "fi")
    prose_en = " ".join(i["text"] for i in items if i.get("lang") == "en")
    longs = {
        "10,000 chars fi prose": (prose_fi * 10)[:10_000],
        "10,000 chars en prose": (prose_en * 10)[:10_000],
        "10,000 chars one word": "mitä" * 2500,
        "10,000 chars no spaces": "a?" * 5000,
        "100,000 chars fi prose": (prose_fi * 100)[:100_000],
    }
    for name, text in longs.items():
        print(f"{name:<22} {_best_of(text, 'auto') * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
