"""Text normalisation, tokens, sentences and clauses for the question analyser.

Every step is linear in the length of the text: the regular expressions used here have no nested
quantifiers that could backtrack, so a 100,000-character paste costs milliseconds, not minutes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

# Characters whose lower-case or folded form has another length are mapped by hand first, so that
# the folded text keeps the offsets of the original: a cue's span always points into `text`.
_PRE = {0x0130: "i", 0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x00B4: "'", 0x0060: "'"}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = dict(_PRE)
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base.isalpha() and base.isascii():
            table[code] = base
    return table


_FOLD = _build_fold_table()
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# A full stop between digits is no sentence end: "version 5.0", "klo 9.30", "3.12.".
# A dash put straight after a word and followed by a space breaks the speaker off, as "..." does
# ("How did you— I mean, what did you say?", "Mitä sä– siis miten ...?"); a dash between spaces
# or between words is an aside ("the plan — or part of it"), and a hyphen joins ("työ- ja").
_SENTENCE_END = re.compile(r"(?:[!?\u2026\n]|\.(?!\d)|(?<=\w)(?:\u2014|\u2013|--)(?=\s|$))+")
_BREAK_OFF = re.compile(r"\u2014|\u2013|--")
_NEXT_WORD = re.compile(r"\s*([^\W_]+(?:'[^\W_]+)*)")  # the word after a dash, spaces skipped
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014\"]| - ")
# A colon, a semicolon or a dash ends a thought more firmly than a comma: "Saanko haastaa: mitä
# ...?" asks after the leave; "Saanko palautetta siitä, miten ..." goes on with the same.
_HARD_BREAK = re.compile(r"[;:\u2013\u2014]| - ")


def fold(text: str) -> str:
    """Lower-case `text` and drop diacritics (ä -> a, ö -> o) keeping its length.

    Folding lets the rules match text typed on a keyboard without Finnish letters ("mita",
    "onko") the same as careful text ("mitä").

    Args:
        text: Any string.

    Returns:
        A string of the same length as `text`.
    """
    folded = text.translate(_FOLD).lower()
    if len(folded) != len(text):  # a rare character whose lower case is longer: keep offsets
        folded = "".join((c.translate(_FOLD).lower() or c)[0] for c in text)
    return folded


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its folded form, its span in the original text and its clause number."""

    w: str
    start: int
    end: int
    clause: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its tokens, its span and whether it ends in a question mark."""

    tokens: tuple[Token, ...]
    start: int
    end: int
    asks: bool  # ends with "?"
    exclaims: bool  # ends with "!"
    trails: bool = False  # trails off ("...", "…"), as a false start in speech does
    hard: frozenset[int] = frozenset()  # clauses that start after a colon, semicolon or dash
    colons: frozenset[int] = frozenset()  # those of them that start after a colon
    broken: bool = False  # broken off with a dash straight after its last word ("How did you— ")
    folded: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", tuple(t.w for t in self.tokens))

    def words(self) -> tuple[str, ...]:
        """The folded words of the sentence (read once, when it is made)."""
        return self.folded

    def clause_starts(self) -> list[int]:
        """Indexes of the first token of each clause."""
        starts = []
        last = -1
        for i, tok in enumerate(self.tokens):
            if tok.clause != last:
                starts.append(i)
                last = tok.clause
        return starts


def sentences(
    text: str,
    folded: str,
    limit: int = 1_000_000,
    abbreviations: frozenset[str] = frozenset(),
    asides: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """Split `text` into sentences of tokens.

    Args:
        text: The original text (used for punctuation).
        folded: `fold(text)`, the same length as `text`.
        limit: The most sentences to return; the rest of the text is not read.
        abbreviations: Folded words whose full stop ends no sentence ("dr", "esim").
        asides: Folded words that go on with the same sentence after a dash ("and": "What's one
            small thing— and it's your call— you could do?").

    Returns:
        The sentences that hold at least one word, in order.
    """
    result: list[Sentence] = []
    pos = 0
    aside = False
    for match in _SENTENCE_END.finditer(text):
        if len(result) >= limit:
            return result
        if (
            match.group() == "."
            and abbreviations
            and _abbreviated(folded, match.start(), abbreviations)
        ):
            continue  # "Dr. Okafor", "esim. vuorolistat": the sentence goes on
        if _BREAK_OFF.fullmatch(match.group()) and (
            aside or _next_word(folded, match.end()) in asides
        ):
            # "What's one small thing— and it's your call— you could do?": an aside opened
            # with "and" after a dash, and the dash that closes it, go on with the sentence
            aside = not aside
            continue
        aside = False
        _add_sentence(result, text, folded, pos, match.start(), match.group())
        pos = match.end()
    if len(result) < limit:
        _add_sentence(result, text, folded, pos, len(text), "")
    return result


def joined(s: Sentence, t: Sentence) -> Sentence:
    """`s` and the sentence `t` after it read as one, the break between them a hard clause break
    (as a dash inside a sentence is)."""
    shift = s.tokens[-1].clause + 1
    tokens = s.tokens + tuple(replace(k, clause=k.clause + shift) for k in t.tokens)
    hard = s.hard | {shift} | {c + shift for c in t.hard}
    colons = s.colons | {c + shift for c in t.colons}
    return replace(t, tokens=tokens, start=s.start, hard=frozenset(hard), colons=frozenset(colons))


def _next_word(folded: str, at: int) -> str:
    """The folded word that starts after the spaces at `at` ("" when none does)."""
    match = _NEXT_WORD.match(folded, at)
    return match.group(1) if match else ""


def _abbreviated(folded: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Whether the word just before the full stop at `dot` is an abbreviation."""
    start = dot
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    return start < dot and folded[start:dot] in abbreviations


def _add_sentence(
    out: list[Sentence], text: str, folded: str, start: int, end: int, punct: str
) -> None:
    tokens: list[Token] = []
    clause = 0
    hard = set()
    colons = set()
    prev_end = start
    for match in _WORD.finditer(folded, start, end):
        gap = text[prev_end : match.start()]
        if tokens and _CLAUSE_BREAK.search(gap):
            clause += 1
            if _HARD_BREAK.search(gap):
                hard.add(clause)
            if ":" in gap:
                colons.add(clause)
        tokens.append(Token(match.group(), match.start(), match.end(), clause))
        prev_end = match.end()
    if tokens:
        broken = _BREAK_OFF.fullmatch(punct) is not None
        trails = ".." in punct or "\u2026" in punct or broken
        out.append(
            Sentence(
                tuple(tokens),
                start,
                end,
                "?" in punct,
                "!" in punct,
                trails,
                frozenset(hard),
                frozenset(colons),
                broken,
            )
        )


def respell(sent: Sentence, words: list[str | None]) -> Sentence:
    """`sent` with each token's word replaced by `words[i]`, or dropped where it is None.

    Spans stay those of the original tokens, so cues still point into the text; a sentence left
    with no word keeps its first token so that it is still read (as an interjection).
    """
    tokens = tuple(
        tok if w == tok.w else Token(w, tok.start, tok.end, tok.clause)
        for tok, w in zip(sent.tokens, words, strict=True)
        if w is not None
    )
    return replace(sent, tokens=tokens or sent.tokens[:1])
