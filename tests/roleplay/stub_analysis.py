"""TEMPORARY stand-in for coachkit.analysis.analyze while it is being written; remove when it lands."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class StubAnalysis:
    kind: str
    why: bool
    stacked: bool
    grow: str | None
    question: bool
    questions: int
    cues: tuple = ()
    tips: tuple = ()
    better: str | None = None

    def to_dict(self):
        return {"kind": self.kind, "why": self.why, "stacked": self.stacked, "grow": self.grow}


ADVICE = r"^(sinun (pitäisi|kannattaisi)|sun pitää|you (should|ought)|i would|i'd |minä |mä |ehdotan|i suggest|ota |use |try |kokeile |laita |put |kannattaa)"
LEADING = r"^(eikö|etkö|oletko harkinnut|have you considered|isn't|couldn't you|wouldn't|kokeilisitko|would you try|sovitaanko|shall we agree)"
REFLECT = r"^(kuulostaa|it sounds|sounds|eli |so )"
OPEN = r"^(mitä|miten|millainen|mikä|mistä|kerro|what|how|tell|miltä|which)"
GROW = [
    ("will", r"aiot|askel|ensimmäi|will you|first|step|next|seuraava"),
    ("options", r"vaihtoeh|muuta|option|else|tapoja|ways|voisi|could"),
    ("goal", r"halua|toivo|want|like|tavoit|saada aikaan|get out|looks? like|näyttäisi"),
    ("reality", r"tapahtu|happen|kerro|tell|yrittä|tried|nyt|now|ajattel|think"),
]


def analyze(text, lang="fi", tips_lang=None):
    t = text.strip().lower()
    q = t.count("?")
    why = bool(re.match(r"^(miksi|why)", t))
    grow = next((g for g, rx in GROW if re.search(rx, t)), None)
    if re.match(LEADING, t):
        kind = "leading"
    elif re.match(ADVICE, t):
        kind, grow = "advice", None
    elif re.match(REFLECT, t) and "?" not in t:
        kind, grow = "reflection", None
    elif re.match(OPEN, t) or why:
        kind = "open"
    elif q:
        kind = "closed"
    else:
        kind, grow = "other", None
    return StubAnalysis(kind, why, q > 1, grow, q > 0, q)
