"""How a question opens: a bare follow-up that is the whole question, a scale put first, a
permission asked before the real question. Used by classify.py."""

from __future__ import annotations

from collections.abc import Collection

from coachkit.analysis.rules import Embedded, LanguageRules, Words


def skip(words: tuple[str, ...], i: int, end: int, fillers: Collection[str]) -> int:
    while i < end and words[i] in fillers:
        i += 1
    return i


def follow_up(words: Words, end: int, L: LanguageRules) -> tuple[str, int] | None:
    """A bare follow-up that is the whole question ("And then?", "Entä sitten?"), as
    (rule, first token); fillers may come before it."""
    for i in range(0, min(end, 4)):
        found = L.FOLLOW_UP.at(words, i)
        if found and i + found[1] == end:
            return found[0].rule, i
        if words[i] not in L.FILLERS:
            break
    return None


def after_scale(words: Words, j: int, end: int, L: LanguageRules) -> Embedded | None:
    """ "On a scale of 1 to 10 how sure are you", unpunctuated: the question after the scale."""
    if not L.SCALE_WORDS.intersection(words[j : j + 4]) and not L.SCALE.search(words, j, j + 4):
        return None  # "On a scale of ...", "Nollasta kymppiin, ...", "zero to ten, ..."
    for k in range(j + 1, min(end, j + 10)):
        h = L.head(words, k, True)
        if h and h[0] in ("open", "pick", "closed"):
            return (*h, k, f"{L.LANG}.scale_preamble", j)
    return None


def subordinate(words: Words, j: int, end: int, L: LanguageRules) -> bool:
    """Whether a condition or a time clause opens at `j` ("If ...", "When you picture it, ..."),
    and not a when-question ("When will you ...?"): a subject follows the time word."""
    if words[j] in L.CONDITIONS:
        return True
    return (
        words[j] in L.TEMPORAL
        and j + 1 < end
        and words[j + 1] not in L.AUX | L.COORDINATORS | L.ALTERNATIVES  # "When and how ...?"
        and not (j + 2 < end and words[j + 2] in L.DROPPED_AUX)  # "when you gonna ..."
        # "When exactly will you ...?", "When roughly is it due?": a word that narrows the time
        and not (words[j + 1] in L.FILLERS and j + 2 < end and words[j + 2] in L.AUX)
    )


def lets_after(words: Words, j: int, end: int, L: LanguageRules, starts: Collection[int]) -> bool:
    """Whether the clause after the one that opens at `j` is a "let's" ("If that's alright,
    let's look at ...", "Jos sopii, aloitetaan siitä, ..."): structuring the talk."""
    main = next((s for s in starts if j < s < end), None)
    k = skip(words, main, end, L.FILLERS) if main is not None else end
    return k < end and words[k] in L.WE


def after_condition(
    words: Words,
    j: int,
    end: int,
    L: LanguageRules,
    starts: Collection[int] = (),
    asks: bool = True,
) -> Embedded | None:
    """ "If money were no object, what would you try", "jos sulla ois vapaat kädet niin miten
    sä järjestäisit ...", "When you picture it, how will you ...": the question after a
    condition or a time clause put first. The question starts at the first clause after it
    that opens with a head, else after the condition's "then" word, or at a wh-word followed by
    a second person (unpunctuated speech). Unasked (no "?"), only the clause right after the
    condition may be the question: "Jos haluat, voin kertoa, miten me tehtiin se" offers to
    tell, and its "miten" asks nothing."""
    if not subordinate(words, j, end, L):
        return None
    if j and L.ASK_PERMISSION.at(words, j - 1):
        return None  # "Okay if we look at what you could do?": leave asked, no condition
    if not asks and lets_after(words, j, end, L, starts):
        return None  # "Jos sopii, aloitetaan siitä, mikä ...": "let's", structuring, no question
    # "Jos saan sanoa, mitä kuulen: ...": leave asked is no condition with a question after it
    for s in () if L.ASK_PERMISSION.at(words, j) else starts:
        if j < s < end:
            k = skip(words, s, end, L.FILLERS)
            if asks and k < end and words[k] in L.TEMPORAL and subordinate(words, k, end, L):
                continue  # "If ..., when this is all done, what ...?": a time clause between
            if k < end and L.ASK_PERMISSION.at(words, k):
                return None  # "Ennen kuin mennään pidemmälle, saanko kysyä, miten ...?": leave
            h = L.head(words, k, True) if k < end else None
            if h and h[0] in ("open", "pick", "closed", "why"):
                return (*h, k, f"{L.LANG}.condition_preamble", j)
            if not asks and k < end:
                break
    for k in range(j + 2, min(end, j + 25)):
        after_then = words[k - 1] in L.CONDITION_THEN
        if (
            not asks
            and k not in starts
            and not after_then
            and words[k - 1] not in L.EMBED_VERBS  # "..., I'd like to ask what you want"
            and any(j < s < k for s in starts)
        ):
            continue  # "If you want my two cents: start with the people who ...": unasked, a
            # wh-word inside a clause after the condition's own asks nothing
        # "if the move went well what would the crew notice": a wh-word and a modal
        wh_modal = words[k] in L.WH_WORDS and k + 1 < end and words[k + 1] in L.AUX
        if not (after_then or wh_modal) and not L.SECOND_PERSON.intersection(words[k + 1 : k + 3]):
            continue
        h = L.head(words, k, True)
        if h and h[0] in ("open", "pick", "closed", "why"):
            return (*h, k, f"{L.LANG}.condition_preamble", j)
    return None


def after_curiosity(
    words: Words, j: int, end: int, L: LanguageRules, starts: Collection[int] = ()
) -> Embedded | None:
    """ "I'm curious what you'd try", "Mua kiinnostaa, minkä takia ...": the embedded question;
    with a time clause first ("I'm curious, when ..., what ..."), the question after it."""
    found = L.CURIOUS.at(words, j)
    if not found:
        return None
    k = skip(words, j + found[1], end, L.FILLERS)
    if k >= end:
        return None
    if subordinate(words, k, end, L):
        return after_condition(words, k, end, L, starts)
    h = L.head(words, k, True)
    if h and h[0] in ("open", "pick", "closed", "why"):
        return (*h, k, found[0].rule, j)
    return None


def after_permission(
    words: Words, j: int, end: int, L: LanguageRules, starts: Collection[int] = ()
) -> Embedded | None:
    """ "May I ask what you hope ...": the embedded open or closed question, as a head at its
    own index; the permission asked for is only a polite preamble."""
    found = L.PERMISSION.at(words, j)
    if not found:
        return None
    k = skip(words, j + found[1], end, L.PERMISSION_FILLERS)
    if k >= end or words[k] in L.EMBED_BEFORE:
        return None  # "Would you mind if I asked about how ...": leave to raise a topic
    if subordinate(words, k, end, L):
        # "May I ask, when the news came, how you took it?": the question after the time clause
        return after_condition(words, k, end, L, starts)
    h = L.head(words, k, True)
    if h and h[0] in ("open", "pick", "closed", "why"):
        return (*h, k, found[0].rule, j)
    return None
