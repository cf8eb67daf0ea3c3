"""Start-up of the command line, against `python -c pass` and importing the analyser, in one run.

    .venv/bin/python -m bench.startup [--runs 15]

Each command is a fresh process (wall time from spawn to exit, output discarded). The commands are
run in rounds, one of each per round in a shuffled order, so that a busy moment of the machine
falls on all of them alike. Prints min / median / max per command and the medians as ratios (the
targets: `coachkit --help` and `coachkit analyze` within 2x of `import coachkit.analysis`). Prints
figures only; never fails on time.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time

QUESTION = "Mitä haluaisit saavuttaa?"
BASELINES = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import coachkit.analysis": [sys.executable, "-c", "import coachkit.analysis"],
}
COMMANDS = {
    "coachkit --help": [sys.executable, "-m", "coachkit", "--help"],
    "coachkit --version": [sys.executable, "-m", "coachkit", "--version"],
    f'coachkit analyze "{QUESTION}"': [sys.executable, "-m", "coachkit", "analyze", QUESTION],
    "coachkit workshop rotate --people 9": [
        sys.executable,
        "-m",
        "coachkit",
        "workshop",
        "rotate",
        "--people",
        "9",
    ],  # fmt: skip
}


def once(argv: list[str]) -> float:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    began = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - began


def measure(runs: int, seed: int = 0) -> dict[str, list[float]]:
    """Seconds per run of every command, measured in shuffled rounds after one warm-up each."""
    everything = {**BASELINES, **COMMANDS}
    for argv in everything.values():
        once(argv)  # the first run fills the OS file cache and the .pyc files
    times: dict[str, list[float]] = {name: [] for name in everything}
    order = list(everything)
    rng = random.Random(seed)
    for _ in range(runs):
        rng.shuffle(order)
        for name in order:
            times[name].append(once(everything[name]))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds (default 15)")
    args = parser.parse_args()
    times = measure(max(1, args.runs))
    print(f"start-up, {args.runs} runs each, ms (min / median / max), one process per run")
    width = max(len(name) for name in times)
    for name, values in times.items():
        low, mid, high = min(values), statistics.median(values), max(values)
        print(f"  {name:{width}}  {low * 1000:6.0f} / {mid * 1000:6.0f} / {high * 1000:6.0f}")
    bare = statistics.median(times["python -c pass"])
    analyser = statistics.median(times["import coachkit.analysis"])
    print("medians against the baselines measured in this run:")
    for name in COMMANDS:
        mid = statistics.median(times[name])
        print(
            f"  {name:{width}}  {mid / analyser:5.2f}x import coachkit.analysis"
            f"  {mid / bare:6.1f}x python -c pass"
        )
    print("target: coachkit --help and coachkit analyze within 2x import coachkit.analysis")
    return 0


if __name__ == "__main__":
    sys.exit(main())
