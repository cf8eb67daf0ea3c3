"""`coachkit analyze --jsonl -` streams: time to the first output line and peak memory for 1,000,
10,000 and 100,000 input lines (memory must stay flat as the input grows).

Usage: python -m bench.analyzer_stream [--lines 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time

TEXTS = ["Mitä haluaisit saavuttaa?", "I'd raise it with the team. What do you think?", "Kiitos."]


def run(lines: int) -> tuple[float, float, float]:
    """(seconds to the first output line, seconds in all, peak memory of the child in MB)."""
    code = (
        "import resource, sys; sys.argv = ['coachkit', 'analyze', '--jsonl', '-'];"
        "from coachkit.cli import main\n"
        "try:\n    code = main(sys.argv[1:])\nfinally:\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)"
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def feed():
        for i in range(lines):
            proc.stdin.write(json.dumps({"id": i, "text": TEXTS[i % len(TEXTS)]}) + "\n")
        proc.stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    proc.stdout.readline()
    first = time.perf_counter() - start
    count = 1 + sum(1 for _ in proc.stdout)
    err = proc.stderr.read()
    proc.wait()
    assert count == lines, (count, lines)
    return first, time.perf_counter() - start, int(err.split()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    """Run; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.analyzer_stream", description=__doc__)
    parser.add_argument("--lines", type=int, nargs="+", default=[1000, 10_000, 100_000])
    args = parser.parse_args(argv)
    print(f"{'lines':>8} {'first line':>12} {'total':>9} {'peak memory':>12}")
    for n in args.lines:
        first, total, mb = run(n)
        print(f"{n:>8} {first:>10.2f} s {total:>7.1f} s {mb:>9.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
