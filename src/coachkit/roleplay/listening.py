"""Checking a reflection against what the supervisor has actually said.

A reflection's content words (function words, reflection openers, and modal, desire, light and
auxiliary verbs, pronouns and discourse words left out: :data:`.lexicon.LIGHT`) are compared with the
stems of everything said so far: the opening and each reply. Most of them heard: *accurate*. Some
heard and some not: *off* (the supervisor corrects it). None heard, but more than half of them belong to
the case (a feeling or a meaning not yet said): a *deep* guess, which counts as accurate. A topic
with a placeholder and nothing else ("you feel something about the meetings") is *off*. A guess
at a feeling with at most one foreign content word is *off* too: wide of the mark, but an
empathic try the supervisor corrects. Otherwise: *absurd* (the supervisor is puzzled). A
reflection that says no to what they said ("So you don't do any evening work" to "In the
evenings I do the reports"), says things go well where they told of trouble, or says the
opposite word ("empty" to "full") is *off*, whatever words it shares. A
reflection that adds a feeling, a meaning or both sides is *complex*; the analyser's ``depth``
decides when it gives one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from coachkit.roleplay.lexicon import (
    CLAUSE_WORDS,
    DENIAL,
    FEELING_FAMILIES,
    FEELINGS,
    FOLLOW_ON,
    FUNCTION,
    GENERIC,
    GOING_WELL,
    LIGHT,
    MEANING,
    NEGATION,
    NO_WORDS,
    OPPOSITES,
    RELATIVE,
    VAGUE,
    WISHING,
)
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


@cache
def light_stems(lang: str) -> frozenset[str]:
    """Stems of the English light words (:data:`.lexicon.LIGHT`) and placeholders
    (:data:`.lexicon.VAGUE`): any form of them ("saying", "hearing", "feelings") is no content
    word either. (Not of the function words: "even" is the stem of "evening".) None in Finnish,
    whose lexicon lists the light words' forms one by one: its stems are too short to compare
    ("tunnet", you feel, and "tunnin", of an hour, share "tun")."""
    if lang == "fi":
        return frozenset()
    return frozenset(keys(w, "en")[0] for w in LIGHT["en"] | VAGUE["en"])


@cache
def _no_content(lang: str) -> frozenset[str]:
    """The words that are never content words: function and light words and placeholders (one
    set, built once, not on every call)."""
    return frozenset(FUNCTION[lang] | LIGHT[lang] | VAGUE[lang] | NEGATION[lang])


def content_keys(text: str, lang: str) -> list[tuple[str, ...]]:
    """The match keys of each content word of ``text``, each word once: "So you're saying what
    you're saying" says one word twice, and nothing about the supervisor."""
    lang = "fi" if lang == "fi" else "en"
    skip, phrase = _no_content(lang), _phrase_words(text, lang)
    light = light_stems(lang)
    feelings = FEELINGS[lang]
    out: dict[str, tuple[str, ...]] = {}
    for w in normal(text, lang):
        if w in skip or w in phrase or len(w) < 3 or w.startswith(feelings):
            continue
        ks = keys(w, lang)
        if ks[0] in light:
            continue
        out.setdefault(ks[0], ks)
    return list(out.values())


def _phrase_words(text: str, lang: str) -> frozenset[str]:
    """The words of the feeling phrases ``text`` says ("spread thin", "too much"): they name the
    feeling, and are no content words of their own."""
    padded = " " + " ".join(normal(text, lang)) + " "
    return frozenset(
        w
        for stems in FEELING_FAMILIES[lang].values()
        for s in stems
        if " " in s and " " + s in padded
        for w in s.split()
    )


def bare_follow_up(text: str, lang: str) -> bool:
    """Whether ``text`` only asks for more ("Tell me more.", "Kerro vähän lisää.", "Go on."): no
    content word but the words of :data:`.lexicon.FOLLOW_ON`."""
    follow = FOLLOW_ON["fi" if lang == "fi" else "en"]
    return all(w in follow for w in normal(text, lang) if content_keys(w, lang))


def heard_keys(texts: list[str], lang: str) -> frozenset[str]:
    """Every match key of every word of ``texts``."""
    return frozenset(k for t in texts for w in normal(t, lang) for k in keys(w, lang))


def has_feeling(text: str, lang: str) -> bool:
    feelings = FEELINGS["fi" if lang == "fi" else "en"]
    return any(w.startswith(feelings) for w in normal(text, lang))


def _vague(text: str, lang: str) -> bool:
    """Whether ``text`` holds a placeholder that names nothing (:data:`.lexicon.VAGUE`)."""
    vague = VAGUE["fi" if lang == "fi" else "en"]
    return any(w in vague for w in normal(text, lang))


def is_complex(text: str, lang: str, analysis: Any = None) -> bool:
    """Complex: adds a feeling, a meaning or both sides (the analyser's ``depth`` wins if given)."""
    depth: str | None = getattr(analysis, "depth", None)
    if depth in ("simple", "complex"):
        return depth == "complex"
    low = f" {text.lower()} "
    return has_feeling(text, lang) or any(m in low for m in MEANING["fi" if lang == "fi" else "en"])


COMPOUND_PART = 5
"""A Finnish stem at least this long found at the end of another counts as the same word: a
compound and its head ("viikkoraportti", "raportti") name the same thing."""


class _Known:
    """Match keys said or in the case; in Finnish a compound's head matches the compound and the
    compound its head (only stems of :data:`COMPOUND_PART` letters or more)."""

    def __init__(self, keys_: frozenset[str], lang: str):
        self.keys = keys_
        self.stems = (
            tuple(k for k in keys_ if len(k) >= COMPOUND_PART and not k.endswith("~"))
            if lang == "fi"
            else ()
        )

    def has(self, ks: tuple[str, ...]) -> bool:
        """Whether a word with match keys ``ks`` is among these."""
        if any(k in self.keys for k in ks):
            return True
        stem = ks[0]
        if not self.stems or len(stem) < COMPOUND_PART:
            return False
        return any(k.endswith(stem) or stem.endswith(k) for k in self.stems)


@lru_cache(maxsize=128)
def known(keys_: frozenset[str], lang: str) -> _Known:
    """:class:`_Known` for ``keys_``, kept: a case's keys are the same for every reflection of a
    session, so its stems are picked once, not at each reflection."""
    return _Known(keys_, lang)


@dataclass(frozen=True)
class Check:
    """The verdict on one reflection."""

    verdict: str
    """"accurate", "deep" (a fitting guess at something not yet said), "off" or "absurd"."""
    complex: bool
    heard: int
    words: int


def feelings_in(text: str, lang: str) -> set[str]:
    """The feeling families (:data:`.lexicon.FEELING_FAMILIES`) a text names."""
    padded = " " + " ".join(normal(text, lang)) + " "
    families = FEELING_FAMILIES["fi" if lang == "fi" else "en"]
    return {name for name, stems in families.items() if any(" " + s in padded for s in stems)}


def names_feeling(family: str, lang: str, ks: frozenset[str]) -> bool:
    """Whether match keys ``ks`` hold a word of a feeling ``family`` (a stem may be shorter than
    the family's word start: "tire" for "tired")."""
    stems = tuple(
        s for s in FEELING_FAMILIES["fi" if lang == "fi" else "en"][family] if " " not in s
    )
    return any(
        k.startswith(stems) or (len(k) >= 4 and any(s.startswith(k) for s in stems)) for k in ks
    )


def generic(ks: tuple[str, ...], lang: str) -> bool:
    """Whether a content word is one every workplace case uses ("change", "work", "tiimi"); in
    Finnish by its stem or its first letters, so that every inflection counts ("asioiden",
    "muuttuvan")."""
    return any(k in generic_keys(lang) for k in ks)


def check(
    text: str,
    lang: str,
    said: frozenset[str],
    case: frozenset[str],
    analysis: Any = None,
    said_texts: Sequence[str] = (),
    case_texts: Sequence[str] = (),
) -> Check:
    """Compare reflection ``text`` with the keys of what was said and of the whole case.

    Accurate needs at least one heard word specific to this case ("you felt passed over"); a
    guess at the unsaid needs more: two content words (a feeling the case holds counts as one),
    one of them specific. So "It sounds like you want things to change" or "So you want to make
    it work" fit no case by being vague. With ``said_texts`` (what was said, word for word), a
    reflection that says no to what they said ("So you don't do any evening work" to "In the
    evenings I do the monthly reports") is off, whatever words it shares.
    """
    words = content_keys(text, lang)
    deep = is_complex(text, lang, analysis)
    felt = feelings_in(text, lang)
    # "You don't feel any pressure": a feeling said no to where the case holds it says the
    # opposite of it, and neither fits nor is heard ("you don't want him let down" wishes)
    parts = () if _wishes(text, lang) else clauses(text, lang)
    unfelt = {
        ks[0].removeprefix("feeling:")
        for negated, keys_ in parts
        if negated
        for ks in keys_
        if ks[0].startswith("feeling:")
    }
    fitting = [f for f in felt if names_feeling(f, lang, case) and f not in unfelt]
    felt_heard = [f for f in felt if names_feeling(f, lang, said) and f not in unfelt]
    if any(names_feeling(f, lang, case) for f in unfelt):
        return Check("off", deep, 0, len(felt))
    fits = bool(fitting)
    substance = len(words) + fits
    # A feeling the supervisor named counts as a heard, specific word, in any word of its family.
    said_ = known(said, lang)
    case_ = known(case, lang)
    heard = sum(1 for ks in words if said_.has(ks)) + len(felt_heard)
    in_case = sum(1 for ks in words if case_.has(ks)) + len(fitting)
    specific = [ks for ks in words if not generic(ks, lang)]
    specific_heard = sum(1 for ks in specific if said_.has(ks)) + len(felt_heard)
    specific_in_case = sum(1 for ks in specific if case_.has(ks)) + len(fitting)
    total = len(words) + len(felt)
    # words and feelings the case does not hold at all: anything foreign makes a partial match off
    foreign_words = sum(1 for ks in words if not case_.has(ks))
    foreign = foreign_words + len(felt) - len(fitting)
    if not words and not felt_heard:
        return Check("deep" if fits else "off", deep, 0, 0)
    share = heard / total
    if not felt and len(words) <= 1 and _vague(text, lang):
        # "So you feel that you feel something about the meetings.": a topic and a placeholder,
        # nothing said about it; the supervisor says what they did mean
        verdict = "off"
    elif share >= ACCURATE_SHARE and specific_heard:
        verdict = "accurate"
    elif heard and fitting and not foreign and substance >= SUBSTANCE:
        verdict = "deep"  # what was said, taken on to a feeling the case holds and nothing else
    elif heard:
        verdict = "off"
    elif in_case / total >= DEEP_SHARE:  # a guess at the case: fitting, or too vague
        verdict = "deep" if specific_in_case and substance >= SUBSTANCE else "off"
    elif felt and foreign_words <= 1:
        verdict = "off"  # a guess at how they feel, wide of the mark: corrected, not puzzling
    else:
        verdict = "absurd"
    if verdict in ("accurate", "deep") and (
        _turned_round(text, lang, said) or (said_texts and denies(text, lang, said_texts))
    ):
        verdict = "off"
    if verdict == "deep" and case_texts and denies(text, lang, case_texts):
        verdict = "off"  # "So you never have a round of updates": a guess that says no to the case
    return Check(verdict, deep, heard, total)


TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[,;:.!?–—]")


Clause = tuple[bool, tuple[tuple[str, ...], ...]]
"""Whether a clause says no, and the match keys of its content words."""


@lru_cache(maxsize=1024)
def clauses(text: str, lang: str, loose: bool = False) -> tuple[Clause, ...]:
    """Each clause of ``text`` (cut at punctuation and at :data:`.lexicon.CLAUSE_WORDS`): whether
    it says no, and its content words' match keys (with one "feeling:<family>" key for each
    feeling family it names). A reflection's clause says no by a verb said
    no to (:data:`.lexicon.DENIAL`, "n't"); with `loose`, what the supervisor said says no by
    any word of :data:`.lexicon.NO_WORDS`. Kept: what was said is read again at every
    reflection."""
    lang = "fi" if lang == "fi" else "en"
    no_words, breaks = (NO_WORDS if loose else DENIAL)[lang], CLAUSE_WORDS[lang]
    out: list[Clause] = []
    tokens = [*TOKEN.findall(text.lower().replace(" - ", " – ")), "."]  # a dash between words
    words: list[str] = []
    nos = seconds = 0
    describes = False
    for i, token in enumerate(tokens):
        if token in breaks or token in RELATIVE[lang] or not token[0].isalpha():
            if words:
                says_no = nos > 0 if loose else nos > 0 and (nos + seconds) % 2 == 1
                said = " ".join(words)
                # a feeling is no content word, but saying no to one they named says no to them
                felt = tuple((f"feeling:{n}",) for n in sorted(feelings_in(said, lang)))
                keys_ = (*content_keys(said, lang), *felt)
                out.append((says_no and (loose or not describes), keys_))
            words, nos, seconds = [], 0, 0
            describes = token in RELATIVE[lang]
            if loose and token in no_words:
                nos = 1  # "eikä": the clause it starts says no
            continue
        after = tokens[i + 1]
        if token.endswith(("n't", "n’t")) or (
            token in no_words
            and (loose or not (token == "not" and (after == "to" or after.endswith("ing"))))
        ):
            nos += 1  # the no itself is no content word ("don't" -> "don")
            continue
        if lang == "fi" and token.endswith(("matta", "mättä")):
            seconds += 1  # "et malta olla puuttumatta": a second no says yes
        words.append(token)
    return tuple(out)


@lru_cache(maxsize=64)
def _polarity(said_texts: tuple[str, ...], lang: str) -> tuple[_Known, _Known]:
    """The match keys said in clauses that say yes, and in clauses that say no (kept per session
    and length of what was said)."""
    yes: set[str] = set()
    no: set[str] = set()
    for said in said_texts:
        for negated, words in clauses(said, lang, loose=True):
            (no if negated else yes).update(k for ks in words for k in ks)
    return _Known(frozenset(yes), lang), _Known(frozenset(no), lang)


def denies(text: str, lang: str, said_texts: Sequence[str]) -> bool:
    """Whether reflection ``text`` says no to what the supervisor said yes to: a negated clause of
    it holds more words specific to the case that they said only in clauses without a no ("So
    the reports aren't something you do yourself" to "I do the reports myself") than words they
    said with a no of their own, which it mirrors ("So there's no time left" to "there's no time
    left"; "So the round of updates doesn't take much time" to "It starts with a round of
    updates, and then there's no time left" denies the round). A clause that describes ("an old
    dinosaur who doesn't do digital") says no to nothing they said."""
    yes, no = _polarity(tuple(said_texts), lang)
    for negated, words in clauses(text, lang):
        if not negated:
            continue
        specific = [ks for ks in words if not generic(ks, lang)]
        denied = sum(1 for ks in specific if yes.has(ks) and not no.has(ks))
        mirrored = sum(1 for ks in words if no.has(ks))
        if denied > mirrored:
            return True
    return False


def _wishes(text: str, lang: str) -> bool:
    """Whether ``text`` says a wish or a condition (:data:`.lexicon.WISHING`), no claim about
    now: "you want the meetings to go well", "you don't want him let down"."""
    padded = " " + " ".join(normal(text, lang)) + " "
    return any(" " + start in padded for start in WISHING["fi" if lang == "fi" else "en"])


def _turned_round(text: str, lang: str, said: frozenset[str]) -> bool:
    """Whether reflection ``text`` says things go well where the supervisor told of trouble: a
    word of :data:`.lexicon.GOING_WELL` they never used, said as a claim (no negation, no wish).
    Every case is a trouble the supervisor brings ("they run late and it drives me mad", "I just
    can't get myself heard there"), so "So the meetings are actually going great" shares
    "meetings" and says the opposite: the supervisor corrects it."""
    lang = "fi" if lang == "fi" else "en"
    ws = normal(text, lang)
    if any(w in NEGATION[lang] for w in ws) or _wishes(text, lang):
        return False
    if any(w in GOING_WELL[lang] and keys(w, lang)[0] not in said for w in ws):
        return True
    # "So your calendar is pretty empty" to "My calendar is full": the opposite word, only
    own = {keys(w, lang)[0] for w in ws}
    for pair in OPPOSITES[lang]:
        a, b = (keys(word.split()[-1], lang)[0] for word in pair)
        for this, other in ((a, b), (b, a)):
            if this in own and other not in own and this not in said and other in said:
                return True
    return False
