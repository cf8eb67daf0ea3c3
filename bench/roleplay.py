"""Role-play engine speed: turns per second and per-turn latency (p50, p99) over every exercise.

    .venv/bin/python bench/roleplay.py [--rounds N]

Reports figures only; it never passes or fails on time.
"""

from __future__ import annotations

import argparse
import statistics
import time

from coachkit.content import load_library
from coachkit.roleplay import start

LINES = {
    "fi": [
        "Mitä haluaisit tässä asiassa saada aikaan?",
        "Mitä tällä hetkellä tapahtuu?",
        "Kuulostaa siltä, että tämä painaa sinua.",
        "Onko se iso asia?",
        "Miksi niin käy?",
        "Sinun kannattaisi pitää tauko.",
        "Mitä tapahtuu? Ja kuka päättää?",
        "Mitä vaihtoehtoja sinulla on?",
        "Mitä muuta voisit tehdä?",
        "qwzx prrt " * 50,
    ],
    "en": [
        "What would you like to get out of this?",
        "What is happening at the moment?",
        "It sounds like this is weighing on you.",
        "Is it a big deal?",
        "Why does that happen?",
        "You should take a break.",
        "What happens? And who decides?",
        "What options do you have?",
        "What else could you do?",
        "qwzx prrt " * 50,
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="rounds per exercise and language")
    args = parser.parse_args()
    exercises = load_library().exercises
    times: list[float] = []
    began = time.perf_counter()
    for exercise in exercises:
        long = exercise.model_copy(update={"max_turns": 200})
        for lang in ("fi", "en"):
            for seed in range(args.rounds):
                session = start(long, lang, seed=seed)
                for i in range(40):
                    if session.done:  # committed or gave in: carry on with a fresh round
                        session = start(long, lang, seed=seed + i)
                    t0 = time.perf_counter()
                    session.say(LINES[lang][(i + seed) % len(LINES[lang])])
                    times.append(time.perf_counter() - t0)
    total = time.perf_counter() - began
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"exercises: {len(exercises)}, turns: {len(times)}, wall: {total:.2f} s")
    print(f"turns/second: {len(times) / sum(times):.0f}")
    print(
        f"per turn: p50 {statistics.median(times) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms, "
        f"max {times[-1] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
