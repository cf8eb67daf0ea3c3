"""Routing a coach turn to the intent it asks about: nearest catalogue examples, blended with a
learned model.

The catalogue (``exercises/intent/*.toml``) holds at least eight phrasings per intent and language.
A turn and every example become sparse vectors of word keys (stems, Finnish prefixes and stem
pairs) weighted by how rare each key is in the catalogue; the turn goes to the intent of the most
similar examples. Words the catalogue never uses (the case's own topic words) are left out of the
turn's vector: they say what the turn is about, not what it asks. The analyser's GROW stage nudges
intents of that stage; it does not decide.
Below ``FLOOR`` similarity nothing in the catalogue is asked: the intent is ``other``.

The nearest examples know only the catalogue's words. The learned model
(:mod:`coachkit.roleplay.intent_model`, trained by ``python -m bench.train_router``) reads letters,
first words and the catalogue's cue classes too, and has seen the development sets. A turn's score
for an intent is ``BLEND`` times the model's probability plus the rest times the similarity.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from coachkit.content.models import Intent, Stage
from coachkit.roleplay import intent_model
from coachkit.roleplay.intent_model import IntentModel

FLOOR = 0.12
"""Best similarity below this: the turn asks about nothing in the catalogue. Chosen by leave-one-out
routing of the catalogue's own examples (0.12 routes 66-68 % of them right, 0.22 only 51-62 %)."""
STAGE_NUDGE = 0.06
"""Added to intents on the GROW stage the analyser found."""
UNKNOWN_DAMP = 0.4
"""How much words unknown to the catalogue lower every score (all unknown: by this share)."""
TOP = 2
"""An intent's score: the mean of its best ``TOP`` example similarities (best counts double)."""
BLEND = 0.7
"""The learned model's share of a score (chosen by leave-one-source-out: 0.5-1.0 within two points;
the blend is steadier across writers than either half alone)."""
SIMILARITY_SCALE = 2.0
"""Similarities run about half as high as probabilities; this puts them on one scale."""


features = intent_model.word_features
"""Word keys of a text with counts (see :func:`.intent_model.word_features`)."""


@dataclass(frozen=True)
class Route:
    """Where a turn was sent: the intent, its score and the runner-up."""

    intent: str
    score: float
    second: str | None = None
    second_score: float = 0.0


class Router:
    """Routes turns in one language over a catalogue of intents."""

    def __init__(self, intents: list[Intent], lang: str, model: IntentModel | None = None):
        self.lang = lang
        self.model = model
        self.stage: dict[str, Stage | None] = {i.id: i.stage for i in intents}
        docs: list[tuple[str, Mapping[str, float]]] = []
        for intent in intents:
            for example in intent.examples.get(lang):
                docs.append((intent.id, features(example, lang)))
        df: dict[str, int] = defaultdict(int)
        for _, feats in docs:
            for k in feats:
                df[k] += 1
        n = len(docs)
        self.idf = {k: math.log(1 + n / c) for k, c in df.items()}
        self.default_idf = math.log(1 + n)
        self.examples: list[tuple[str, dict[str, float]]] = []
        self.index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for number, (intent_id, feats) in enumerate(docs):
            vec = self._weigh(feats)
            self.examples.append((intent_id, vec))
            for k, v in vec.items():
                self.index[k].append((number, v))

    def _weigh(self, feats: Mapping[str, float]) -> dict[str, float]:
        vec = {k: (1 + math.log(c)) * self.idf.get(k, self.default_idf) for k, c in feats.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {k: v / norm for k, v in vec.items()}

    def scores(self, text: str, stage: str | None = None) -> dict[str, float]:
        """Each intent's score for ``text``: the model's probability blended with the similarity
        of the nearest examples (without a model: the similarity alone)."""
        near = self.similarities(text, stage)
        if self.model is None:
            return near
        probs = self.model.probabilities(text)
        return {
            intent: BLEND * probs.get(intent, 0.0)
            + (1 - BLEND) * SIMILARITY_SCALE * near.get(intent, 0.0)
            for intent in probs.keys() | near.keys()
        }

    def similarities(self, text: str, stage: str | None = None) -> dict[str, float]:
        """Each intent's similarity to ``text`` (only intents with a similar example appear)."""
        feats = features(text, self.lang)
        known = {k: c for k, c in feats.items() if k in self.idf}
        vec = self._weigh(known)
        coverage = sum(known.values()) / (sum(feats.values()) or 1.0)
        damp = 1.0 - UNKNOWN_DAMP * (1.0 - coverage)
        sims: dict[int, float] = defaultdict(float)
        for k, v in vec.items():
            for number, w in self.index.get(k, ()):
                sims[number] += v * w
        best: dict[str, list[float]] = defaultdict(list)
        for number, sim in sims.items():
            best[self.examples[number][0]].append(sim)
        out = {}
        for intent_id, values in best.items():
            values.sort(reverse=True)
            top = values[:TOP] + [0.0] * (TOP - len(values[:TOP]))
            score = damp * (2 * top[0] + sum(top[1:])) / (TOP + 1)
            if stage and self.stage.get(intent_id) == stage:
                score += STAGE_NUDGE
            out[intent_id] = score
        return out

    def route(self, text: str, stage: str | None = None) -> Route:
        """The intent ``text`` asks about (``other`` below the floor)."""
        return self._ranked(self.scores(text, stage))

    def nearest(self, text: str, stage: str | None = None) -> Route:
        """The intent of the nearest examples alone (the router without its model)."""
        return self._ranked(self.similarities(text, stage))

    @staticmethod
    def _ranked(scores: dict[str, float]) -> Route:
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < FLOOR:
            return Route("other", ranked[0][1] if ranked else 0.0)
        second = ranked[1] if len(ranked) > 1 else (None, 0.0)
        return Route(ranked[0][0], ranked[0][1], second[0], second[1])


@cache
def catalogue() -> tuple[Intent, ...]:
    """The built-in intent catalogue (loaded once per process, from its own folder only: the router
    needs no other content)."""
    from coachkit.content.loader import Library, load_paths
    from coachkit.resources import exercises_dir

    library = Library()
    load_paths(library, [exercises_dir() / "intent"], builtin=True)
    return tuple(i for i in library.of("intent") if isinstance(i, Intent))


@cache
def cues(lang: str) -> dict[str, tuple[str, ...]]:
    """Each built-in intent's cues in ``lang``."""
    return {i.id: tuple(i.cues.get(lang)) for i in catalogue()}


@cache
def router(lang: str) -> Router:
    """The router over the built-in catalogue in ``lang`` with the shipped model (built once per
    process)."""
    lang = "fi" if lang == "fi" else "en"
    return Router(list(catalogue()), lang, intent_model.load(lang, cues(lang)))
