"""Benchmark of the live room: N participants (threads) record rounds while aggregates are read.

Each event is one ``record_round`` followed by one ``aggregates()`` (what a phone's submit and the
facilitator screen refresh cost together). A separate reader thread polls aggregates all the while,
as the projector view would. Prints events per second and latency percentiles for each N.

    .venv/bin/python bench/room.py [--rounds 50] [--sizes 10,40,100] [--seed 1]

Figures, never pass/fail.
"""

from __future__ import annotations

import argparse
import random
import statistics
import threading
import time

from coachkit.workshop.room import Room


def summary(rng: random.Random) -> dict:
    questions = rng.randint(4, 16)
    open_q = rng.randint(0, questions)
    return {
        "open_share": open_q / questions,
        "leading": rng.randint(0, 3),
        "advice": rng.randint(0, 3),
        "reflection_ratio": round(rng.uniform(0, 3), 2),
        "overall": rng.randint(0, 100),
        "commitment": rng.random() < 0.5,
        "kinds": {"open": open_q, "closed": questions - open_q, "reflection": rng.randint(0, 6)},
    }


def run(participants: int, rounds: int, seed: int) -> dict:
    room = Room(random.Random(seed), rate_limit=rounds + 1, max_rounds=rounds + 1)
    notified = [0]
    room.subscribe(lambda _agg: notified.__setitem__(0, notified[0] + 1))
    pids = [room.join(f"p{i}") for i in range(participants)]
    latencies: list[list[float]] = [[] for _ in pids]
    barrier = threading.Barrier(participants + 1)
    stop = threading.Event()
    reads = [0]

    def player(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        pid = pids[index]
        out = latencies[index]
        barrier.wait()
        for _ in range(rounds):
            data = summary(rng)
            t0 = time.perf_counter()
            room.record_round(pid, data)
            room.aggregates()
            out.append(time.perf_counter() - t0)

    def reader() -> None:
        while not stop.is_set():
            room.aggregates()
            reads[0] += 1
            time.sleep(0.001)

    threads = [threading.Thread(target=player, args=(i,)) for i in range(participants)]
    for t in threads:
        t.start()
    watcher = threading.Thread(target=reader)
    watcher.start()
    t_start = time.perf_counter()
    barrier.wait()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t_start
    stop.set()
    watcher.join()
    flat = sorted(x for per in latencies for x in per)
    events = len(flat)
    assert room.aggregates().rounds == events
    return {
        "n": participants,
        "events": events,
        "seconds": wall,
        "per_second": events / wall,
        "p50_ms": 1000 * statistics.median(flat),
        "p95_ms": 1000 * flat[int(0.95 * (events - 1))],
        "max_ms": 1000 * flat[-1],
        "reads": reads[0],
        "notified": notified[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50, help="rounds per participant")
    parser.add_argument("--sizes", default="10,40,100", help="participant counts, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"record_round + aggregates, {args.rounds} rounds per participant, 1 polling reader")
    print(f"{'N':>4} {'events':>7} {'events/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        r = run(size, args.rounds, args.seed)
        print(
            f"{r['n']:>4} {r['events']:>7} {r['per_second']:>10.0f} {r['p50_ms']:>8.3f} "
            f"{r['p95_ms']:>8.3f} {r['max_ms']:>8.3f}"
        )


if __name__ == "__main__":
    main()
