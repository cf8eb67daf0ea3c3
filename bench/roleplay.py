"""Role-play bench: five coaching styles on every exercise in both languages, routing accuracy on
the labelled held-out set, and per-turn latency.

    .venv/bin/python bench/roleplay.py [--exercise ID] [--show STYLE] [--held-back] [--rounds N]
                                       [--lines]

Targets (issue 11): skilled >= 80; mixed novice 35-65 and >= 20 below skilled; advice-giver <= 20;
nonsense reflections <= 30; speed-run <= 45 with no commitment; routing >= 0.85 per language;
per turn p99 < 5 ms. Reports figures only; it never passes or fails on time.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roleplay_styles import HELD_BACK, SCRIPTS, STYLES  # noqa: E402

from coachkit.content import load_library  # noqa: E402
from coachkit.roleplay import start  # noqa: E402
from coachkit.roleplay.case import first_sentence  # noqa: E402
from coachkit.roleplay.intents import router  # noqa: E402

HELDOUT = Path(__file__).resolve().parent / "data" / "intents_heldout2.jsonl"
"""The held-out routing set (never trained on; see bench/data/README.md)."""
ECHO = {
    "fi": ("Kuulostaa siltä, että {g}.", "Eli {g}, ja se painaa sinua."),
    "en": ("It sounds like {g}.", "So {g}, and that weighs on you."),
}
MISECHO = {"fi": "Kuulostaa siltä, että kaikki on ihan hyvin.", "en": "It sounds like all is fine."}


def echo(session, lang: str, n: int, complex_ok: bool) -> str:
    """A reflection of the supervisor's last reply: the gist of the piece said, else its words
    turned to the second person. The skilled coach adds a feeling every other time (complex)."""
    state = session.state
    forms = ECHO[lang] if complex_ok else ECHO[lang][:1]
    form = forms[n % len(forms)]
    if state.last_piece:
        piece = session.exercise.piece(state.last_piece)
        if piece.gist:
            return form.format(g=piece.gist.get(lang))
    last = session.turns[-1].reply if session.turns else session.opening
    # statements only: "What else would I do?" asked back is not something to reflect
    sentences = [
        x for x in re.split(r"(?<=[.!?])\s+", last) if len(x.split()) >= 4 and not x.endswith("?")
    ]
    own = [x for x in sentences if set(x.lower().replace(",", "").split()) & set(SWAP[lang])]
    said = max(own or sentences or [first_sentence(last)], key=lambda x: len(x.split()))
    words = said.rstrip(".!?").split()
    while words and words[0].lower().strip(",") in LEADING:
        words = words[1:]
    out, after_pronoun = [], False
    for w in words:
        low = w.lower()
        if low in SWAP[lang]:
            out.append(SWAP[lang][low])
            after_pronoun = True
            continue
        out.append(_verb(w) if after_pronoun and lang == "fi" else w)
        after_pronoun = False
    text = " ".join(out)
    return form.format(g=text[:1].lower() + text[1:])


LEADING = {"ja", "tai", "mutta", "no", "niin", "and", "or", "but", "well", "so", "yes", "joo"}
SWAP = {
    "fi": {
        "mä": "sä",
        "minä": "sinä",
        "mun": "sun",
        "minun": "sinun",
        "mulle": "sulle",
        "mulla": "sulla",
        "mua": "sua",
        "meidän": "teidän",
        "me": "te",
    },
    "en": {
        "i": "you",
        "i'd": "you'd",
        "i'm": "you're",
        "i've": "you've",
        "i'll": "you'll",
        "my": "your",
        "me": "you",
        "myself": "yourself",
        "we": "you",
        "our": "your",
        "us": "you",
    },
}


def _verb(word: str) -> str:
    """A Finnish first-person verb right after its pronoun as second person (haluan -> haluat)."""
    if len(word) > 3 and word.endswith("n"):
        return word[:-1] + "t"
    return word


def play(exercise, lang: str, lines: list[str], style: str, seed: int = 0):
    session = start(exercise, lang, seed=seed)
    times = []
    for n, line in enumerate(lines):
        if session.done:
            break
        if line == "{echo}":
            line = echo(session, lang, n, style == "skilled")
        elif line == "{misecho}":
            line = MISECHO[lang]
        t0, c0 = time.perf_counter(), time.thread_time()
        session.say(line)
        times.append((time.perf_counter() - t0, time.thread_time() - c0))
    return session, times


def routing(lang: str) -> tuple[float, int] | None:
    if not HELDOUT.exists():
        return None
    rows = [json.loads(x) for x in HELDOUT.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r.get("lang") == lang]
    if not rows:
        return None
    r = router(lang)
    hits = sum(r.route(row["text"]).intent == row["intent"] for row in rows)
    return hits / len(rows), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", help="only this exercise")
    parser.add_argument("--show", choices=STYLES, help="print the transcripts of this style")
    parser.add_argument("--held-back", action="store_true", help="play the held-back variants")
    parser.add_argument("--rounds", type=int, default=3, help="seeds per script (latency)")
    parser.add_argument(
        "--lines", action="store_true", help="distinct supervisor lines a learner sees, per case"
    )
    args = parser.parse_args()
    scripts = HELD_BACK if args.held_back else SCRIPTS
    exercises = [e for e in load_library().exercises if not args.exercise or e.id == args.exercise]
    times: list[float] = []
    seen: dict[tuple[str, str], set[str]] = {}
    print(f"{'exercise':<22} lang " + " ".join(f"{s:>14}" for s in STYLES))
    for exercise in exercises:
        for lang in ("fi", "en"):
            cells = []
            for style in STYLES:
                scores, commits = [], 0
                for variant in scripts[style][lang]:
                    for seed in range(args.rounds):
                        session, ts = play(exercise, lang, variant, style, seed)
                        times += ts
                        seen.setdefault((exercise.id, lang), set()).update(
                            t.reply for t in session.turns
                        )
                        if seed:
                            continue
                        summary = session.summary()
                        scores.append(summary.overall)
                        commits += summary.commitment
                        if args.show == style:
                            show(session)
                low, high = min(scores), max(scores)
                rng = f"{low}" if low == high else f"{low}-{high}"
                cells.append(f"{rng}{' C' + str(commits) if commits else ''}")
            print(f"{exercise.id:<22} {lang:<4} " + " ".join(f"{c:>14}" for c in cells))
    print("(score or min-max over variants; C n: rounds that ended in an own commitment)")
    if args.lines:
        print_lines(exercises, scripts, seen, args.rounds)
    for lang in ("fi", "en"):
        found = routing(lang)
        if found:
            print(f"routing accuracy {lang}: {found[0]:.3f} on {found[1]} labelled turns")
        else:
            print(f"routing accuracy {lang}: no labelled set at {HELDOUT}")
    for label, values in (("wall", [w for w, _ in times]), ("cpu", [c for _, c in times])):
        values.sort()
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        print(
            f"per turn, {label} ({len(values)} turns): p50 {statistics.median(values) * 1000:.2f} "
            f"ms, p99 {p99 * 1000:.2f} ms, max {values[-1] * 1000:.2f} ms"
        )
    print("(wall time includes waiting for a shared CPU; cpu is this thread's own time)")


def print_lines(exercises, scripts, seen: dict[tuple[str, str], set[str]], rounds: int) -> None:
    """Distinct supervisor replies per case and language: over every style, variant and seed
    played above, and over three skilled plays (variant and seed 0, 1, 2), as issue 17 asks."""
    print(f"\n{'distinct supervisor lines':<27} {'all styles':>12} {'3 skilled':>10} {'pieces':>7}")
    for exercise in exercises:
        for lang in ("fi", "en"):
            skilled: set[str] = set()
            variants = scripts["skilled"][lang]
            for n in range(3):
                session, _ = play(exercise, lang, variants[n % len(variants)], "skilled", n)
                skilled.update(t.reply for t in session.turns)
            total = len(seen.get((exercise.id, lang), ()))
            print(
                f"{exercise.id:<22} {lang:<4} {total:>12} {len(skilled):>10} "
                f"{len(exercise.pieces):>7}"
            )
    print(f"(all styles: {', '.join(STYLES)}, every variant, seeds 0-{rounds - 1})")


def show(session) -> None:
    print(f"\n--- {session.exercise.id} {session.lang} ---")
    name = session.exercise.persona.name.get(session.lang)
    print(f"{name}: {session.opening}")
    for turn in session.turns:
        print(f"  > {turn.coach}   [{turn.effects.reaction}/{turn.effects.intent}]")
        print(f"{name}: {turn.reply}")
    s = session.summary()
    print(f"= {s.overall}  {[(p.key, p.points) for p in s.parts]}\n")


if __name__ == "__main__":
    main()
