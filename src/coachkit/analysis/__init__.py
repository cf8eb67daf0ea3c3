"""Question analyser: one coach utterance in, its kind, GROW stage, behaviour flags, cues and tips
out.

```python
from coachkit.analysis import analyze
a = analyze("Oletko harkinnut delegointia?")
a.kind, a.grow, a.confidence["kind"]  # ("leading", "options", 0.97)
```

Labels follow the shared labelling guide (eval/LABELS.md). Rules read the surface form (sentences,
question marks, clitics, why-words, stacking, tags and named cues; see rules.LanguageRules); a
learned linear model per language (model.py, weights shipped in `model_weights.json.gz`, trained
by `python -m bench.train`) decides the kind, the GROW stage, the behaviour flags and the depth of
a reflection from those cues and word and character n-grams. It is pure Python and
deterministic: the same text gives the same result, in about a millisecond.

Human coders agree only moderately on some of these codes (kappa 0.3-0.6 in published MITI
studies), so every decision carries a `confidence`, and a screen shows a kind the model is unsure
of softly (`label_for`: "probably open").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, TypedDict

from coachkit.analysis import en_rules, fi_rules
from coachkit.analysis.langdetect import detect
from coachkit.analysis.model import Model, shipped_for
from coachkit.analysis.names import (
    GROW_STAGES,
    KINDS,
    LANGS,
    LOW_CONFIDENCE,
    QUESTION_KINDS,
    label_for,
)
from coachkit.analysis.phrases import PhraseTable
from coachkit.analysis.reading import MAX_CHARS, Reading, features, model_words, read
from coachkit.analysis.rules import LanguageRules
from coachkit.analysis.textview import Seen
from coachkit.analysis.tips import tips_for
from coachkit.analysis.tokens import Sentence

__all__ = [
    "Analysis",
    "Cue",
    "analyze",
    "label_for",
    "KINDS",
    "GROW_STAGES",
    "LANGS",
    "LOW_CONFIDENCE",
    "MAX_CHARS",
]

RULES: dict[str, LanguageRules] = {
    "fi": LanguageRules.of(fi_rules),
    "en": LanguageRules.of(en_rules),
}


@dataclass(frozen=True, slots=True)
class Cue:
    """A span of the text and the rule that read it.

    Attributes:
        rule: The rule's name, such as "fi.lead.oletko_harkinnut".
        start: Offset of the span's first character in the analysed text.
        end: Offset just past the span.
        text: The text of the span.
    """

    rule: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """What an utterance is and how to ask it better. See `analyze`.

    Besides the kind, the GROW stage and the surface flags (why, stacked), it carries the MITI
    behaviours: `permission` (asks permission or seeks collaboration), `affirm` (an affirmation:
    kind other, never reflection), `autonomy` (emphasises the other's choice) and, for a
    reflection, its `depth` ("simple" or "complex", else None). `choice` says an open question asks
    the coachee to pick among their own options ("Which of those feels best to you?", decision 3),
    so a simulated supervisor answers with a pick, not a feeling; `fact` says a closed question
    asks one fact with a question word ("Who books your meetings?"), so no yes or no answers
    it. `confidence` holds the model's
    probability of each decision it made ("kind", "grow", "permission", "affirm", "autonomy",
    "depth"); a decision made by rules alone is absent from it.
    """

    text: str
    lang: str
    kind: str
    why: bool
    stacked: bool
    grow: str | None
    question: bool
    questions: int
    cues: tuple[Cue, ...]
    tips: tuple[str, ...]
    better: str | None
    word_count: int
    focus: str | None
    coach_centred: bool
    what_else: bool
    tips_lang: str
    permission: bool = False
    affirm: bool = False
    autonomy: bool = False
    depth: str | None = None
    choice: bool = False
    fact: bool = False
    confidence: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The analysis as a JSON-ready dict (cues as dicts, tuples as lists)."""
        data = asdict(self)
        data["cues"] = [asdict(c) for c in self.cues]
        data["tips"] = list(self.tips)
        data["confidence"] = {k: round(v, 3) for k, v in self.confidence.items()}
        return data


def analyze(
    text: str, lang: str = "auto", tips_lang: str | None = None, *, learned: bool = True
) -> Analysis:
    """Analyse one coach utterance.

    Args:
        text: What the coach said or typed; any string, possibly several sentences.
        lang: "fi", "en" or "auto" (detect from the text).
        tips_lang: Language of `tips` and `better`; defaults to the text's language.
        learned: Whether the learned model decides kind, stage and flags (the default); False
            gives the rules-only reading (for comparison in bench/analyzer.py).

    Returns:
        The analysis.

    Raises:
        TypeError: If `text` is not a string.
        ValueError: If `lang` or `tips_lang` is not a supported language.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    lang = (lang or "auto").lower()
    if lang == "auto":
        lang = detect(text)
    if lang not in RULES:
        raise ValueError(f"unsupported language {lang!r}: use fi, en or auto")
    tips_lang = (tips_lang or lang).lower()
    if tips_lang not in RULES:
        raise ValueError(f"unsupported tips language {tips_lang!r}: use fi or en")
    L = RULES[lang]
    r = read(text, L)
    model = shipped_for(lang) if learned else None
    d = _decide(r, model, L)
    kind, grow = d["kind"], d["grow"]
    question = kind in QUESTION_KINDS
    why = r.why and question
    stacked = r.stacked and question
    head = r.head
    cues: list[Cue] = []
    for s, rule, a, b in r.cues:
        cues.extend(_cues(head, s, [(rule, a, b)]))
    for _table, rule, s, a, b in r.hits:
        cues.extend(_cues(head, s, [(rule, a, b)]))
    if stacked:
        cues.append(Cue(f"{lang}.stacked", 0, len(head), head))
    sents = list(r.sents)
    coach_centred = _coach_centred(sents, L)
    sure = d["confidence"].get("kind", 1.0) >= LOW_CONFIDENCE
    tips, better = tips_for(
        tips_lang,
        kind,
        why,
        stacked,
        grow,
        coach_centred,
        r.what_else and question,
        affirm=d["affirm"],
        sure=sure,
        autonomy=d["autonomy"],
        scale=question and r.flagged("SCALE"),
        tacked=r.advised,
    )
    return Analysis(
        text=text,
        lang=lang,
        kind=kind,
        why=why,
        stacked=stacked,
        grow=grow,
        question=question,
        questions=r.questions if question else 0,
        cues=tuple(cues),
        tips=tips,
        better=better,
        word_count=sum(len(s.tokens) for s in sents),
        focus=_focus(sents, L),
        coach_centred=coach_centred,
        what_else=r.what_else and question,
        tips_lang=tips_lang,
        permission=d["permission"],
        affirm=d["affirm"],
        autonomy=d["autonomy"],
        depth=d["depth"],
        choice=kind == "open" and r.own_pick,
        fact=kind == "closed" and (r.fact or r.worded),
        confidence=d["confidence"],
    )


# The kinds a turn that asks about the coach's own advice may take (decisions 1 and 7).
ASKED_OR_ADVICE = (*QUESTION_KINDS, "advice")


def _strong_openers(L: LanguageRules) -> frozenset[str]:
    """The rule names of the language's reflective openers ("It sounds like", "Kuulostaa siltä")."""
    return frozenset(row.rule for row in L.REFLECT_STRONG.rows)


OPENERS = {lang: _strong_openers(rules) for lang, rules in RULES.items()}


class Decisions(TypedDict):
    """What :func:`_decide` settles for one utterance (bench/train.py scores it too)."""

    kind: str
    grow: str | None
    permission: bool
    affirm: bool
    autonomy: bool
    depth: str | None
    confidence: dict[str, float]


def _decide(r: Reading, model: Model | None, L: LanguageRules) -> Decisions:
    """Kind, stage, flags and depth: the model's where it has a head, else the rules'.

    A statement the rules read as a reflection because it opens as one ("It sounds like you...")
    stays a reflection when the model would call it other talk: the opener is surface form, which
    the rules read reliably, and the model's "other" there comes from topic words ("decision"),
    not from what the sentence does. An affirmation or a word on their autonomy ("you know this
    best, so it's your call") stays other talk."""
    confidence: dict[str, float] = {}
    kind, grow = r.kind, r.grow
    scores: list[float] | None = None
    flags = {
        "permission": r.flagged("ASK_PERMISSION"),
        "affirm": r.flagged("AFFIRM"),
        "autonomy": r.flagged("AUTONOMY"),
        "complex": r.flagged("COMPLEX"),
    }
    p_kind: dict[str, float] = {}
    seen: Seen | None = None
    if model is not None:
        scores = model.scores(features(r, L, chars=False), model_words(r))
        seen = model.text.read(r.head) if model.text else None  # read once, for both heads
        p_kind = model.averaged(scores, "kind", seen)
        if p_kind:
            p = p_kind
            if r.sents and r.sents[-1].asks and r.kind in QUESTION_KINDS:
                # a turn that ends in a question mark asks: a reflection said with a rising "?"
                # is closed (LABELS.md), and so every labelled turn ending in "?" is a question
                # ... but a tag or a reaction after advice ("Just phone her, yeah?", "I'd
                # cancel it. Does that make sense?") may leave the turn the advice it is
                keep = ASKED_OR_ADVICE if r.kind == "leading" else QUESTION_KINDS
                p = {k: v for k, v in p.items() if k in keep}
            if (r.advised or r.answered) and max(p, key=p.__getitem__) in ASKED_OR_ADVICE:
                # advice, then a question about it, or a question answered with advice: the
                # advice is the turn (decisions 1 and 7), never an open or closed question
                p = {k: v for k, v in p.items() if k not in ASKED_OR_ADVICE} | {
                    "advice": sum(v for k, v in p_kind.items() if k in ASKED_OR_ADVICE)
                }
            kind = max(p, key=p.__getitem__)
            confidence["kind"] = p[kind]
        for name in ("permission", "affirm", "autonomy", "complex"):
            decision = model.decide(scores, name)
            if decision is None:
                continue
            flags[name] = decision.value == "yes"
            confidence["depth" if name == "complex" else name] = decision.confidence
    if kind in ("closed", "leading") and r.own_pick and r.kind == "open":
        # "Which of those feels best to you?": the rules read a choice among their own options
        # with no idea of the coach's in it, surface form the model has seen little of (a pick
        # between named options is no own_pick)
        kind = "open"
    opened = any(rule in OPENERS[L.LANG] for _, rule, _, _ in r.cues)
    if (
        kind == "other"
        and r.kind == "reflection"
        and opened
        and not (flags["affirm"] or flags["autonomy"])
    ):
        kind = "reflection"
    if model is None and all(v.question and s.tokens[v.head_at].clause == 0 for s, v in r.parts):
        # the rules' praise words in a question alone ("How well did the demo go?") affirm
        # nothing; the model reads an affirmation asked as a question ("Did you notice how well
        # you handled that parent?", LABELS.md: "unless it is phrased as a question") as such.
        flags["affirm"] = False
        confidence.pop("affirm", None)
    if kind == "reflection" and flags["affirm"]:
        # A reflection that also praises ("You've talked to each of them on your own, which
        # says how much you care") stays the reflection it is, and an affirmation is never a
        # reflection (LABELS.md), so the flag goes; an affirmation alone is other talk because
        # the kind head reads it so. A reflection that hands the choice back ("..., and it's
        # yours to make") keeps its autonomy flag. (The rule before turned every flagged
        # reflection into other talk: with a model trained without the three newest writers'
        # sets, it was wrong on 10 of the 11 of their lines it changed; docs/analyser.md,
        # eighth round.)
        flags["affirm"] = False
        confidence["affirm"] = 1 - confidence.get("affirm", 1.0)
    if kind not in QUESTION_KINDS:
        grow = None
    elif model is not None and scores is not None:
        # the stage, read only for a question (its text view costs a keystroke's time)
        p_grow = model.averaged(scores, "grow", seen)
        if p_grow:
            stage = max(p_grow, key=p_grow.__getitem__)
            grow = None if stage == "none" else stage
            confidence["grow"] = p_grow[stage]
    if kind != "reflection":
        confidence.pop("depth", None)
    return Decisions(
        kind=kind,
        grow=grow,
        permission=flags["permission"],
        affirm=flags["affirm"],
        autonomy=flags["autonomy"],
        depth=("complex" if flags["complex"] else "simple") if kind == "reflection" else None,
        confidence=confidence,
    )


def _cues(text: str, sent: Sentence, spans: Iterable[tuple[str, int, int]]) -> list[Cue]:
    out = []
    for rule, a, b in spans:
        if not sent.tokens:
            continue
        a = min(max(a, 0), len(sent.tokens) - 1)
        b = min(max(b, a + 1), len(sent.tokens))
        start, end = sent.tokens[a].start, sent.tokens[b - 1].end
        out.append(Cue(rule, start, end, text[start:end]))
    return out


def _count(table: PhraseTable, words: tuple[str, ...]) -> int:
    return len(table.scan(words))


def _focus(sents: list[Sentence], L: LanguageRules) -> str | None:
    past = sum(_count(L.PAST, s.words()) for s in sents)
    future = sum(_count(L.FUTURE, s.words()) for s in sents)
    if past > future:
        return "past"
    if future > past:
        return "future"
    return None


def _coach_centred(sents: list[Sentence], L: LanguageRules) -> bool:
    mine = yours = 0
    for s in sents:
        words = s.words()
        excused = {k for _, i, n in L.COACHEE_CENTRED_I.scan(words) for k in range(i, i + n)}
        for k, w in enumerate(words):
            if w in L.FIRST_PERSON and k not in excused:
                mine += 1
            elif w in L.SECOND_PERSON:
                yours += 1
    return mine > 0 and mine >= yours
