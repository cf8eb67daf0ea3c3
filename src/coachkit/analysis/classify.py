"""The language-independent part of the analyser: one sentence in, its verdict out.

A language module (en_rules, fi_rules) provides the tables and three small functions (`head`,
`imperative`, `conditional_advice`). This module decides in a fixed order which of them wins, so
that the order of the rules is written down once, here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from coachkit.analysis.openers import (
    after_condition,
    after_curiosity,
    after_permission,
    after_scale,
    follow_up,
    lets_after,
    skip,
    subordinate,
)
from coachkit.analysis.phrases import PhraseTable
from coachkit.analysis.rules import Embedded, Head, LanguageRules, Match, Words
from coachkit.analysis.tokens import Sentence

Tag = tuple[str, int, bool]
"""A closing tag: (rule, first word, whether it only checks understanding)."""
FoundHead = tuple[Head | Embedded, int]
"""The question's head and the index of its first word."""

QUESTION_KINDS = ("leading", "open", "closed")
STATEMENT_KINDS = ("advice", "reflection", "other")


@dataclass(slots=True)
class Verdict:
    """What one sentence is: its kind, flags, question count and the cues behind them."""

    kind: str
    question: bool
    why: bool = False
    questions: int = 0
    suggestion: bool = False
    what_else: bool = False
    request: bool = False
    own_pick: bool = False  # "Which of those feels best to you?": a choice among their options
    # "Who books your meetings?", "Milloin?": one fact asked with a question word
    fact: bool = False
    # asked with a question word, whatever the rules make of it ("Who else knows?" reads as a
    # call for names, which a model may call closed: then it asks one fact, not yes or no)
    worded: bool = False
    headless: bool = False  # a statement said with a rising "?", no question word or tag
    # "Just phone her, yeah?": a leading tag on a command of the coach's (decision 1)
    tagged_command: bool = False
    only_tag: bool = False  # "Eiks niin?", "Right?": a leading tag said as a sentence of its own
    body_end: int = 0
    body_start: int = 0
    head_at: int = 0  # the first word of the question's head, after any preamble or fillers
    scene: bool = False  # "What if nothing stood in the way?": a scene set for the next question
    cues: list[tuple[str, int, int]] = field(default_factory=list)


def _clause_end(sent: Sentence, start: int, limit: int) -> int:
    clause = sent.tokens[start].clause
    j = start
    while j < limit and sent.tokens[j].clause == clause:
        j += 1
    return j


def _at_starts(
    table: PhraseTable, words: Words, starts: Sequence[int], fillers: Collection[str], end: int
) -> Match | None:
    """The first match of `table` at a clause start, before or after its fillers."""
    for s in starts:
        if s >= end:
            break
        for i in (s, skip(words, s, end, fillers)):
            found = table.at(words, i)
            if found and i + found[1] <= end:
                return found[0], i, found[1]
    return None


def _tag(sent: Sentence, words: Words, starts: list[int], L: LanguageRules) -> Tag | None:
    """A closing tag ("..., right?", "..., vai mitä?") as (rule, index, check_only)."""
    if len(starts) < 2 and not (sent.asks and len(words) <= 3):
        # Spoken, unpunctuated: "sä haluut lisää aikaa vai mitä", "that's fair isn't it": only
        # a tag of two words or more that starts with a negation or "vai" ends a statement.
        found = L.TAGS.ends(words, 2)
        if found and found[2] >= 2 and words[found[1]] in L.TAG_STARTS:
            return found[0].rule, found[1], False
        return None
    last = starts[-1] if len(starts) >= 2 else 0
    for table, check in ((L.CHECK_TAGS, True), (L.TAGS, False)):
        for i in (last, skip(words, last, len(words), L.FILLERS)):
            at = table.at(words, i)
            if at and i + at[1] == len(words):
                return at[0].rule, i, check
    return None


def classify(sent: Sentence, L: LanguageRules) -> Verdict:
    """Decide what one sentence is.

    Args:
        sent: A sentence of folded tokens.
        L: The language module whose tables to use.

    Returns:
        The sentence's verdict with the cues (rule, first token, end token) that decided it.
    """
    words = sent.words()
    n = len(words)
    starts = sent.clause_starts()
    cues: list[tuple[str, int, int]] = []

    tag = _tag(sent, words, starts, L)
    end = tag[1] if tag else n
    if tag and skip(words, 0, end, L.FILLERS) >= end and not sent.asks:
        tag, end = None, n  # "Right, right.", "Joo joo.": backchannel, no question
    if tag and skip(words, 0, end, L.FILLERS) >= end:  # only a tag: "Right?" "Hmm, eikö?"
        kind = "closed" if tag[2] else "leading"
        return Verdict(
            kind, True, questions=1, body_end=n, cues=[(tag[0], 0, n)], only_tag=not tag[2]
        )

    if not sent.asks:
        j = skip(words, 0, n, L.FILLERS)
        free = L.LEAVE_TO_THEM.at(words, j)
        if free and j + free[1] >= n:
            # "Kerro ihan rauhassa.", "Ihan mitä vaan tulee mieleen.": the answer left free,
            # after a question or alone, is no question of its own, though it opens as one
            cues.append((free[0].rule, j, j + free[1]))
            return Verdict("other", False, body_end=n, cues=cues)

    attention = _attention_only(words, L)
    if attention:
        # "You know what?", "Tiiätsä mitä?": a call for attention, no question of its own
        return Verdict("other", False, body_end=n, cues=[(attention, 0, n)])

    # The question's head: the first clause that starts with an interrogative.
    found_head = None
    agreed: list[int] = []
    for s in starts:
        if s >= end:
            break
        j = skip(words, s, end, L.FILLERS)
        clause_end = _clause_end(sent, s, end)
        if j >= clause_end:
            continue  # a clause of fillers only ("Okei,")
        if s != starts[0] and L.RELATIVES.at(words, j):
            continue  # "You built it from scratch, which is no small thing - what ...?"
        if L.REFLECT_STRONG.at(words, j):
            if not sent.asks and not _asks_after(words, starts, s, end, L):
                break  # "So where we are: you want ..., and what holds you back is ...": a summary
            continue  # "So what I'm hearing is you don't trust them?": a reflection said rising
        leave = _leave_clause(sent, words, j, clause_end, end, L) if clause_end < end else 0
        if leave:
            # "Saanko haastaa vähän: mitä sä voisit ...?": leave, then the question
            if leave < 0:  # "Can we get creative for a second: ...": read by its form
                cues.append((f"{L.LANG}.permission.leave_first", j, clause_end))
            continue
        agree = L.AGREEMENT.at(words, j)
        if agree and agree[0].row.modifier == "attention" and j + agree[1] > clause_end:
            agree = None  # "Tiedätkö, mitä haluat?": asks what they know, no call for attention
        if agree and sent.asks and j == starts[0] and clause_end < end:
            k = skip(words, clause_end, end, L.FILLERS)
            if k < end and L.imperative(words, k):
                agree = None  # "Why not, uh, just ask them?": a proposal said with a pause
        if agree and j + agree[1] >= clause_end and (clause_end < end or not sent.asks):
            cues.append((agree[0].rule, j, j + agree[1]))
            agreed.append(s)
            continue  # "Sure, why not.", "Miksei, mikä siinä houkuttaa?": agreement
        h = (
            after_permission(words, j, end, L, starts)
            # a condition or time clause first ("When you picture it, how ..."): before the
            # head, as "when" is a head too
            or after_condition(words, j, end, L, starts, sent.asks or bool(tag))
            # "When you commit to something, you follow through.": a time clause with no
            # question after it asks nothing, though "when" is a head
            or (
                None
                if words[j] in L.TEMPORAL and subordinate(words, j, end, L)
                else L.head(words, j, sent.asks or bool(tag))
            )
            or after_scale(words, j, end, L)
            or after_curiosity(words, j, end, L, starts)
        )
        if h and not sent.asks and _cleft(words, j, end, L):
            break  # "What's really bothering you is that ...": a statement, its subject a question
        if h:
            found_head = (h, h[3]) if len(h) > 3 else (h, j)
            break
        if (
            not sent.asks
            and not (s == starts[0] and len(starts) == 2 and _topic(sent, j, L))
            and not _asks_after(words, starts, s, end, L)
        ):
            break  # a statement: only its first real clause may turn it into a question

    if agreed:  # no rule reads the agreement's "why" or "miksei" again
        starts = [s for s in starts if s not in agreed] or starts
    if tag or found_head or sent.asks:
        return _question(sent, words, starts, end, tag, found_head, L, cues)
    if agreed and len(agreed) == len(sent.clause_starts()):
        return Verdict("other", False, body_end=len(words), cues=cues)  # "Sure, why not."
    return _statement(sent, words, starts, L, cues)


def _question(
    sent: Sentence,
    words: Words,
    starts: list[int],
    end: int,
    tag: Tag | None,
    found_head: FoundHead | None,
    L: LanguageRules,
    cues: list[tuple[str, int, int]],
) -> Verdict:
    follow = None if tag else follow_up(words, end, L)
    if follow:
        # "Such as?", "Mites muuten?": more of the same, asked openly; no cue of its own
        cues.append((follow[0], follow[1], end))
        return Verdict(
            "open", True, questions=1, request=True, body_end=end, body_start=end, cues=cues
        )
    v = Verdict("closed", True, questions=1, body_end=end, cues=cues)
    htype = None
    if found_head:
        (htype, hlen, hrule, *_), hi = found_head
        cues.append((hrule, hi, hi + hlen))
        v.head_at = hi
        if len(found_head[0]) > 3:
            # "Saanko kysyä, mitä ...": the stage is the embedded question's; a condition or a
            # scene put first ("Imagine it's a year from now, what's different?") tells it too
            if not subordinate(words, found_head[0][5], end, L):
                v.body_start = hi
            cues.append((found_head[0][4], found_head[0][5], hi))
        v.why = htype == "why"
        v.worded = htype in ("open", "closed")
    closed_form = _at_starts(L.CLOSED_FORMS, words, starts, L.FILLERS, end)
    lead = None if closed_form else _at_starts(L.LEADING, words, starts, L.FILLERS, end)
    if lead and htype == "why" and _scale_moved(words, lead[1] + lead[2], L):
        lead = None  # "You said five - why not lower?": the scaling follow-up, no proposal
    scene = False
    if lead and lead[0].row.modifier == "hypothesis" and _scene(sent, words, lead, L):
        # "What if nothing stood in the way?": a scene, no proposal; a scene only when it opens
        # the question ("..., and what, if anything, ..." asks a question of its own)
        scene = lead[1] <= v.head_at
        lead = None
    request = _at_starts(L.OPEN_REQUEST, words, starts, L.FILLERS, end)
    if request and request[1] > 0 and _closing_aside(words, request[1], end, L):
        request = None  # "How many hours ..., would you say?": an aside, no request to talk
    if (
        request
        and htype == "yn"
        and found_head is not None
        and request[1] > found_head[1]
        and _yes_no_at(words, request[1], L)
    ):
        # "Aiotko ..., ja kerrotko siitä esihenkilöllesi?", "Are you ..., and will you tell me
        # how it went?": a promise asked for after a yes/no question, not a request to talk.
        request = None
    what_else = L.WHAT_ELSE.search(words, 0, end)
    else_yes_no = what_else is not None and _yes_no_before(sent, words, what_else[1], L)
    if what_else and else_yes_no and words[what_else[1]] in L.PERSON_ELSE:
        # "..., and has anyone else noticed?": other people, asked yes or no, are no options.
        what_else = None
    process = _at_starts(L.PROCESS, words, starts, L.FILLERS, end)
    advice_like = _advice(words, starts, end, L)

    if tag:
        cues.append((tag[0], tag[1], len(words)))
        reflective = _at_starts(L.REFLECT_STRONG, words, starts, (), end) or _at_starts(
            L.REFLECT_WEAK, words, starts, (), end
        )
        if tag[2] or (reflective and not advice_like):
            v.kind = "closed"
        else:
            v.kind = "leading"
            v.suggestion = bool(advice_like or L.SUGGEST.search(words, 0, end))
            # "Just phone her, yeah?": a tag on the coach's own command, not on an opinion
            opinion = any(r.rule == tag[0] and r.modifier == "opinion" for r in L.TAGS.rows)
            v.tagged_command = not opinion and bool(
                _command_at_starts(words, starts, end, L, conditional=False)
            )
    elif htype in ("neg", "lead") and found_head:  # a head type comes with its head
        if lead:
            cues.append((lead[0].rule, lead[1], lead[1] + lead[2]))
        v.kind = "leading"
        v.suggestion = htype == "lead" or L.modal_negative(words, found_head[1])
    elif lead:
        cues.append((lead[0].rule, lead[1], lead[1] + lead[2]))
        v.kind = "leading"
        v.suggestion = lead[0].row.modifier != "opinion"
    elif htype == "why":
        v.kind = "open"
    elif request:
        cues.append((request[0].rule, request[1], request[1] + request[2]))
        v.kind, v.request = "open", True
    elif (
        what_else and htype != "yn" and not else_yes_no
    ):  # "Onko vielä muita?" stays a yes/no question
        cues.append((what_else[0].rule, what_else[1], what_else[1] + what_else[2]))
        v.kind, v.what_else = "open", True
    elif htype == "yn" and closed_form:
        cues.append((closed_form[0].rule, closed_form[1], closed_form[1] + closed_form[2]))
        v.kind = "closed"
    elif htype == "yn":
        suggest = None if process else L.SUGGEST.search(words, 0, end)
        expect = None if process else L.EXPECT.search(words, 0, end)
        hit = suggest or expect
        if suggest and _named_pick(sent, words, suggest[1], end, L):
            # "Would Monday or Tuesday be better?": two named things compared, a pick (decision 3)
            cues.append((f"{L.LANG}.closed.named_pick", 0, end))
            v.kind = "closed"
        elif hit:
            cues.append((hit[0].rule, hit[1], hit[1] + hit[2]))
            v.kind, v.suggestion = "leading", bool(suggest)
        else:
            v.kind = "closed"
    elif htype == "open" and (scale := _scale_at(words, end, L)):
        # "How would you rate the mood, out of ten?": the answer is a number (decision 2)
        cues.append((scale[0].rule, scale[1], scale[1] + scale[2]))
        v.kind = "closed"
    elif htype in ("open", "pick") and _listed_pick(sent, words, v.head_at, end, L):
        # "Mikä ois sulle hyvä lopputulos: et ne sopii riidan, vai et ne ...?", "Which of these
        # appeals most - the buddy system or the job swap?": the answers named after the colon,
        # a pick among them (decision 3)
        cues.append((f"{L.LANG}.closed.named_pick", 0, end))
        v.kind = "closed"
    elif htype == "open" and (idea := _hedged_idea(sent, words, starts, v.head_at, end, L)):
        # "What could you do, maybe turn off notifications after six?", "Mitä voisit tehdä,
        # vaikka soittaa sille?": the coach's own idea offered as the answer (leading)
        cues.append((f"{L.LANG}.lead.hedged_idea", idea, end))
        v.kind, v.suggestion = "leading", True
    elif htype in ("open", "closed"):
        v.kind, v.fact = htype, htype == "closed"
    elif htype == "pick":
        v.kind, v.own_pick = "open", True
    else:  # a statement said with a question mark
        suggest = L.SUGGEST.search(words, 0, end)
        expect = L.EXPECT.search(words, 0, end)
        proposal = advice_like or (suggest[0].rule if suggest else None)
        if proposal:
            cues.append((proposal, 0, end))
            v.kind, v.suggestion = "leading", True
        elif expect:
            cues.append((expect[0].rule, expect[1], expect[1] + expect[2]))
            v.kind = "leading"
        else:
            cues.append((f"{L.LANG}.closed.rising_statement", 0, end))
            v.kind, v.headless = "closed", True
    if what_else and not v.what_else:
        v.what_else = True
    extra, joined = _extra_questions(sent, words, starts, end, found_head, L, v.kind == "leading")
    if scene and extra:
        # "What if you did nothing at all - how would things look?": the scene and the question
        # asked in it are one question
        extra = extra[1:]
    v.scene = scene and not extra
    v.questions = 1 + len(extra)
    if v.request and request and _asked_after_request(sent, words, request, v.head_at, L):
        v.questions += 1  # "Walk me through the handover - and what did you say?": two asked
    if v.kind == "closed" and any(t in ("open", "why") for t in extra + joined):
        v.kind = "open"  # "Who ..., and how will you ...?" asks for more than a fact
    elif v.kind == "closed" and "lead" in extra:
        v.kind, v.suggestion = "leading", True  # "Have you asked Priya, or could Tom ...?"
    v.why = v.why or "why" in extra or "why" in joined
    if v.request and request and _why_asked(words, request, end, L):
        v.why = True  # "Kertoisitko, miksi päätit hakea?": the request asks for the why
    return v


def _hedged_idea(
    sent: Sentence, words: Words, starts: list[int], head_at: int, end: int, L: LanguageRules
) -> int | None:
    """Where a clause after the question's own opens with a hedge and an idea of the coach's
    ("..., maybe end them at five?", "..., vaikka pyytää Jannea?", "..., ehkä perumalla ...?"),
    else None."""
    clause = sent.tokens[head_at].clause
    for s in starts:
        if s <= head_at or s >= end or sent.tokens[s].clause == clause:
            continue
        # the hedge may be a filler too ("maybe"): look at each word up to the first real one
        for j in range(s, min(skip(words, s, end, L.FILLERS) + 1, end - 1)):
            if words[j] in L.HEDGES and L.hedged_idea(words, j + 1):
                return j
    return None


def _offered(sent: Sentence, words: Words, L: LanguageRules) -> Match | None:
    """The offer of the coach's idea that opens the sentence (`OFFERS`), when the idea follows
    it after a colon or a dash ("Here's a thought: a trial month."), else None."""
    n = len(words)
    start = skip(words, 0, n, L.FILLERS)
    found = L.OFFERS.at(words, start) if start < n else None
    if found is None and start < n and words[start] in L.CONDITIONS:
        # leave asked first: "If it's okay, one observation: ...", "Jos sopii, niin kerron
        # yhden havainnon: ..."
        after = next((s for s in sent.clause_starts() if s > start), n)
        start = skip(words, after, n, L.FILLERS)
        found = L.OFFERS.at(words, start) if start < n else None
    if found is None:
        return None
    idea = next((k for k in range(start + found[1], n) if sent.tokens[k].clause in sent.hard), n)
    # "I'd like to share an observation - only if you're happy for me to.": a condition, no idea
    if idea >= n or any(w in L.CONDITIONS for w in words[idea : idea + 2]):
        return None
    return found[0], start, found[1]


def _asked_after_request(
    sent: Sentence, words: Words, request: Match, head_at: int, L: LanguageRules
) -> bool:
    """Whether the question word at `head_at` asks a question of its own after a request to talk
    with its own object: joined to it by "and" in a clause of its own ("Walk me through the
    handover, and what did you say back?", "Kuvaile se tilanne, ja miltä se tuntui?"), not
    the object of the request said in statement order ("..., and how you'll fund it?")."""
    tokens = sent.tokens
    if not request[1] < head_at < len(words) or tokens[head_at].clause == tokens[request[1]].clause:
        return False
    c = max(s for s in sent.clause_starts() if s <= head_at)  # where the head's clause starts
    if skip(words, c, head_at, L.FILLERS | L.COORDINATORS) != head_at:
        return False
    if not any(w in L.COORDINATORS for w in words[c:head_at]):
        return False
    return head_at + 1 >= len(words) or words[head_at + 1] not in L.STATEMENT_ORDER


def _why_asked(words: Words, request: Match, end: int, L: LanguageRules) -> bool:
    """Whether a request to talk asks about a why-clause ("Tell me a bit about why ...",
    "Kerro vähän, miksi ..."); a request to tell someone else ("Voisitko kertoa tiimille,
    miksi ...?") does not."""
    k = skip(words, request[1] + request[2], end, L.FILLERS | L.REQUEST_ABOUT)
    return k < end and L.WHY.at(words, k) is not None


def _attention_only(words: Words, L: LanguageRules) -> str | None:
    """The rule of the call for attention ("You know what?", "No tiiätsä mitä?") that is all
    the sentence says, fillers aside, else None. It is looked for at the first word and after
    the fillers ("you know" is a filler, "no" opens the Finnish one)."""
    n = len(words)
    for first in dict.fromkeys((0, skip(words, 0, n, L.FILLERS))):
        found = L.AGREEMENT.at(words, first) if first < n else None
        if (
            found
            and found[0].row.modifier == "attention"
            and skip(words, first + found[1], n, L.FILLERS) >= n
        ):
            return found[0].rule
    return None


def _scale_moved(words: Words, k: int, L: LanguageRules) -> bool:
    """Whether a word that moves a number on a scale ("lower", "pienempi") follows at `k`,
    perhaps after "a" ("why not a lower number")."""
    return bool(L.SCALE_MOVES.intersection(words[k : k + 2]))


def _listed_pick(sent: Sentence, words: Words, head_at: int, end: int, L: LanguageRules) -> bool:
    """Whether the answers to the question at `head_at` are named after a colon or a dash,
    joined by "or" ("Which feels more doable: a rota swap or agency staff?")."""
    colon = next((k for k in range(head_at + 1, end) if sent.tokens[k].clause in sent.hard), None)
    if colon is None or any(w in L.COORDINATORS for w in words[head_at:colon]):
        return False  # "What will you say, and where - on a call or face to face?"
    listed = range(colon + 1, end)  # "... - or is it ...?" offers another question
    return any(words[k] in L.ALTERNATIVES for k in listed) and not any(
        L.head(words, k, True) for k in sent.clause_starts() if k in listed
    )  # "... - riippumatta siitä, mitä minä tai kukaan muu ajattelee?": an aside


def _named_pick(sent: Sentence, words: Words, at: int, end: int, L: LanguageRules) -> bool:
    """Whether the comparison at `at` ("better", "parempi") weighs two things named with "or"
    in its own clause ("Would Monday or Tuesday be better?", "Olisko parempi soittaa vai
    lähettää viesti?"), a pick between named alternatives rather than the coach's one idea."""
    if words[at] not in L.COMPARISONS:
        return False
    clause = sent.tokens[at].clause
    return any(
        words[k] in L.ALTERNATIVES and sent.tokens[k].clause == clause for k in range(1, end)
    )


def _leave_clause(
    sent: Sentence, words: Words, j: int, clause_end: int, end: int, L: LanguageRules
) -> int:
    """Whether the clause from `j` only asks leave ("Saanko haastaa vähän:", "Can I push you a
    bit on this -"), with no question of its own after the request, and the next clause, after
    a colon or a dash, opens the real question: 1 when a permission cue says so, -1 when only
    its form does (`LanguageRules.leave_lead`: "Can we get creative for a second: ..."), else 0.
    After a comma the clause goes on with the leave ("Saanko antaa palautetta siitä, miten
    ...?", "Haluatko, että mä kerron, mitä ...?"): the offer is the question."""
    # the leave may run over a comma or two before the colon or dash: "Onks ok, jos kysyn
    # vielä siitä riidasta: miten se alko?"
    hard = next(
        (k for k in range(clause_end, end) if sent.tokens[k].clause in sent.hard),
        None,
    )
    if hard is None or (
        hard > clause_end and sent.tokens[hard - 1].clause - sent.tokens[j].clause > 2
    ):
        return 0
    for i in range(j, min(j + 3, clause_end)):
        found = L.ASK_PERMISSION.at(words, i)
        # or a yes/no form of "we" or "I" acting: "Can we get creative for a second: ...?"
        length = found[1] if found else L.leave_lead(words, i) if i == j else 0
        if length:
            # the verb right after the request is its own ("Shall we have some fun: ...")
            if any(L.head(words, k, True) for k in range(i + length + 1, hard)):
                return 0
            n = skip(words, hard, end, L.FILLERS)
            if n >= end or L.head(words, n, True) is None:
                return 0
            return 1 if found else -1
    return 0


def _scene(sent: Sentence, words: Words, lead: Match, L: LanguageRules) -> bool:
    """Whether the "what if" / "mitä jos" found as `lead` (its match, start and length) opens a
    scene to think in rather than proposing the coach's idea: its clause negates something that
    is not the coachee's own doing ("What if nothing stood in the way?", "Entä jos raha ei ois
    este?"; "What if you didn't go?" still proposes), or a question follows it in the same
    sentence ("Mitä jos kaikki menis nappiin, miltä se näyttäis?"), or it is no "what if" at all
    ("What, if anything, ...")."""
    _, i, n = lead
    if sent.tokens[i].clause != sent.tokens[i + 1].clause:
        return True  # "What, if anything, ...": no "what if" at all ("Miten olisi, jos ..." is)
    end = _clause_end(sent, i + n - 1, len(words))  # the clause of "jos" in "Miten olisi, jos"
    for s in sent.clause_starts():
        if s >= end:
            k = skip(words, s, len(words), L.FILLERS)
            if words[s] in L.COORDINATORS or (k < len(words) and words[k] in L.COORDINATORS):
                break  # "What about asking Priya, and what would stop you?": a second question
            h = L.head(words, k, True) if k < len(words) else None
            if h and h[0] in ("open", "why", "pick"):
                return True
    for k in range(i, end):
        if words[k] in L.SECOND_PERSON:
            # "What if you were ...", "What if you weren't ...": a state is a scene; an act proposes
            following = words[k + 1 : k + 2]
            return bool(following) and following[0] in L.SCENE_VERBS
        if words[k] in L.NEGATIONS and k >= i + n:  # "Miten ois, et ...": "et" is no "not" there
            return True
    return False


def _asks_after(words: Words, starts: list[int], s: int, end: int, L: LanguageRules) -> bool:
    """Whether a clause after the one at `s` opens with a question word, an auxiliary and
    "you" ("its ur call, so where do u want to take this"): a question typed without its "?"
    after a statement, as on a phone."""
    for t in starts:
        if s < t < end:
            k = skip(words, t, end, L.FILLERS)
            if (
                k + 2 < end
                and words[k] in L.WH_WORDS
                and words[k + 1] in L.AUX
                and words[k + 2] in L.SECOND_PERSON
            ):
                return True
    return False


def _topic(sent: Sentence, j: int, L: LanguageRules) -> bool:
    """ "ja se auditointi, mitä siinä tuli esiin", "and the audit, what came up": a short noun
    phrase put first, then the question about it, unpunctuated as speech is."""
    k = _clause_end(sent, j, len(sent.tokens))
    words = sent.words()
    return (
        1 <= k - j <= 7
        and words[j] in L.TOPIC_DETERMINERS
        and not L.AUX.intersection(words[j:k])
        # "Tuo kertoo paljon siitä, kuinka ...": the clause after "siitä" is the one it tells of
        and words[k - 1] not in L.CORRELATIVES
        # "Se kertoo, kuinka paljon välität ...": a verb of telling, and the clause is its object
        and not any(w in L.EMBED_VERBS for w in words[j + 1 : k])
    )


def _cleft(words: Words, j: int, end: int, L: LanguageRules) -> bool:
    """Whether the wh-clause at `j` is the subject of a copula later on ("What's really bothering
    you is that ...", "Mitä sä pelkäät, on se, että ..."), with no auxiliary straight after the
    question word ("What do you think is ..." asks)."""
    if j + 1 >= end or words[j] in L.AUX or words[j + 1] in L.AUX:
        return False  # "Do you have any left, or is that gone": a yes/no question
    if j + 3 < end and words[j + 2] in L.AUX and _personal(words[j + 3], L):
        return False  # "What ideas do you have so it is shorter": the noun asked about, inverted
    return any(L.CLEFTS.at(words, k) for k in range(j + 2, min(end, j + 20)))


def _personal(word: str, L: LanguageRules) -> bool:
    """Whether `word` is a personal subject: the coach, the coachee or both of them."""
    return word in L.FIRST_PERSON or word in L.SECOND_PERSON or word in L.WE


def _yes_no_at(words: Words, i: int, L: LanguageRules) -> bool:
    h = L.head(words, i, True)
    return h is not None and h[0] == "yn" and words[i] not in L.CONDITIONAL_REQUESTS


def _yes_no_before(sent: Sentence, words: Words, i: int, L: LanguageRules) -> bool:
    """Whether a yes/no head ("has anyone", "onko") opens the clause of `words[i]`."""
    clause = sent.tokens[i].clause
    for k in range(i - 1, max(-1, i - 4), -1):
        if sent.tokens[k].clause != clause:
            break
        h = L.head(words, k, True)
        if h and h[0] == "yn":
            return True
    return False


def _wish(words: Words, found: Match, end: int, L: LanguageRules) -> bool:
    """Whether the advice cue `found` only says the coach's wish or view ("I'd like to sum up",
    "I'd love to hear ...")."""
    after = found[1] + found[2]
    return found[0].row.modifier == "wish" and after < end and words[after] in L.WISHES


def _advice(words: Words, starts: list[int], end: int, L: LanguageRules) -> str | None:
    return _advice_or_wish(words, starts, end, L)[0]


def _command_at_starts(
    words: Words,
    starts: list[int],
    end: int,
    L: LanguageRules,
    after: int = -1,
    conditional: bool = True,
    hard: frozenset[int] = frozenset(),
) -> str | None:
    """The rule of a command that opens a clause after the word `after`, fillers skipped ("...,
    joten hidasta vähän", "... – slow down a bit"), or with `conditional` the coach's "I'd ..."
    advice there, if any. A clause that starts at one of the positions `hard`, after a colon or
    a dash, is read as if it opened the sentence ("Here's an idea: post the rota ...")."""
    for s in starts:
        if s >= end:
            break
        if s <= after:
            continue
        i = skip(words, s, end, L.FILLERS)
        if _after_short_i(words, s, L):
            continue  # "..., just so I, um, get the full picture, ...": the verb of that "I"
        if i < end:
            rule = (
                L.imperative(words, i)
                or (L.imperative(words[s:], i - s) if s in hard else None)
                or (L.conditional_advice(words, i) if conditional else None)
            )
            if rule and not _leaves_to_them(words, i, end, L):
                return rule
    lo = max(0, after + 1)
    while (frame := L.COMMAND_FRAMES.search(words, lo, end)) is not None:
        # "..., but my gut says keep her on nights": the hunch's command, as if it opened
        lo = frame[1] + frame[2]
        i = skip(words, lo, end, L.FILLERS)
        if i < end and (rule := L.imperative(words[lo:], i - lo)):
            return rule
    return None


def _after_short_i(words: Words, s: int, L: LanguageRules) -> bool:
    """Whether the clause before `s` is a few words ending on the coach's "I" ("just so I,
    um, get ..."): the clause at `s` goes on with that "I"'s verb, no command."""
    before = [w for w in words[max(0, s - 6) : s] if w not in L.FILLERS]
    return bool(before) and before[-1] in L.FIRST_PERSON and len(before) <= 3


def _suggests_we(words: Words, end: int, L: LanguageRules) -> int | None:
    """The index of the coach's verb of suggesting followed, within five words and with no
    "you" between, by "we" or the "let's" form ("I'd suggest we park it", "Mä ehdotan, et
    jätetään tää tähän"), else None."""
    for i in range(end):
        if words[i] not in L.SUGGEST_VERBS or (i and words[i - 1] in L.SECOND_PERSON):
            continue
        for w in words[i + 1 : i + 6]:
            if w in L.SECOND_PERSON:
                break
            if w in L.WE:
                return i
    return None


def _leaves_to_them(words: Words, i: int, end: int, L: LanguageRules) -> bool:
    """Whether the command at `i` only leaves the choice to them ("Trust your gut on this.",
    "Tee niin kuin parhaaksi näet.") with no other command joined to it ("..., and speak to her
    one-on-one", "..., ja puhu niille molemmille")."""
    found = L.LEAVE_TO_THEM.at(words, i)
    if not found:
        return False
    return not any(
        words[k] in L.COORDINATORS
        and (j := skip(words, k + 1, end, L.FILLERS)) < end
        and L.imperative(words, j)
        for k in range(i + found[1], end)
    )


def _advice_or_wish(
    words: Words, starts: list[int], end: int, L: LanguageRules, hard: frozenset[int] = frozenset()
) -> tuple[str | None, Match | None]:
    """The rule of the advice in the words, if any, and the first cue that only says the coach's
    wish ("I'd like to sum up"), read in one pass over the advice table (`hard`: the positions of
    clauses after a colon or a dash, see `_command_at_starts`)."""
    lo, wish = 0, None
    while (found := L.ADVICE.search(words, lo, end)) is not None:
        if _wish(words, found, end, L):
            wish = wish or found  # "I'd like to sum up": the coach's wish, not advice
            lo = found[1] + found[2]
            continue
        return found[0].rule, wish
    return _command_at_starts(words, starts, end, L, hard=hard), wish


def _extra_questions(
    sent: Sentence,
    words: Words,
    starts: list[int],
    end: int,
    found_head: FoundHead | None,
    L: LanguageRules,
    leading: bool = False,
) -> tuple[list[str], list[str]]:
    """The head types of the further distinct questions the sentence asks after its first
    (`leading`: whether the first carries the coach's idea), and of the question words joined
    to the first one ("When and how ...?"), which ask no question of their own."""
    extra: list[str] = []
    joined: list[str] = []
    head_at = found_head[1] if found_head else -1
    head_type = found_head[0][0] if found_head else None
    clause_has_head = {sent.tokens[head_at].clause} if found_head else set()
    tokens = sent.tokens
    # "Could you describe, how ...", "Do you know, who ...": the comma opens an indirect question.
    embeds = any(w in L.EMBEDDING for w in words[max(0, head_at) : head_at + 4])
    # "Onks teillä jo sovittu, kuka tuuraa?": a wh-clause after what was agreed or asked
    agreed = any(w in L.EMBED_WH for w in words[max(0, head_at) : head_at + 4])
    # "between what you aimed for and what happened": a wh-clause after a preposition is a
    # noun phrase, and "and what ..." goes on with it.
    inner_wh = False
    for k in range(max(1, head_at + 1), end):
        if _time_tag(words, k, end, L):
            break  # "..., and by when?": the time of the same plan, not a question of its own
        if tokens[k].clause != tokens[k - 1].clause:
            inner_wh = False  # "..., and who will you tell?": the noun clause ended at the comma
        if words[k] in L.WH_WORDS and words[k - 1] in L.EMBED_BEFORE:
            inner_wh = True
        new_clause = tokens[k].clause != tokens[k - 1].clause
        if _aside(sent, words, k, end, L):
            continue  # "..., do you think?" closes the question; "..., mitä sanot hänelle?" asks
        if (
            words[k] in L.ALTERNATIVES
            # after a pick or a fact asked, only a clause of its own ("Which bits still feel
            # shaky, or is it all solid now?"); "Kumman valitset, soitatko vai lähetätkö ...?"
            # names the options
            and (head_type in ("open", "why") or (head_type in ("pick", "closed") and new_clause))
            and not L.REPHRASE.at(words, k)  # "..., tai siis ylipäätään ...": the same again
            and (j := skip(words, k + 1, end, L.FILLERS)) < end
            and _yes_no_at(words, j, L)
        ):
            # "Mitä vaihtoehtoja näet, vai ootko jo päättänyt?": a yes/no question offered as
            # the other way to answer a wh-question is a second question, not a pick
            extra.append("yn")
            clause_has_head.add(tokens[k].clause)
            continue
        # "Have you asked Priya, or could Tom cover it?": an idea after a plain yes/no question
        offered = (
            words[k] in L.ALTERNATIVES and head_type == "yn" and _idea_offered(words, k + 1, end, L)
        )
        if (
            words[k] in L.ALTERNATIVES
            and (leading or offered)
            and new_clause
            and (j := skip(words, k + 1, end, L.FILLERS | L.HEDGES)) < end
            and (
                offered
                or L.LEADING.at(words, j)
                or _asks_yes_no(words, j, L)
                or any(w in L.HEDGES for w in words[k + 1 : j])  # "..., or maybe move it?"
                or L.idea_verb(words, j)  # "..., or hiring temps?", "..., tai jakaisit ...?"
            )
            and not _same_idea(words, j, end, L)
        ):
            # "Have you tried rotating the on-call, or could IT cover it?": another idea
            # offered with "or" is a second question (decision 10), not one choice; "..., or
            # why not let someone else do it?" asks why too
            extra.append("why" if L.WHY.at(words, j) else "lead")
            clause_has_head.add(tokens[k].clause)
            continue
        if new_clause and k > head_at + 1 and _hedged_addition(words, k, end, L):
            # "Could you email the supplier today, and maybe copy in finance?", "Mitä sanot
            # Jonille, ja ehkä myös muille?": a further act or person offered with "and maybe"
            # is a second question (decision 10), though it has no head of its own
            extra.append("lead" if leading else head_type or "open")
            clause_has_head.add(tokens[k].clause)
            continue
        p = k - 1  # "..., and, um, is the tech back?": the coordinator before a filler set off
        while p > head_at + 1 and (
            (
                words[p] in L.FILLERS
                and words[p] not in L.COORDINATORS
                and tokens[p].clause != tokens[p + 1].clause
            )
            or words[p] in L.HEDGES  # "..., and maybe what would you leave for later?"
        ):
            p -= 1
        if (
            words[p] in L.COORDINATORS
            and (
                _joined_heads(sent, words, head_at, p, L)
                or _joined_heads(sent, words, _wh_before(words, p, L), p, L)
            )
            and (joined_head := L.head(words, k, True))
            and not _bare_question_words(words, end, L)
        ):
            joined.append(joined_head[0])  # "When and how will you tell them?": as open as it
            continue
        if words[p] in L.COORDINATORS and _indirect_pair(sent, words, p, k, end, head_at, L):
            # "Miten tiedät, milloin olet sanonut tarpeeksi ja milloin liikaa?", "How did you
            # decide what to share and what to keep back?": the two halves of one indirect
            # question, the object of the question asked
            continue
        if words[p] in L.COORDINATORS and p > head_at and not inner_wh:
            # "..., and if not, who's chasing them?": a condition, then the second question;
            # "Did the vendor reply, and did finance approve it?": a second yes/no question,
            # whatever its subject
            h = L.head(words, k, True) or after_condition(words, k, end, L, starts)
            after_comma = p >= 1 and tokens[p - 1].clause != tokens[p].clause  # ", and did"
            if h is None and after_comma and sent.asks and words[k] in L.AUX:
                h = ("yn", 1, f"{L.LANG}.closed.second_yes_no")
            if h:
                extra.append(h[0])
                clause_has_head.add(tokens[k].clause)
                continue
        after_and = (
            k >= 2
            and words[k - 1] in L.COORDINATORS
            and tokens[k - 1].clause != tokens[k - 2].clause
        )
        if (new_clause or after_and) and words[k] in L.NEW_TOPIC and k > head_at:
            # "..., entä sen uuden harjoittelijan?", "..., ja entäs viikonloppuna?": the first
            # question asked about them too
            extra.append(head_type or "open")
            clause_has_head.add(tokens[k].clause)
            continue
        coordinated = words[k] in L.COORDINATORS  # counted at the next word instead
        if (
            new_clause
            and tokens[k - 1].clause in clause_has_head
            and _restated_why(words, k, end, L)
        ):
            joined.append("why")  # "What made - sorry, let me put it differently - why did ...?"
            continue
        if (
            embeds
            and new_clause
            and head_type == "open"
            and not L.OPEN_REQUEST.at(words, head_at)  # "Voisitko kertoa, miksi ...?" embeds
            and tokens[k - 1].clause in clause_has_head
            and L.WHY.at(words, skip(words, k, end, L.FILLERS))
        ):
            joined.append("why")  # "What do you think, why ...?": the opinion asked is the why
            continue
        if (
            new_clause
            and tokens[k - 1].clause in clause_has_head
            and not embeds
            and not coordinated
            and words[k] not in L.ALTERNATIVES  # "..., or would you rather ...?" is one choice
            and not (_embedded_after(words, k, head_at, L) and not _bare_asks(words, k, end, L))
            and not L.REPHRASE.at(words, k)  # "..., I mean, what ...": the same question again
            and not _restarted(sent, words, k, end)
            and not _extraposed(sent, words, k, found_head, L)
        ):
            j = skip(words, k, end, L.FILLERS)
            if _false_start(sent, words, k, j, L):
                continue
            h = L.head(words, j, True) if j < end else None
            if agreed and h is not None and h[0] != "yn":
                continue
            if (
                h is not None
                and h[0] != "yn"
                and head_type in ("open", "why", "pick", "closed")
                and tokens[k].clause in sent.hard
            ):
                # "So where does that leave you - what do you think you'll do?": a question
                # word after a dash, with no "and", puts the question again (decision 10);
                # "... - and what stopped you?" asks a second one. Put as open, the question
                # is open.
                joined.append(h[0])
                continue
            # "Miten info meni, kysyikö kukaan mitään?": a yes/no question after a wh one (a
            # copula narrows the first instead: "What did she say, was it the facts?")
            yes_no = h is not None and h[0] == "yn" and head_type in ("open", "why")
            if h and (
                words[j] in L.COMMA_HEADS
                or (yes_no and words[j] not in L.TAG_STARTS and words[j] not in L.AUX)
                or (h[0] == "yn" and head_type == "yn" and _own_yes_no(words, j, L))
            ):
                extra.append(h[0])
                clause_has_head.add(tokens[k].clause)
    return extra[:5], joined


def _restated_why(words: Words, k: int, end: int, L: LanguageRules) -> bool:
    """Whether a word of repair at `k` leads to the question put again as a why-question
    ("What made - sorry, let me put that differently - why did you ...?", "Mitä sä... eiku,
    miksi sä ...?"): the question asked is the one after the repair."""
    m = k
    while m < end and (rep := L.REPHRASE.at(words, m)):
        m = skip(words, m + rep[1], end, L.FILLERS)
    return k < m < end and L.WHY.at(words, m) is not None


def _hedged_addition(words: Words, k: int, end: int, L: LanguageRules) -> bool:
    """Whether the clause at `k` adds one more thing with "and" and a hedge, and no question
    head of its own ("..., and maybe copy in finance?", "..., ja ehkä myös muille?"); a head
    after the hedge is counted at its own word ("..., and maybe what would you leave?")."""
    if words[k] not in L.COORDINATORS:
        return False
    m = skip(words, k + 1, end, L.FILLERS | L.HEDGES | L.COORDINATORS)  # "and maybe also"
    return (
        m < end and any(w in L.HEDGES for w in words[k + 1 : m]) and L.head(words, m, True) is None
    )


def _closing_aside(words: Words, k: int, end: int, L: LanguageRules) -> bool:
    """Whether the words from `k` are only an aside that closes the question ("..., would you
    say?", "..., do you think?")."""
    aside = L.PARENTHETICAL.at(words, k)
    return aside is not None and skip(words, k + aside[1], end, L.FILLERS) >= end


def _aside(sent: Sentence, words: Words, k: int, end: int, L: LanguageRules) -> bool:
    """Whether the words from `k` are an aside that asks nothing of its own: one that closes the
    question ("..., do you think?") or one set off inside it, which goes on after it with no
    head of its own ("Why is it, do you reckon, that the deploys keep breaking?", "How come,
    do you think, the new hires leave?")."""
    aside = L.PARENTHETICAL.at(words, k)
    if aside is None:
        return False
    after = k + aside[1]
    if skip(words, after, end, L.FILLERS) >= end:
        return True  # closes the question
    if words[k - 1] in L.COORDINATORS:
        return False  # "Miltä tuntuu ja mitä luulet, että ...?" asks a second question
    if sent.tokens[after].clause == sent.tokens[after - 1].clause:
        return False
    if words[after] in L.COORDINATORS | L.ALTERNATIVES:
        return True  # "What happened, do you think, and who saw it?": the next is counted there
    j = skip(words, after, end, L.FILLERS)
    return j < end and L.head(words, j, True) is None


def _own_yes_no(words: Words, j: int, L: LanguageRules) -> bool:
    """Whether the yes/no question at `j`, after a comma or a dash that follows another yes/no
    question, asks something of its own ("Is the migration done – has anyone checked the
    flags?", "Joko kahvit on juotu, aloitetaanko?"), not a tag or a check on the first ("...,
    isn't it?", "..., is that right?", "..., onko näin?")."""
    return not (words[j] in L.TAG_STARTS or L.TAGS.at(words, j) or L.CHECK_TAGS.at(words, j))


def _idea_offered(words: Words, k: int, end: int, L: LanguageRules) -> bool:
    """Whether the clause from `k`, after "or", offers someone's possible action: "..., or
    could Tom cover it?", "..., or what about the temps?", "..., vai voisko Pekka hoitaa sen?".
    After a yes/no question about what they did, that is another idea (decision 10); "..., or
    does she still need a buddy?" only asks the other answer."""
    j = skip(words, k, end, L.FILLERS | L.HEDGES)
    if j >= end:
        return False
    if L.LEADING.at(words, j):
        return True
    return words[j] in L.IDEA_MODALS and j + 1 < end and words[j + 1] not in L.FIRST_PERSON


def _same_idea(words: Words, j: int, end: int, L: LanguageRules) -> bool:
    """Whether the yes/no clause at `j` after "or" only checks the idea just offered or the
    talk itself ("..., or is that off the table?", "..., or should I change tack?")."""
    subject = words[j + 1 : j + 2]
    return bool(subject) and (subject[0] in L.FIRST_PERSON or subject[0] in L.BACK_REFERENCE)


def _scale_at(words: Words, end: int, L: LanguageRules) -> Match | None:
    """A number on a scale asked for anywhere in the question ("..., out of ten?", "..., one to
    ten?"); a degree word alone ("how confident") is no scale here."""
    found = L.SCALE.search(words, 0, end)
    return found if found and found[0].row.modifier == "number" else None


def _asks_yes_no(words: Words, i: int, L: LanguageRules) -> bool:
    """Whether a yes/no question, a leading one among them, starts at `i` ("could the agency
    cover it", "ootsä miettiny ...")."""
    h = L.head(words, i, True)
    return h is not None and h[0] in ("yn", "lead", "neg")


def _restarted(sent: Sentence, words: Words, k: int, end: int) -> bool:
    """Whether the clause at `k` starts the question again with the words the clause before it
    ended on, as people do in speech ("what's, what's the mood like", "in the meeting what,
    what do you notice"): a false start is no second question."""
    clause = sent.tokens[k - 1].clause
    for n in (3, 2, 1):
        if k - n < 0 or k + n > end or sent.tokens[k - n].clause != clause:
            continue
        if words[k - n : k] == words[k : k + n]:
            return True
    return False


def _false_start(sent: Sentence, words: Words, k: int, j: int, L: LanguageRules) -> bool:
    """Whether the clause before `k` was a false start that the question from `j` takes up
    again: a bare question word ("mitä, mites sä koit sen"), or a start of three words or fewer
    cut off by a hesitation and begun again with the same word ("What, um, what options do
    you see?", "How is, hm, how are the teachers taking it?", "Do the others, um, do they
    know?")."""
    clause = sent.tokens[k - 1].clause
    before = [i for i in range(k) if sent.tokens[i].clause == clause and words[i] not in L.FILLERS]
    if len(before) == 1 and L.head(words, before[0], True):
        return True
    # the hesitation may be a filler kept as a word, or one left out of the words (a sound of
    # hesitation, "I mean"), which leaves more than a comma and a space between the two
    hesitated = k < j or sent.tokens[k].start - sent.tokens[k - 1].end > 3
    return hesitated and j < len(words) and 0 < len(before) <= 3 and words[before[0]] == words[j]


def _extraposed(
    sent: Sentence, words: Words, k: int, found_head: FoundHead | None, L: LanguageRules
) -> bool:
    """Whether a yes/no question's pronoun stands for the clause at `k` ("Was it fair, how she
    handled it?", "Oliko se reilua, miten hän sen hoiti?"): that clause is its subject."""
    if not found_head or found_head[0][0] not in ("yn", "neg"):
        return False
    clause = sent.tokens[k - 1].clause
    return any(
        words[i] in L.EXTRAPOSED and sent.tokens[i].clause == clause
        for i in range(found_head[1], k)
    )


def _joined_heads(sent: Sentence, words: Words, head_at: int, p: int, L: LanguageRules) -> bool:
    """Whether the question word at `head_at` is joined by the coordinator at `p` to the next
    one before their one verb ("When and how will you tell them?", "Millä tavalla ja missä
    vaiheessa otat hänet mukaan?"): one question about the same act (decision 4)."""
    between = words[head_at + 1 : p]
    return (
        0 <= head_at < p
        and len(between) <= 1
        and all(w in L.WH_NOUNS for w in between)
        and sent.tokens[p].clause == sent.tokens[head_at].clause
    )


def _wh_before(words: Words, p: int, L: LanguageRules) -> int:
    """The question word just before the coordinator at `p`, a noun of it between them allowed,
    when it opens a clause that is the object of the question ("..., sitä, mitä ja milloin
    syöt?"), or -1."""
    for q in (p - 1, p - 2):
        if q >= 1 and (head := L.head(words, q, True)) and head[0] != "yn":
            return q if _embedded_after(words, q, 0, L) else -1
    return -1


def _time_tag(words: Words, k: int, end: int, L: LanguageRules) -> bool:
    """Whether the words from `k` to the question's end are only a bare time asked after it
    ("and by when", "ja milloin"), with no verb of their own."""
    found = L.TIME_TAG.at(words, k)
    return found is not None and k + found[1] >= end


def _bare_question_words(words: Words, end: int, L: LanguageRules) -> bool:
    """Whether the question is question words alone, with no verb to share ("Miks ja miten?",
    "Why and how?"): each asks on its own, as the writers label them. A bare time after them
    ("Kuka ja milloin?", "Who and when?") is read as the time tag before this is asked."""
    return all(
        w in L.COORDINATORS or w in L.FILLERS or L.head(words, i, True) is not None
        for i, w in enumerate(words[:end])
    )


def _indirect_pair(
    sent: Sentence, words: Words, p: int, k: int, end: int, head_at: int, L: LanguageRules
) -> bool:
    """Whether the coordinator at `p` joins the second half of an indirect question to its first:
    the question word at `k` repeats the one that opened a clause after a verb of knowing, asking
    or deciding ("Saanko kysyä, mitä saat kertoa ja mitä et?", "Can I ask how much of it is
    about the numbers and how much is about you?"), with no comma before the coordinator. Two
    questions set apart by a comma ("Voisitko kertoa, mitä tapahtui, ja mitä sanoit?"), two
    question words ("Could you tell me how it was announced and what people said?") and a pair
    asked directly ("Mikä toimii ja mikä ei?") stay two, as the writers label them."""
    tokens = sent.tokens
    clause = tokens[p].clause
    if p < 1 or tokens[p - 1].clause != clause or k >= end:
        return False
    first = next(
        (
            w
            for w in range(p - 1, max(head_at - 1, 0), -1)
            if words[w] == words[k] and tokens[w].clause == clause
        ),
        None,
    )
    opened = L.head(words, first, True) if first is not None else None
    if first is None or opened is None or opened[0] == "yn":
        return False
    if words[first - 1] in L.EMBED_VERBS or words[first - 1] in L.EMBEDDING:
        return True  # "Saanko kysyä, mitä ...", "How did you decide what ..."
    if tokens[first - 1].clause != clause:  # "Tiedätkö jo, kuka ...": the clause after a comma
        return _embedded_after(words, first, head_at, L) or any(
            w in L.EMBEDDING for w in words[max(0, head_at) : first]
        )
    return False


def _bare_asks(words: Words, k: int, end: int, L: LanguageRules) -> bool:
    """Whether the words from `k` to `end` are question words alone, joined ("Mitä aiot sanoa
    tiimille, milloin ja missä?", "..., kenelle ja milloin?"): no clause a verb of telling could
    hold, but more questions (every such labelled line is stacked)."""
    tail = range(k, end)
    asks = [i for i in tail if (h := L.head(words, i, True)) is not None and h[0] != "yn"]
    return len(asks) >= 2 and all(
        i in asks or words[i] in L.COORDINATORS or words[i] in L.CORRELATIVE_AFTER for i in tail
    )


def _embedded_after(words: Words, k: int, head_at: int, L: LanguageRules) -> bool:
    """Whether the clause at `k` is the object of a verb of telling or asking just before it
    ("aiot kertoa minulle, miten kävi") or of a correlative ("kuullut siitä, miten ...")."""
    if words[k - 1] in L.CORRELATIVES:
        return True
    if k >= 2 and words[k - 1] in L.CORRELATIVE_AFTER and words[k - 2] in L.CORRELATIVES:
        return True  # "Miten tämä sopii yhteen sen kanssa, millainen esihenkilö haluat olla?"
    # the one asked or told named before the comma: "kysyisit siltä naapuriosaston
    # esihenkilöltä, miten ..." (English puts no comma there)
    last = k - 1  # "kysyisitkö sä siltä ihan vaan, miten ...": the one asked before fillers
    while last > head_at + 1 and words[last] in L.FILLERS:
        last -= 1
    # ... or the one asked, then where or when: "kysyä koko tiimiltä palaverissa, kuka ..."
    asked = L.RECIPIENT_ENDINGS and any(
        w.endswith(L.RECIPIENT_ENDINGS) for w in words[max(head_at + 1, last - 1) : last + 1]
    )
    reach = 6 if asked else 3
    return any(w in L.EMBED_VERBS for w in words[max(head_at + 1, last + 1 - reach) : k])


def _what_worked(words: Words, n: int, L: LanguageRules) -> tuple[str, int, int] | None:
    """The cue of a statement that tells what worked for the coach: their own past (`OWN_PAST`)
    and that it worked (`WORKED`) in the same sentence, with no "you" in it ("Kokeilit sitä, ja
    se auttoi." reads back their own)."""
    if any(w in L.SECOND_PERSON for w in words):
        return None
    past = L.OWN_PAST.search(words, 0, n)
    worked = L.WORKED.search(words, 0, n) if past else None
    if worked is None:
        return None
    return worked[0].rule, worked[1], worked[1] + worked[2]


def _summed_up(sent: Sentence, words: Words, starts: list[int], L: LanguageRules) -> int | None:
    """Where the list starts when the sentence sums up ("So the plan is: A, B and C."): a word
    of `SUMMING` among its first three, a colon within its first seven words, no word of the
    coach's own before it ("So here's what I'd do: ..."), and two items or more after it
    (clauses, or words joined by a coordinator). None otherwise."""
    colon = next((k for k in starts if k and sent.tokens[k].clause in sent.colons), None)
    if colon is None or colon > 7 or not any(w in L.SUMMING for w in words[:3]):
        return None
    if any(w in L.FIRST_PERSON for w in words[:colon]):
        return None
    items = sum(1 for k in starts if k > colon) + any(w in L.COORDINATORS for w in words[colon:])
    return colon if items >= 1 else None


def _statement(
    sent: Sentence,
    words: Words,
    starts: list[int],
    L: LanguageRules,
    cues: list[tuple[str, int, int]],
) -> Verdict:
    n = len(words)
    request = _at_starts(L.OPEN_REQUEST, words, starts, L.FILLERS, n)
    if request and (let_know := L.OTHER.at(words, request[1])):
        # "..., joten kerro, jos jokin kysymys tuntuu oudolta": let me know if, no request
        cues.append((let_know[0].rule, request[1], request[1] + let_know[1]))
        return Verdict("other", False, body_end=n, cues=cues)
    if request and L.imperative(words, request[1]) is None:
        cues.append((request[0].rule, request[1], request[1] + request[2]))
        why = _why_asked(words, request, n, L)  # "Kerro vähän, miksi se on tärkeää."
        return Verdict("open", True, why, questions=1, request=True, body_end=n, cues=cues)
    if offered := _offered(sent, words, L):
        # "I'd like to offer something, if you're open to it: clients want news more than
        # dates.": the idea offered after the colon is advice, a command or not
        cues.append((offered[0].rule, offered[1], offered[1] + offered[2]))
        return Verdict("advice", False, body_end=n, cues=cues)
    if (listed := _summed_up(sent, words, starts, L)) is not None:
        # "So before May: visit Lisbon, meet their lead, and run one joint workshop.", "Eli
        # kolme asiaa: budjetti, rekry ja muutto.": a list after a summing up and a colon reads
        # back what they said or plan (writers: a reflection 150 times in 151), its commands too
        cues.append((f"{L.LANG}.reflect.summed_up", 0, listed))
        return Verdict("reflection", False, body_end=n, cues=cues)
    strong = _at_starts(L.REFLECT_STRONG, words, starts, L.FILLERS, n)
    if strong and (
        command := _command_at_starts(words, starts, n, L, strong[1], conditional=False)
    ):
        # "Sä puhut tosi nopeesti – hidasta vähän.": the mirror leads to a command, and the
        # final move sets the kind (decision 7)
        cues.append((command, 0, n))
        return Verdict("advice", False, body_end=n, cues=cues)
    if strong:
        cues.append((strong[0].rule, strong[1], strong[1] + strong[2]))
        return Verdict("reflection", False, body_end=n, cues=cues)
    first = skip(words, 0, n, L.FILLERS)
    if first < n and words[first] in L.SCENE_OPENERS:
        # "Kuvittele, et joku kollega ois sun paikalla.": a scene to think in; its words are
        # no advice ("sun paikalla")
        cues.append((f"{L.LANG}.reflect.scene", first, first + 1))
        return Verdict("reflection", False, body_end=n, scene=True, cues=cues)
    suggested = _suggests_we(words, n, L)
    if suggested is not None:
        # "I suggest we park the budget for now.", "Ehdotan, että käydään ensin läpi ...": the
        # coach proposes how the talk goes on, no advice
        cues.append((f"{L.LANG}.other.structuring", suggested, suggested + 1))
        return Verdict("other", False, body_end=n, cues=cues)
    if (worked := _what_worked(words, n, L)) is not None:
        # "When I was in the same spot, I asked everyone for anonymous feedback, and it helped.",
        # "Meillä edellisessä firmassa ..., ja kaikki tykkäs siitä.": what worked for the coach
        # is advice told as a story (the writers: 15 such lines advice, none other)
        cues.append(worked)
        return Verdict("advice", False, body_end=n, cues=cues)
    hard = frozenset(k for k in starts if sent.tokens[k].clause in sent.hard)
    advice, wish = _advice_or_wish(words, starts, n, L, hard)
    if advice:
        span = L.ADVICE.search(words, 0, n)
        a, b = (span[1], span[1] + span[2]) if span and span[0].rule == advice else (0, 1)
        cues.append((advice, a, b))
        return Verdict("advice", False, body_end=n, cues=cues)
    if wish is not None:  # "I'd like to sum up before we finish."
        a, b = wish[1], wish[1] + wish[2] + 1
        cues.append((f"{L.LANG}.other.wish", a, b))
        return Verdict("other", False, body_end=n, cues=cues)
    left = _at_starts(L.LEAVE_TO_THEM, words, starts, L.FILLERS, n)
    if left:  # "..., so go with what feels right.": the choice left to them, no advice
        cues.append((left[0].rule, left[1], left[1] + left[2]))
        return Verdict("other", False, body_end=n, cues=cues)
    if first >= n:
        cues.append((f"{L.LANG}.other.interjection", 0, n))
        return Verdict("other", False, body_end=n, cues=cues)
    other = L.OTHER.at(words, first) or L.OTHER.at(words, 0)
    if other:
        i = first if L.OTHER.at(words, first) else 0
        cues.append((other[0].rule, i, i + other[1]))
        return Verdict("other", False, body_end=n, cues=cues)
    weak = L.REFLECT_WEAK.at(words, 0)
    if weak:
        cues.append((weak[0].rule, 0, weak[1]))
        return Verdict("reflection", False, body_end=n, cues=cues)
    has_you = any(w in L.SECOND_PERSON for w in words)
    if words[first] in L.FIRST_PERSON and not has_you:
        cues.append((f"{L.LANG}.other.about_coach", first, first + 1))
        return Verdict("other", False, body_end=n, cues=cues)
    if words[first] in L.WE or (
        subordinate(words, first, n, L) and lets_after(words, first, n, L, starts)
    ):
        # "Let's start with ...", "Jos sopii, aloitetaan siitä, mikä ...": structuring
        cues.append((f"{L.LANG}.other.structuring", first, first + 1))
        return Verdict("other", False, body_end=n, cues=cues)
    if has_you:
        i = next(k for k, w in enumerate(words) if w in L.SECOND_PERSON)
        cues.append((f"{L.LANG}.reflect.about_you", i, i + 1))
        return Verdict("reflection", False, body_end=n, cues=cues)
    if n - first <= 2:
        cues.append((f"{L.LANG}.other.short", first, n))
        return Verdict("other", False, body_end=n, cues=cues)
    cues.append((f"{L.LANG}.reflect.statement", first, n))
    return Verdict("reflection", False, body_end=n, cues=cues)
