"""Question analyser: one coach utterance in, its kind, GROW stage, cues and tips out.

```python
from coachkit.analysis import analyze
a = analyze("Oletko harkinnut delegointia?")
a.kind, a.grow, a.better  # ("leading", "options", "Mitä vaihtoehtoja sinulla on?")
```

Labels follow the shared labelling guide (eval/LABELS.md). The analyser is rule based, pure
Python and deterministic: the same text gives the same result, in well under a millisecond.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from types import ModuleType

from coachkit.analysis import en_rules, fi_rules
from coachkit.analysis.classify import QUESTION_KINDS, STATEMENT_KINDS, classify
from coachkit.analysis.grow import grow_stage
from coachkit.analysis.langdetect import detect
from coachkit.analysis.tips import tips_for
from coachkit.analysis.tokens import Sentence, fold, respell, sentences

__all__ = ["Analysis", "Cue", "analyze", "KINDS", "GROW_STAGES", "LANGS"]

KINDS = ("open", "closed", "leading", "advice", "reflection", "other")
GROW_STAGES = ("goal", "reality", "options", "will")
LANGS = ("fi", "en")
RULES: dict[str, ModuleType] = {"fi": fi_rules, "en": en_rules}
# Longer texts are analysed from their start: a turn is a few sentences, and the cost of every
# keystroke must stay flat however much is pasted.
MAX_CHARS = 4000
MAX_SENTENCES = 24


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
    """What an utterance is and how to ask it better. See `analyze`."""

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

    def to_dict(self) -> dict:
        """The analysis as a JSON-ready dict (cues as dicts, tuples as lists)."""
        data = asdict(self)
        data["cues"] = [asdict(c) for c in self.cues]
        data["tips"] = list(self.tips)
        return data


def analyze(text: str, lang: str = "auto", tips_lang: str | None = None) -> Analysis:
    """Analyse one coach utterance.

    Args:
        text: What the coach said or typed; any string, possibly several sentences.
        lang: "fi", "en" or "auto" (detect from the text).
        tips_lang: Language of `tips` and `better`; defaults to the text's language.

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
    head = text[:MAX_CHARS]
    folded = fold(head)
    sents = [_spoken(s, L) for s in sentences(head, folded, MAX_SENTENCES)]
    parts = [(s, classify(s, L)) for s in sents]
    asked = [(s, v) for s, v in parts if v.question]

    cues: list[Cue] = []
    if asked:
        kind = min((v.kind for _, v in asked), key=QUESTION_KINDS.index)
        why = any(v.why for _, v in asked)
        questions = sum(v.questions for _, v in asked)
        context = [s for s, v in parts if not v.question]
        grow, grow_cues = grow_stage(asked, L, context)
        what_else = any(v.what_else for _, v in asked)
        for s, v in asked:
            cues.extend(_cues(head, s, v.cues))
        for s, rule, a, b in grow_cues:
            cues.extend(_cues(head, s, [(rule, a, b)]))
    else:
        kind = "other" if not parts else min((v.kind for _, v in parts), key=STATEMENT_KINDS.index)
        why, questions, grow, what_else = False, 0, None, False
        for s, v in parts:
            if v.kind == kind:
                cues.extend(_cues(head, s, v.cues))
    stacked = questions >= 2
    words = [t.w for s in sents for t in s.tokens]
    focus = _focus(sents, L)
    coach_centred = _coach_centred(sents, L)
    if stacked:
        cues.append(Cue(f"{lang}.stacked", 0, len(head), head))
    tips, better = tips_for(tips_lang, kind, why, stacked, grow, coach_centred, what_else)
    return Analysis(
        text=text,
        lang=lang,
        kind=kind,
        why=why,
        stacked=stacked,
        grow=grow,
        question=kind in QUESTION_KINDS,
        questions=questions,
        cues=tuple(cues),
        tips=tips,
        better=better,
        word_count=len(words),
        focus=focus,
        coach_centred=coach_centred,
        what_else=what_else,
        tips_lang=tips_lang,
    )


def _spoken(sent: Sentence, L: ModuleType) -> Sentence:
    """The sentence with its spoken forms read as written ones (see the language's `respell`):
    clitics on question words and pronouns, fillers of more than one word."""
    words = L.respell(sent.words())
    return sent if words is None else respell(sent, words)


def _cues(text: str, sent: Sentence, spans) -> list[Cue]:
    out = []
    for rule, a, b in spans:
        if not sent.tokens:
            continue
        a = min(max(a, 0), len(sent.tokens) - 1)
        b = min(max(b, a + 1), len(sent.tokens))
        start, end = sent.tokens[a].start, sent.tokens[b - 1].end
        out.append(Cue(rule, start, end, text[start:end]))
    return out


def _count(table, words: tuple[str, ...]) -> int:
    n = i = 0
    while i < len(words):
        found = table.at(words, i)
        if found:
            n += 1
            i += found[1]
        else:
            i += 1
    return n


def _focus(sents: list[Sentence], L: ModuleType) -> str | None:
    past = sum(_count(L.PAST, s.words()) for s in sents)
    future = sum(_count(L.FUTURE, s.words()) for s in sents)
    if past > future:
        return "past"
    if future > past:
        return "future"
    return None


def _coach_centred(sents: list[Sentence], L: ModuleType) -> bool:
    mine = yours = 0
    for s in sents:
        words = s.words()
        excused: set[int] = set()
        i = 0
        while i < len(words):
            found = L.COACHEE_CENTRED_I.at(words, i)
            if found:
                excused.update(range(i, i + found[1]))
                i += found[1]
            else:
                i += 1
        for k, w in enumerate(words):
            if w in L.FIRST_PERSON and k not in excused:
                mine += 1
            elif w in L.SECOND_PERSON:
                yours += 1
    return mine > 0 and mine >= yours
