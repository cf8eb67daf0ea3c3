"""Words and stems: how the engine reads a turn so that Finnish inflection and spoken forms match.

Finnish inflects heavily ("palaveri", "palavereissa", "palaverien") and is spoken differently from
how it is written ("mitä sä", "millon"). A word is first mapped from its spoken form
(:data:`coachkit.roleplay.lexicon.SPOKEN`), then stemmed with Snowball; for Finnish a short prefix
is kept as a second key, which survives consonant gradation ("lupa", "luvan").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

import snowballstemmer

from coachkit.roleplay.lexicon import COMMON, SPOKEN

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
MAX_WORDS = 200
"""Only the first words of a very long turn are looked at, so garbage input stays fast."""
PREFIX = 5


class _Stemmer(Protocol):
    """What a Snowball stemmer is used for here (the package ships no types)."""

    def stemWord(self, word: str) -> str: ...


@cache
def _stemmer(lang: str) -> _Stemmer:
    stemmer: _Stemmer = snowballstemmer.stemmer("finnish" if lang == "fi" else "english")
    return stemmer


@cache
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a lower-case word in ``lang`` ("fi" or "en")."""
    return _stemmer(lang).stemWord(word)


def words(text: str) -> list[str]:
    """Lower-case words (digits and symbols dropped), capped in number."""
    return [w.lower() for w in WORD.findall(text[:4000])][:MAX_WORDS]


def normal(text: str, lang: str) -> list[str]:
    """Words with spoken forms written out and English contractions split off."""
    spoken = SPOKEN["fi" if lang == "fi" else "en"]
    out = []
    for w in words(text):
        if "'" in w:
            w = w.split("'")[0]
        w = spoken.get(w, w)
        if w:
            out.append(w)
    return out


@cache
def keys(word: str, lang: str) -> tuple[str, ...]:
    """A word's match keys: its stem and, for Finnish, its first letters."""
    s = stem(word, lang)
    if lang == "fi" and len(word) > PREFIX:
        return (s, word[:PREFIX] + "~")
    return (s,)


def recognisable(text: str, lang: str, known_stems: frozenset[str]) -> bool:
    """True when the turn has at least one everyday word or a word from the exercise's own texts."""
    common = COMMON["fi"] | COMMON["en"]
    return any(word in common or stem(word, lang) in known_stems for word in words(text))


def vocabulary(texts: list[str], lang: str) -> frozenset[str]:
    """Stems of every word in ``texts``."""
    return frozenset(stem(w, lang) for text in texts for w in normal(text, lang))
