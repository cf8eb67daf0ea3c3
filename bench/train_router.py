"""Train the intent router's learned model (development only: needs scikit-learn).

    python -m bench.train_router            # fit on the catalogue and the development sets, write
                                            # src/coachkit/roleplay/intent_weights.json.gz
    python -m bench.train_router --cv       # leave-one-source-out figures, nothing written

Sources: the catalogue's own examples (``exercises/intent/*.toml``) and the routing development
sets in bench/data (see bench/data/README.md). ``intents_heldout2`` is the held-out set: it is
never trained on (this command refuses it).
The shipped router blends this model's probabilities with the nearest-example matcher (see
``coachkit.roleplay.intents``); ``--cv`` reports the blend, the model alone and the matcher alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachkit.roleplay.intents import Router

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SETS = ("intents_heldout", "intents_train3")
HELDOUT = "intents_heldout2"
C = 16.0
"""Inverse regularisation, chosen by leave-one-source-out (4, 16 and 64 within a point)."""
KEEP = 0.02
"""Weights smaller than this are left out of the shipped file (no measurable change in routing)."""

Row = tuple[str, str]


def catalogue_rows(lang: str) -> list[Row]:
    from coachkit.roleplay.intents import catalogue

    return [(example, i.id) for i in catalogue() for example in i.examples.get(lang)]


def set_rows(name: str, lang: str) -> list[Row]:
    if name == HELDOUT:
        raise SystemExit(f"error: {HELDOUT} is the held-out routing set; never train on it")
    path = DATA / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(r["text"], r["intent"]) for r in rows if r["lang"] == lang]


def sources(lang: str, names: tuple[str, ...]) -> dict[str, list[Row]]:
    return {"catalogue": catalogue_rows(lang)} | {n: set_rows(n, lang) for n in names}


def fit(rows: list[Row], lang: str) -> dict[str, object]:
    """One language's model as the weights file stores it."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from coachkit.roleplay.intent_model import model_features
    from coachkit.roleplay.intents import cues

    vec = DictVectorizer()
    x = vec.fit_transform([model_features(t, lang, cues(lang)) for t, _ in rows])
    model = LogisticRegression(C=C, max_iter=5000).fit(x, [y for _, y in rows])
    weights: dict[str, list[list[float]]] = {}
    for j, feature in enumerate(vec.get_feature_names_out()):
        pairs = [[i, round(float(w), 4)] for i, w in enumerate(model.coef_[:, j]) if abs(w) >= KEEP]
        if pairs:
            weights[str(feature)] = pairs
    return {
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
    }


def accuracy(router: Router, rows: list[Row], how: str) -> float:
    hits = 0
    for text, intent in rows:
        if how == "blend":
            got = router.route(text).intent
        elif how == "model" and router.model is not None:
            probs = router.model.probabilities(text)
            got = max(probs, key=probs.__getitem__)
        else:
            got = router.nearest(text).intent
        hits += got == intent
    return hits / len(rows)


def cross_validate(names: tuple[str, ...]) -> None:
    """Leave one development set out: train on the catalogue and the others, test on it."""
    from coachkit.roleplay.intent_model import parse
    from coachkit.roleplay.intents import Router, catalogue, cues

    print(f"{'lang':4} {'left out':18} {'n':>4} {'blend':>6} {'model':>6} {'nearest':>7}")
    for lang in ("fi", "en"):
        data = sources(lang, names)
        for out in names:
            rows = [r for name, part in data.items() if name != out for r in part]
            model = parse({lang: fit(rows, lang)}, lang, cues(lang))
            router = Router(list(catalogue()), lang, model)
            test = data[out]
            figures = [accuracy(router, test, how) for how in ("blend", "model", "nearest")]
            print(f"{lang:4} {out:18} {len(test):4} " + " ".join(f"{f:6.3f}" for f in figures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-source-out figures only")
    parser.add_argument("--sets", nargs="*", default=list(SETS), help="development sets to use")
    args = parser.parse_args()
    names = tuple(args.sets)
    if HELDOUT in names:
        print(f"error: {HELDOUT} is the held-out routing set; never train on it", file=sys.stderr)
        raise SystemExit(2)
    if args.cv:
        cross_validate(names)
        return
    from coachkit.roleplay.intent_model import WEIGHTS_FILE

    out = {}
    for lang in ("fi", "en"):
        rows = [r for part in sources(lang, names).values() for r in part]
        out[lang] = fit(rows, lang)
        print(f"{lang}: {len(rows)} turns, {len(out[lang]['weights'])} features kept")  # type: ignore[arg-type]
    payload = json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with gzip.GzipFile(WEIGHTS_FILE, "wb", mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)} ({WEIGHTS_FILE.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
