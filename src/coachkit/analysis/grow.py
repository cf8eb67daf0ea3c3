"""GROW stage of a question: goal, reality, options, will, or none.

Cues from the language's GROW table add weight to a stage; the kind of question adds a small
default (a suggestion points at options, a plain question at reality). The heaviest stage wins;
ties go to the later stage of the model (will > goal > options > reality), because a question
that names a step or an aim is about that even when it also mentions the present.
"""

from __future__ import annotations

from types import ModuleType

from coachkit.analysis.classify import Verdict
from coachkit.analysis.tokens import Sentence

WEIGHTS = {"will": 3.0, "goal": 2.5, "options": 2.0, "reality": 1.0}
ORDER = ("will", "goal", "options", "reality")


def _stage(value: str) -> tuple[str, float]:
    stage, _, weight = value.partition("/")
    return stage, float(weight) if weight else WEIGHTS[stage]


def grow_stage(
    parts: list[tuple[Sentence, Verdict]], L: ModuleType
) -> tuple[str | None, list[tuple[Sentence, str, int, int]]]:
    """The GROW stage of the question sentences in `parts`.

    Args:
        parts: The question sentences of an utterance with their verdicts.
        L: The language module.

    Returns:
        The stage (or None) and the cues (sentence, rule, first token, end token) behind it.
    """
    if not parts:
        return None, []
    scores = dict.fromkeys(ORDER, 0.0)
    found: dict[str, list[tuple[Sentence, str, int, int]]] = {s: [] for s in ORDER}
    for sent, verdict in parts:
        words = sent.words()[: verdict.body_end or None]
        none = L.NO_GROW.search(words)
        if none:
            return None, [(sent, none[0].rule, none[1], none[1] + none[2])]
        i = 0
        while i < len(words):
            match = L.GROW.at(words, i)
            if not match:
                i += 1
                continue
            pattern, length = match
            stage, weight = _stage(pattern.value)
            if pattern.rule.endswith("_time"):
                # A proposal with a date asks for commitment; a plain "today" does not.
                weight = weight * 4.0 if verdict.suggestion else 0.0
            scores[stage] += weight
            found[stage].append((sent, pattern.rule, i, i + length))
            i += length
        if verdict.what_else:
            scores["options"] += 3.0
        if verdict.kind == "leading":
            scores["options" if verdict.suggestion else "reality"] += 1.5
        elif verdict.request:
            scores["reality"] += 1.5
        else:
            scores["reality"] += 0.5
    best = max(ORDER, key=lambda s: (scores[s], -ORDER.index(s)))
    return best, found[best]
