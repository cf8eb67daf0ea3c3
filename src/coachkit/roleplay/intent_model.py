"""The router's learned half: a linear model over a turn's words, letters and intent cues.

The nearest-example matcher in :mod:`coachkit.roleplay.intents` knows only the words its catalogue
uses; a coach who asks "Mille päivälle merkitset sen kalenteriin?" uses none of the "when"
examples' words. This model adds what generalises beyond the examples: letter n-grams (shared by
inflected and misspelt forms), the turn's first words (how it asks) and the catalogue's cue classes
(``cues`` in ``exercises/intent/*.toml``: every weekday is a "when" word, whether or not an example
names it). It is trained by ``python -m bench.train_router`` with scikit-learn from the catalogue and
the development sets in ``bench/data``; here it is pure Python over ``intent_weights.json.gz``.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from coachkit.roleplay.matching import keys, normal

WEIGHTS_FILE = Path(__file__).with_name("intent_weights.json.gz")
CHAR_NGRAMS = (3, 4, 5)
CHAR_WEIGHT = 0.3
"""A letter n-gram counts this much against a whole word key (there are many more of them)."""
MAX_CHARS = 600
"""Letter n-grams are read from this much of the normalised turn (long input stays fast)."""


@lru_cache(maxsize=256)
def word_features(text: str, lang: str) -> Mapping[str, float]:
    """Word keys of a text with counts: stems, Finnish prefixes, and pairs of neighbouring stems
    (what the nearest-example matcher compares; cached, since the matcher and the model both read
    each turn). Read-only: callers copy before changing it."""
    ws = normal(text, lang)
    out: dict[str, float] = {}
    stems = []
    for w in ws:
        ks = keys(w, lang)
        stems.append(ks[0])
        for k in ks:
            out[k] = out.get(k, 0.0) + 1.0
    for a, b in zip(stems, stems[1:], strict=False):
        pair = f"{a}+{b}"
        out[pair] = out.get(pair, 0.0) + 1.0
    return out


def model_features(text: str, lang: str, cues: Mapping[str, Iterable[str]]) -> dict[str, float]:
    """The features of one turn: word keys and neighbouring pairs, letter n-grams, the first words
    and, per intent, how many of its cues the turn contains."""
    ws = normal(text, lang)
    out = dict(word_features(text, lang))
    padded = (" " + " ".join(ws) + " ")[:MAX_CHARS]
    for n in CHAR_NGRAMS:
        for i in range(len(padded) - n + 1):
            key = "c:" + padded[i : i + n]
            out[key] = out.get(key, 0.0) + CHAR_WEIGHT
    if ws:
        out["w0:" + ws[0]] = 1.0
        if len(ws) > 1:
            out[f"w01:{ws[0]}_{ws[1]}"] = 1.0
    if _looks_back(ws, lang):
        out["tense:past"] = 1.0
    for intent, words in cues.items():
        hits = sum(1 for cue in words if " " + cue in padded)
        if hits:
            out["cue:" + intent] = float(hits)
    return out


PAST = {
    "fi": (
        ("nut", "nyt", "neet", "lut", "lyt", "rut", "ryt", "sut", "syt", "tut", "tyt"),
        "viimeksi",
    ),
    "en": (("ed",), "last time"),
}
"""A perfect or past form (Finnish -nut/-nyt participles, English -ed), or "last time": a turn that
looks back ("Milloin olet onnistunut…?", "When has it worked?") asks about exceptions or what was
tried, not about when to act."""
AUXILIARY = {
    "fi": frozenset({"olet", "on", "ole", "oot", "olette", "oli", "olit"}),
    "en": frozenset({"have", "has", "did", "was", "were", "had"}),
}


def _looks_back(ws: list[str], lang: str) -> bool:
    lang = "fi" if lang == "fi" else "en"
    endings, phrase = PAST[lang]
    if phrase in " ".join(ws):
        return True
    return any(w in AUXILIARY[lang] for w in ws) and any(
        len(w) > 4 and w.endswith(endings) for w in ws
    )


@dataclass(frozen=True)
class IntentModel:
    """Multinomial logistic regression for one language, stored sparsely."""

    lang: str
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, tuple[tuple[int, float], ...]]
    """Feature -> (class index, weight) pairs; weights near zero are left out when saved."""
    cues: Mapping[str, tuple[str, ...]]

    def probabilities(self, text: str) -> dict[str, float]:
        """Each intent's probability for ``text``."""
        logits = list(self.intercept)
        for feature, value in model_features(text, self.lang, self.cues).items():
            for index, weight in self.weights.get(feature, ()):
                logits[index] += weight * value
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


def parse(data: Mapping[str, object], lang: str, cues: Mapping[str, Iterable[str]]) -> IntentModel:
    """One language's model from the weights file's JSON (see ``bench/train_router.py``)."""
    part = data[lang]
    if not isinstance(part, dict):
        raise ValueError(f"{WEIGHTS_FILE.name}: no model for language {lang!r}")
    classes = tuple(str(c) for c in part["classes"])
    weights = {
        str(feature): tuple((int(i), float(w)) for i, w in pairs)
        for feature, pairs in part["weights"].items()
    }
    return IntentModel(
        lang=lang,
        classes=classes,
        intercept=tuple(float(x) for x in part["intercept"]),
        weights=weights,
        cues={intent: tuple(words) for intent, words in cues.items()},
    )


@cache
def _raw(path: Path = WEIGHTS_FILE) -> dict[str, object]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data: dict[str, object] = json.load(handle)
    return data


def load(
    lang: str, cues: Mapping[str, Iterable[str]], path: Path = WEIGHTS_FILE
) -> IntentModel | None:
    """The shipped model for ``lang``, or None when the weights file is missing."""
    if not path.exists():
        return None
    return parse(_raw(path), lang, cues)
