"""Words, stems and topic cues: which hidden piece a question is about, and whether a turn is words.

Finnish inflects heavily ("palaveri", "palavereissa", "palaverien"), so a question matches a topic
cue when one of its words starts with the cue, or when the word's Snowball stem and the cue's stem
agree on their first letters. Authors can add a second cue for consonant gradation ("lupa", "luva").
"""

from __future__ import annotations

import re
from functools import cache

import snowballstemmer

WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
MAX_WORDS = 200
"""Only the first words of a very long turn are looked at, so garbage input stays fast."""


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON = {
    "fi": _wordset(
        """minä mä sinä sä hän me te he se ne tämä tää tuo mikä mitä mikä miten millainen milloin
        kuka ketä missä mistä mihin kuinka paljon onko oletko olisiko voisitko voisiko kertoisitko
        kerro kerrotko ja tai vai mutta että kun jos niin eli siis kyllä ei en et emme ette ole on
        olen olet oli olisi ollut sinun sun minun mun meidän teidän heidän hyvä hienoa kiitos kiitti
        moi hei terve okei ok selvä joo juu no nyt sitten vielä myös muuta muita mitäs asia asiaa
        asiat asiasta tilanne tilanteessa haluaisit haluat voisit aiot teet tekisit tehdä tiimi
        ihmiset aika aikaa viikko päivä tänään huomenna ensi ensimmäinen seuraava askel"""
    ),
    "en": _wordset(
        """i me my you your he she we they it this that what how which when who where why is are
        was were be been do does did can could would will should shall have has had and or but so
        if then yes no not tell more about else thanks thank great good okay ok hi hello sure right
        now next first step team people time week day today tomorrow sounds like feel think want
        there here one some any all thing things situation"""
    ),
}
"""Everyday words: a turn made of these is small talk, not garbage."""


@cache
def _stemmer(lang: str):
    return snowballstemmer.stemmer("finnish" if lang == "fi" else "english")


@cache
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a lower-case word in ``lang`` ("fi" or "en")."""
    return _stemmer(lang).stemWord(word)


def words(text: str) -> list[str]:
    """Lower-case words of at least two letters (digits and symbols dropped), capped in number."""
    return [w.lower() for w in WORD.findall(text[:4000])][:MAX_WORDS]


def matches_cue(word: str, cue: str, lang: str) -> bool:
    """True when ``word`` is an inflected form of the topic ``cue`` (a lower-case stem)."""
    cue = cue.lower()
    if word.startswith(cue):
        return True
    word_stem, cue_stem = stem(word, lang), stem(cue, lang)
    shortest = min(len(word_stem), len(cue_stem))
    return shortest >= 4 and word_stem[:shortest] == cue_stem[:shortest]


def cue_score(text_words: list[str], cues: list[str], lang: str) -> int:
    """How many of ``cues`` one of the words matches (each cue counted once)."""
    return sum(any(matches_cue(w, cue, lang) for w in text_words) for cue in cues)


def vocabulary(texts: list[str], lang: str) -> frozenset[str]:
    """Stems of every word in ``texts``: the words the supervisor would recognise as on topic."""
    return frozenset(stem(w, lang) for text in texts for w in words(text))


def recognisable(text: str, lang: str, known_stems: frozenset[str]) -> bool:
    """True when the turn has at least one everyday word or a word from the exercise's own texts."""
    common = COMMON["fi"] | COMMON["en"]
    return any(word in common or stem(word, lang) in known_stems for word in words(text))
