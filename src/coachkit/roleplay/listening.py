"""Checking a reflection against what the supervisor has actually said.

A reflection's content words (function words, reflection openers, and modal, desire, light and
auxiliary verbs, pronouns and discourse words left out: :data:`.lexicon.LIGHT`) are compared with the
stems of everything said so far: the opening and each reply. Most of them heard: *accurate*. Some
heard and some not: *off* (the supervisor corrects it). None heard, but more than half of them belong to
the case (a feeling or a meaning not yet said): a *deep* guess, which counts as accurate. Otherwise:
*absurd* (the supervisor is puzzled). A reflection that adds a feeling, a meaning or both
sides is *complex*; the analyser's ``depth`` decides when it gives one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from coachkit.roleplay.lexicon import FEELINGS, FUNCTION, GENERIC, LIGHT, MEANING
from coachkit.roleplay.matching import keys, normal

ACCURATE_SHARE = 0.4
"""At least this share of a reflection's content words heard: accurate."""
SUBSTANCE = 2
"""Content words (a fitting feeling counts as one) a guess at the unsaid needs to fit."""
DEEP_SHARE = 0.6
"""None heard, but at least this share of its content words in the case: a fitting guess. More
than half, so that one word the case happens to use ("move", "holiday") does not make a guess of
"So you want to move to the moon" or "you long for a holiday in Spain"."""


@cache
def generic_keys(lang: str) -> frozenset[str]:
    """Match keys of :data:`.lexicon.GENERIC` in ``lang``."""
    lang = "fi" if lang == "fi" else "en"
    return frozenset(k for w in GENERIC[lang] for k in keys(w, lang))


def content_keys(text: str, lang: str) -> list[tuple[str, ...]]:
    """The match keys of each content word of ``text``."""
    lang = "fi" if lang == "fi" else "en"
    skip = FUNCTION[lang] | LIGHT[lang]
    feelings = FEELINGS[lang]
    out = []
    for w in normal(text, lang):
        if w in skip or len(w) < 3 or w.startswith(feelings):
            continue
        out.append(keys(w, lang))
    return out


def heard_keys(texts: list[str], lang: str) -> frozenset[str]:
    """Every match key of every word of ``texts``."""
    return frozenset(k for t in texts for w in normal(t, lang) for k in keys(w, lang))


def has_feeling(text: str, lang: str) -> bool:
    feelings = FEELINGS["fi" if lang == "fi" else "en"]
    return any(w.startswith(feelings) for w in normal(text, lang))


def is_complex(text: str, lang: str, analysis: Any = None) -> bool:
    """Complex: adds a feeling, a meaning or both sides (the analyser's ``depth`` wins if given)."""
    depth: str | None = getattr(analysis, "depth", None)
    if depth in ("simple", "complex"):
        return depth == "complex"
    low = f" {text.lower()} "
    return has_feeling(text, lang) or any(m in low for m in MEANING["fi" if lang == "fi" else "en"])


@dataclass(frozen=True)
class Check:
    """The verdict on one reflection."""

    verdict: str
    """"accurate", "deep" (a fitting guess at something not yet said), "off" or "absurd"."""
    complex: bool
    heard: int
    words: int


def feelings_in(text: str, lang: str) -> set[str]:
    """The feeling stems (:data:`.lexicon.FEELINGS`) a text names."""
    stems = FEELINGS["fi" if lang == "fi" else "en"]
    return {f for w in normal(text, lang) for f in stems if w.startswith(f)}


def generic(ks: tuple[str, ...], lang: str) -> bool:
    """Whether a content word is one every workplace case uses ("change", "work", "tiimi"); in
    Finnish by its stem or its first letters, so that every inflection counts ("asioiden",
    "muuttuvan")."""
    return any(k in generic_keys(lang) for k in ks)


def check(
    text: str, lang: str, said: frozenset[str], case: frozenset[str], analysis: Any = None
) -> Check:
    """Compare reflection ``text`` with the keys of what was said and of the whole case.

    Accurate needs at least one heard word specific to this case ("you felt passed over"); a
    guess at the unsaid needs more: two content words (a feeling the case holds counts as one),
    one of them specific. So "It sounds like you want things to change" or "So you want to make
    it work" fit no case by being vague.
    """
    words = content_keys(text, lang)
    deep = is_complex(text, lang, analysis)
    felt = feelings_in(text, lang)
    if lang == "fi":  # one root, several stems: pelko, pelkäät, pelottaa
        felt |= {f[:3] for f in felt}
    fits = bool(felt) and any(k.startswith(tuple(felt)) for k in case)
    substance = len(words) + fits
    heard = sum(1 for ks in words if any(k in said for k in ks))
    in_case = sum(1 for ks in words if any(k in case for k in ks))
    specific_heard = sum(1 for ks in words if not generic(ks, lang) and any(k in said for k in ks))
    specific_in_case = sum(
        1 for ks in words if not generic(ks, lang) and any(k in case for k in ks)
    )
    if not words:
        return Check("deep" if fits else "off", deep, 0, 0)
    share = heard / len(words)
    if share >= ACCURATE_SHARE and specific_heard:
        verdict = "accurate"
    elif heard:
        verdict = "off"
    elif in_case / len(words) >= DEEP_SHARE:  # a guess at the case: fitting, or too vague
        verdict = "deep" if specific_in_case and substance >= SUBSTANCE else "off"
    else:
        verdict = "absurd"
    return Check(verdict, deep, heard, len(words))
