"""GROW stage of a question: goal, reality, options, will, or none.

Cues from the language's GROW table add their row's weight to its stage, changed by the row's
modifier (see phrases.MODIFIERS); the kind of question adds a small default (a suggestion points
at options, a plain question at reality). The heaviest stage wins;
ties go to the later stage of the model (will > goal > options > reality), because a question
that names a step or an aim is about that even when it also mentions the present.
"""

from __future__ import annotations

from coachkit.analysis.classify import Verdict
from coachkit.analysis.rules import LanguageRules
from coachkit.analysis.tokens import Sentence

ORDER = ("will", "goal", "options", "reality")
# "none" collects cues about the conversation itself (contracting, ground rules, time, feedback
# to the coach); it wins only when it outweighs every stage, and loses ties.
STAGES = (*ORDER, "none")


def _skip_fillers(words: tuple[str, ...], i: int, L: LanguageRules) -> int:
    while i < len(words) and (words[i] in L.FILLERS or words[i] in L.CHECK_SKIP):
        i += 1
    return i


def _past(words: tuple[str, ...], L: LanguageRules) -> bool:
    """Whether the sentence looks back: a past-tense cue and no future cue."""
    return bool(L.PAST.search(words)) and not L.FUTURE.search(words)


def _context(
    scores: dict[str, float],
    found: dict[str, list[tuple[Sentence, str, int, int]]],
    context: list[Sentence],
    L: LanguageRules,
) -> None:
    """Cues of the statements around a bare question ("Picture the team a year from now. What's
    different?"): the scene set before it tells what the question is about."""
    for sent in context:
        words = sent.words()
        i = 0
        while i < len(words):
            match = L.GROW.at(words, i)
            if not match:
                i += 1
                continue
            pattern, length = match
            stage, weight = pattern.row.stage, pattern.row.weight
            if stage not in (None, "none") and pattern.row.modifier not in ("time", "order", "now"):
                scores[stage] += weight
                found[stage].append((sent, pattern.rule, i, i + length))
            i += length


def grow_stage(
    parts: list[tuple[Sentence, Verdict]],
    L: LanguageRules,
    context: list[Sentence] | None = None,
) -> tuple[str | None, list[tuple[Sentence, str, int, int]]]:
    """The GROW stage of the question sentences in `parts`.

    Args:
        parts: The question sentences of an utterance with their verdicts.
        L: The language module.
        context: The utterance's statements; read only when the questions carry no cue.

    Returns:
        The stage (or None) and the cues (sentence, rule, first token, end token) behind it.
    """
    if not parts:
        return None, []
    scores = dict.fromkeys(STAGES, 0.0)
    found: dict[str, list[tuple[Sentence, str, int, int]]] = {s: [] for s in STAGES}
    for sent, verdict in parts:
        words = sent.words()[: verdict.body_end or None]
        lo = verdict.body_start
        none = L.NO_GROW.search(words, lo)
        if none:
            rule, a, b = none[0].rule, none[1], none[1] + none[2]
            after = _skip_fillers(words, b, L)
            embedded = after < len(words) and L.head(words, after, True)
            if not (none[0].row.modifier == "check" and len(words) - b >= 2) or (
                embedded and embedded[0] != "yn"
            ):
                # "Did I get what you meant?", "Tajusinko, mistä on kyse?": the check asks about
                # the whole talk; "..., että X?" puts content up for checking.
                return None, [(sent, rule, a, b)]
            # "Ymmärsinkö oikein, että ...?": a check that carries content is about reality.
            scores["reality"] += 3.0
            found["reality"].append((sent, rule, a, b))
            lo = b
        past = _past(words, L)
        acts = any(w in L.ACTION_VERBS for w in words)
        own = 0.0
        i = lo
        while i < len(words):
            match = L.GROW.at(words, i)
            if not match:
                i += 1
                continue
            pattern, length = match
            stage, weight, modifier = pattern.row.stage, pattern.row.weight, pattern.row.modifier
            if modifier == "time":
                # A proposal with a date asks for commitment; so does "what do you do this week"
                # in Finnish, where the present tense tells the future; a plain "today" does not.
                weight = weight * 4.0 if verdict.suggestion else 3.0 if acts else 0.0
            elif modifier == "now":
                # "...right now?" in a proposal: act at once; in a plain question: the present
                present = 1.0 if length > 1 else 0.0  # "right now" tells the present, "now" little
                stage, weight = ("will", 4.0) if verdict.suggestion else ("reality", present)
            elif modifier == "order":
                weight = weight if acts and not verdict.suggestion else 0.0
            elif modifier == "tried" and verdict.suggestion:
                weight = 0.0  # "Oletko jo kokeillut X?": "already tried" is the proposal itself
            elif modifier == "success" and past:
                stage = "reality"  # "What made that success possible?" looks back
            if stage is None:  # a row without a stage has no weight either (test_patterns)
                i += length
                continue
            scores[stage] += weight
            if stage != "options":
                own += weight
            found[stage].append((sent, pattern.rule, i, i + length))
            i += length
        if verdict.what_else:
            # A bare "What else?" serves options; "Who else will you involve?" keeps its stage.
            scores["options"] += 3.0 if own == 0 else 0.5
        if verdict.kind == "leading":
            scores["options" if verdict.suggestion else "reality"] += 1.5
        elif verdict.request:
            scores["reality"] += 1.5
        else:
            scores["reality"] += 0.5
    if context and not any(found.values()):
        _context(scores, found, context, L)
    best = max(STAGES, key=lambda s: (scores[s], -STAGES.index(s)))
    if best == "none":
        return None, found["none"]
    return best, found[best]
