"""What the rules read in an utterance (`read`), and the features the learned model sees (`features`).

The rules handle surface form: sentences, question marks, clitics, why-words, stacking, tags, and
the named cues of every phrase table. Their verdict on kind and stage is one more feature for the
model, which decides those (model.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from coachkit.analysis.classify import QUESTION_KINDS, STATEMENT_KINDS, Verdict, classify
from coachkit.analysis.grow import grow_stage
from coachkit.analysis.model import MAX_WORDS, ngram_features
from coachkit.analysis.openers import skip, subordinate
from coachkit.analysis.rules import LanguageRules
from coachkit.analysis.tokens import Sentence, fold, joined, respell, sentences

# Longer texts are analysed from their start: a turn is a few sentences, and the cost of every
# keystroke must stay flat however much is pasted.
MAX_CHARS = 4000
MAX_SENTENCES = 24
MAX_TOKENS = 120  # about 1,000 characters of prose: the practice field's limit
FLAG_TABLES = ("ASK_PERMISSION", "AFFIRM", "AUTONOMY", "COMPLEX", "FEELING", "SCALE")
"""The cue tables read anywhere in a turn (the model's `hit:` features): the behaviour flags'
cues, words of feeling and scaling questions."""


@dataclass(frozen=True, slots=True)
class Reading:
    """The rules' reading of an utterance.

    Attributes:
        head: The part of the text that was read (its first `MAX_CHARS` characters).
        sents: Its sentences, spoken forms read as written ones.
        parts: Each sentence with its verdict.
        kind, why, stacked, grow, questions, what_else: The rules' verdict on the whole.
        cues: (sentence, rule, first token, end token) spans behind the verdict.
        hits: The behaviour-flag cues found, as (table, rule, sentence, first token, end token).
        advised: Whether advice was given just before the first question ("I'd raise it with
            the team. What do you think?"): the turn is then advice, and the question only
            asks about the coach's solution.
        answered: Whether the coach answered their own question with advice after it ("What
            do you want to do? I'd cancel the meeting."): the turn is then advice.
        own_pick: Whether a question asks for a choice among the coachee's own options, none
            named in it ("Which of those feels best to you?"): open, not a pick from a list.
        fact: Whether the last question asks one fact with a question word ("Who books your
            meetings?", "Milloin se alkoi?"), not yes or no.
        worded: Whether the last question is asked with a question word ("Who else knows?"),
            however the rules read it.
    """

    head: str
    sents: tuple[Sentence, ...]
    parts: tuple[tuple[Sentence, Verdict], ...]
    kind: str
    why: bool
    stacked: bool
    grow: str | None
    questions: int
    what_else: bool
    cues: tuple[tuple[Sentence, str, int, int], ...]
    hits: tuple[tuple[str, str, Sentence, int, int], ...]
    advised: bool = False
    answered: bool = False
    own_pick: bool = False
    fact: bool = False
    worded: bool = False

    def flagged(self, table: str) -> bool:
        """Whether a cue of the flag table `table` (e.g. "AFFIRM") was found."""
        return any(h[0] == table for h in self.hits)


def read(text: str, L: LanguageRules) -> Reading:
    """The rules' reading of `text` in the language of `L`."""
    head = text[:MAX_CHARS]
    folded = fold(head)
    sents = tuple(
        _spoken(s, L)
        for s in _budget(sentences(head, folded, MAX_SENTENCES, L.ABBREVIATIONS, L.COORDINATORS))
    )
    parts = _false_starts_left(sents, L)
    asked = [(s, v) for s, v in parts if v.question]
    cues: list[tuple[Sentence, str, int, int]] = []
    advised = answered = False
    leave = [_asks_leave(s, v, L) for s, v in asked]  # read once: three rules below use it
    offered = _offers_after_leave(parts, leave, L) if asked else None
    if offered:
        # "Can I suggest something? Chase procurement today.": the idea given after asking
        # leave is the turn (LABELS.md: advice + permission), and so is what the coach hears
        # ("May I say what I notice? You ..."); the question only asked leave.
        asked = []
    if asked:
        questions = sum(v.questions for _, v in asked)
        # "Mitä jos sä... tai no, mitä muita keinoja näet?": a question left off and asked
        # again counts once, and the one asked in full decides the kind and the stage
        again = [_asked_again(s, t, L) for (s, _), (t, _) in zip(asked, asked[1:], strict=False)]
        questions -= _leave_asked(asked, leave) + sum(again) + _narrowed(asked, L)
        # "What if nothing stood in the way? What would you change first?": a scene set for the
        # question after it is no question of its own
        questions -= sum(1 for _, v in asked[:-1] if v.scene)
        examples, guesses = [], []
        for (s, v), (t, w) in zip(parts, parts[1:], strict=False):
            if v.question and not w.question and _guessed_answer(t, L):
                # "What's stopping you? I suspect it's time, not money.", "Kuka vois tukee
                # sua? Vaikka Timo.": the coach's guess at the answer, or an example of it, said
                # after the question carries the answer expected (leading); advice said so is
                # still advice (decision 7)
                if not _asks_leave(s, v, L):  # "Saanks mä sanoo yhen asian? Mä luulen ..."
                    guesses.append(t)
            elif v.question and not w.question and _bare_follow_up(t, L):
                # "What's good about it? and the downside": the same asked again about
                # something else, typed without its "?" (as "Entä X?" is, decision 10)
                questions += 1
            elif (
                v.question
                and w.question
                and _example_answer(v, t, w, L)
                and not (v.kind == "closed" and (_asks_leave(s, v, L) or _asked_again(s, t, L)))
            ):
                # "What could help? Maybe no screens after ten?": an example offered as the
                # answer to the open question before it is the coach's idea, no second
                # question (leading); one that only narrows it was taken back above
                examples.append(t)
                if not _narrows(t, w, L):
                    questions -= 1
            elif v.kind == w.kind == "closed" and _other_way(t, L):
                # "Onko tavoite sinun omasi? Vai onko se annettu ylhäältä?": the other way a
                # yes/no question may go, asked as a sentence of its own, is one pick (closed);
                # another idea offered so ("Have you tried X? Or Y?") asks again (decision 10)
                questions -= 1
        cues.extend((t, f"{L.LANG}.lead.example_answer", 0, len(t.tokens)) for t in examples)
        cues.extend((t, f"{L.LANG}.lead.guessed_answer", 0, len(t.tokens)) for t in guesses)
        # a question may be taken back by two rules at once (leave asked, then the question
        # asked again: "haluisitsä että mietitään... siis mitä ...?"); a turn that asks keeps one
        questions = max(questions, 1)
        # "Would it be ok if I asked more? What went on?": the question asked after leave is
        # the one to answer; the leave decides neither the kind nor the stage.
        asked = [
            p for k, p in enumerate(asked) if k == len(asked) - 1 or not (leave[k] or again[k])
        ]
        kind = (
            "leading"
            if examples or guesses
            else min((v.kind for _, v in asked), key=QUESTION_KINDS.index)
        )
        why = any(v.why for _, v in asked)
        context = [s for s, v in parts if not v.question]
        grow, grow_cues = grow_stage(asked, L, context)
        what_else = any(v.what_else for _, v in asked)
        for s, v in asked:
            cues.extend((s, *c) for c in v.cues)
        cues.extend(grow_cues)
        # the first question asked, leave aside ("Can I be blunt? Cap it at thirty minutes. What
        # do you think?": the advice comes before the real question)
        first = next(k for k, (_, v) in enumerate(parts) if any(v is w for _, w in asked))
        said_first = any(
            v.kind == "advice" and not _interrupts(s.words(), L) for s, v in parts[:first]
        )
        asked_first = parts[first][1]
        # "I'd raise it with the team. What do you think?": the coach's own solution is the
        # turn, and the question after it only asks about it (decision 1, settled by the
        # independent writers: advice)
        advised = (
            (kind in ("open", "closed") and (said_first or _advice_first(*parts[first], L)))
            or asked_first.tagged_command
            or (asked_first.only_tag and said_first)
        )
        # "Mitä sä haluut tehdä? Mun mielestä sun pitäis perua koko palaveri.": the coach
        # answers their own question with advice, and the last move decides (decision 7)
        last_asked = max(k for k, (_, v) in enumerate(parts) if v.question)
        told = [s for s, v in parts[last_asked + 1 :] if v.kind == "advice"]
        answered = not advised and bool(told)
        if advised or answered:
            # advice either way: no stage, and no question of its own
            kind, grow, why, questions, what_else = "advice", None, False, 0, False
            at, rule = (
                (parts[first][0], "then_question") if advised else (told[0], "after_question")
            )
            cues.append((at, f"{L.LANG}.advice.{rule}", 0, len(at.tokens)))
    else:
        said = [(s, v) for s, v in parts if not v.question]
        kind = "other" if not said else min((v.kind for _, v in said), key=STATEMENT_KINDS.index)
        if offered == "idea" and kind in ("reflection", "other"):
            kind = "advice"  # "Want a suggestion? A quick debrief after each consult."
        why, questions, grow, what_else = False, 0, None, False
        for s, v in said:
            if v.kind == kind:
                cues.extend((s, *c) for c in v.cues)
    hits = []
    for name in FLAG_TABLES:
        table = getattr(L, name)
        for s in sents:
            hits += [(name, p.rule, s, i, i + n) for p, i, n in table.scan(s.words(), True)]
    for s, _ in asked:  # "May I ask what ...": the permission asked before a question
        words = s.words()
        for k in s.clause_starts()[:2]:
            found = L.PERMISSION.at(words, k)
            if found:
                hits.append(("ASK_PERMISSION", found[0].rule, s, k, k + found[1]))
    return Reading(
        head=head,
        sents=sents,
        parts=parts,
        kind=kind,
        why=why,
        stacked=questions >= 2,
        grow=grow,
        questions=questions,
        what_else=what_else,
        cues=tuple(cues),
        hits=tuple(hits),
        advised=advised,
        answered=answered,
        own_pick=any(v.own_pick for _, v in asked),
        fact=bool(asked) and asked[-1][1].fact,
        worded=bool(asked) and asked[-1][1].worded,
    )


def _false_starts_left(
    sents: tuple[Sentence, ...], L: LanguageRules
) -> tuple[tuple[Sentence, Verdict], ...]:
    """Each sentence with its verdict, a question broken off with a dash and left for what
    follows taken out ("Do you— okay, what do you think is driving it?", "Mitä— eli jos
    ymmärsin oikein, ..."): it is no question of the turn. A dash that only breaks the sentence
    ("Miltä se tuntu, kun johtoryhmä— kun ne ilmotti sen?") joins its two halves again."""
    out: list[tuple[Sentence, Verdict]] = []
    held: tuple[Sentence, Verdict] | None = None
    for t in sents:
        if held is not None:
            h, v = held
            again = _started_again(h, t, L) if v.question else None
            # "What did you try and— and how ...?": the question before "and" was asked in full
            t = joined(h, t) if again is None or h.words()[-1] in L.COORDINATORS else again
        held = None
        if t.broken:
            held = (t, classify(t, L))
        else:
            out.append((t, classify(t, L)))
    if held is not None:
        out.append(held)
    return tuple(out)


def _started_again(s: Sentence, t: Sentence, L: LanguageRules) -> Sentence | None:
    """`t` as said when, after the question `s` broken off, it starts again: a question asked
    from its head, fillers and words of repair aside ("okay, what ...", "sorry, wouldn't it
    ...", "tai ei, mitä sä ajattelit ..."; a question even when typed without its "?"), or a
    statement of its own ("no, scratch that, I'm doing it again"). None when `t` is the rest
    of the broken sentence ("kun ne ilmotti sen?", "even crazy ones?", "ihan arjessa") or one
    of its clauses started again ("How did it feel when the board— when they told you?")."""
    words = t.words()
    j = skip(words, 0, len(words), L.FILLERS)
    if j == len(words) or words[j] in s.words()[1:]:
        return None
    at = j if L.REPHRASE.at(words, j) else 0  # "or rather": "or" alone is a filler
    repair = L.REPHRASE.at(words, at)
    if repair:  # "tai ei, mitä ...", "I mean, what ..."
        j = skip(words, at + repair[1], len(words), L.FILLERS)
    if j < len(words) and L.head(words, j, True) is not None:
        return t if t.asks else replace(t, asks=True)
    if _repaired(words, L) or (not classify(t, L).question and len(words) >= 4):
        return t
    return None


def _guessed_answer(t: Sentence, L: LanguageRules) -> bool:
    """Whether the statement `t` opens, fillers aside, with the coach's guess (`GUESSES`: "I
    suspect ...", "Mä veikkaan ...") or with an example word ("Vaikka Timo, ...", "Maybe the
    Friday slot.")."""
    words = t.words()
    i = skip(words, 0, len(words), L.FILLERS)
    return _example_first(words, L) or (i < len(words) and L.GUESSES.at(words, i) is not None)


def _example_first(words: tuple[str, ...], L: LanguageRules) -> bool:
    """Whether a word of `EXAMPLE_WORDS` is among the first two of `words` ("Maybe ...",
    "Vaikka Timo, ...", "A walk, maybe")."""
    return any(x in L.EXAMPLE_WORDS for x in words[:2])


def _example_answer(v: Verdict, t: Sentence, w: Verdict, L: LanguageRules) -> bool:
    """Whether the question `t` (read as `w`) only offers an example answer to the question
    read as `v` before it: a word of `EXAMPLE_WORDS` among its first two words, as its last, or
    set off by a comma as its third ("Maybe something like no screens after ten?", "A walk home
    instead, maybe?", "Vaikkapa se, että ...?", "Friday afternoon, maybe, once the timetable is
    done?"), and no question word of its own. A yes/no or one-fact question may be answered so
    too ("Milloin ehtisit? Ehkä jo torstaina?")."""
    if v.kind not in ("open", "closed") or w.kind not in ("closed", "leading"):
        return False
    words = t.words()
    third = len(words) > 2 and words[2] in L.EXAMPLE_WORDS and t.tokens[2].clause > 0
    return bool(words) and (third or _example_first(words, L) or words[-1] in L.EXAMPLE_WORDS)


def _other_way(s: Sentence, L: LanguageRules) -> bool:
    """Whether the sentence `s` opens with "or" and a yes/no question of its own ("Or was it
    handed down to you?", "Vai onko se annettu ylhäältä?"), not with an idea ("Or thought about
    mediation?")."""
    words = s.words()
    if len(words) < 2 or words[0] not in L.ALTERNATIVES:
        return False
    head = L.head(words, 1, True)
    return head is not None and head[0] == "yn"


def _bare_follow_up(s: Sentence, L: LanguageRules) -> bool:
    """Whether the sentence `s` is only "and" or "entä" with a few words and no verb of a person
    ("and the not-so-good things", "entä ne muut"): the question before it asked again."""
    words = s.words()
    if not 2 <= len(words) <= 6 or not (words[0] in L.NEW_TOPIC or words[0] in L.COORDINATORS):
        return False
    if s.tokens[-1].clause != s.tokens[0].clause:
        return False  # "And honestly, it's your call.": a clause of its own
    return not any(w in L.AUX or w in L.FIRST_PERSON for w in words[1:])


def _advice_first(s: Sentence, v: Verdict, L: LanguageRules) -> bool:
    """Whether the question sentence `s` opens with advice in clauses of its own and asks its
    question after them ("Mä kävisin ensin luottamusmiehen luona – miltä kuulostaa?", "I'd
    hand the rota to the shift leads, what do you think?"): advice with a question tacked on,
    as when the two are sentences of their own (LABELS.md decision 1). Leave asked first is no
    advice, nor is a condition, which may hold a phrase of advice ("If a colleague were in your
    shoes, what would they do?")."""
    cut = max((k for k in s.clause_starts() if k <= v.head_at), default=0)
    if cut == 0:
        return False
    words = s.words()
    start = skip(words, 0, cut, L.FILLERS)
    if start >= cut or subordinate(words, start, cut, L) or L.ASK_PERMISSION.at(words, start):
        return False
    if _interrupts(words[:cut], L):
        return False  # "Wait, who's 'they' here?": the talk stopped for the question
    said = replace(s, tokens=s.tokens[:cut], end=s.tokens[cut - 1].end, asks=False, exclaims=False)
    return classify(said, L).kind == "advice"


def _interrupts(words: Sequence[str], L: LanguageRules) -> bool:
    """Whether `words` only stop the talk for what comes next ("Wait,", "Hold on a sec,",
    "Oota vähän,"), fillers aside."""
    said = tuple(words)
    i = skip(said, 0, len(said), L.FILLERS)
    found = L.INTERRUPTIONS.at(said, i) if i < len(said) else None
    return found is not None and skip(said, i + found[1], len(said), L.FILLERS) == len(said)


def _asks_leave(s: Sentence, v: Verdict, L: LanguageRules) -> bool:
    """Whether the question sentence `s` only asks leave to go on ("Mind if we go back a step?",
    "Can I suggest something?"), not a question that embeds another ("May I ask what ...")."""
    words = s.words()
    start = skip(words, 0, len(words), L.FILLERS)
    # "Before we go on, do you mind if ...": the question after a preamble opens it
    first = v.head_at if start < v.head_at < len(words) else start
    head = L.head(words, first, True) if first < len(words) else None
    # "Do you mind if ...", "Would it be ok ..." open the sentence; a yes/no question may seek
    # collaboration further on too ("Would you like to brainstorm this together?").
    reach = len(words) if head and head[0] == "yn" else min(first + 3, len(words))
    for i in range(reach):  # from the first word: "Okay if we ..." starts with a filler
        found = L.ASK_PERMISSION.at(words, i) or L.PERMISSION.at(words, i)
        if found and v.questions >= 2 and s.tokens[i].clause != s.tokens[v.head_at].clause:
            return False  # "Will you email them today, and do you want me to draft it?"
        if found:
            end = i + found[1]
            # "Can I tell you what I notice?", "Saanko sanoa, mitä kuulen?": leave to say
            # something, though a wh-word follows
            to_say = _says(words[i : max(end, v.head_at)], L)
            if v.head_at >= end:
                return to_say  # "Saanko haastaa vähän: mitä ...?": the question follows
            after = skip(words, end, len(words), L.FILLERS)
            return to_say or not (after < len(words) and L.head(words, after, True))
    # "Could we step back for a second?": "we" or "I" asked to act on the talk for a moment, by
    # its form, with no question inside it
    lead = L.leave_lead(words, start) if start < len(words) else 0
    if lead and any(w in L.LEAVE_SOFTENERS for w in words[start + lead :]):
        return not any(L.head(words, k, True) for k in range(start + lead + 1, len(words)))
    return _own_story(words, L)


def _own_story(words: tuple[str, ...], L: LanguageRules) -> bool:
    """Whether the question `words` asks leave to tell the coach's own experience: an offer to
    tell near its start and a word of the coach's own after it ("Do you want to hear what worked
    for me?", "Haluatko kuulla, miten edellisessä työpaikassani tehtiin?")."""
    start = skip(words, 0, len(words), L.FILLERS)
    for i in range(start, min(start + 3, len(words))):
        found = L.OWN_STORY.at(words, i)
        if found:
            return any(
                w in L.FIRST_PERSON or w in L.WE or (L.OWN_SUFFIXES and w.endswith(L.OWN_SUFFIXES))
                for w in words[i + found[1] :]
            )
    return False


def _leave_asked(asked: list[tuple[Sentence, Verdict]], leave: list[bool]) -> int:
    """How many of the questions only ask leave before the real one ("Mind if we go back a
    step? What have you tried?", "Saisinko kysyä vielä yhden asian: kuinka ...?"): a request for
    permission before the real question is no second question (LABELS.md: permission), so the
    turn is not stacked for it. `leave[k]`: whether question `k` only asks leave."""
    return sum(
        1 for k, (_, v) in enumerate(asked) if (v.questions >= 2 or k < len(asked) - 1) and leave[k]
    )


def _offers_after_leave(
    parts: Sequence[tuple[Sentence, Verdict]], leave: list[bool], L: LanguageRules
) -> str | None:
    """Whether every question only asks leave (`leave`, one flag per question) and the turn goes
    on to say what leave was asked for: "said" when advice or a reflection follows ("Can I say
    what I'm hearing? You're carrying it all alone."), "idea" when leave was asked to give an
    idea and a statement of no other kind follows it ("Want a suggestion? A quick debrief after
    each consult."), else None."""
    last = max(k for k, (_, v) in enumerate(parts) if v.question)
    if not all(leave):
        return None
    said = {v.kind for _, v in parts[last + 1 :]}
    to_say = any(_says(s.words(), L) for s, v in parts[: last + 1] if v.question)
    # "Do you want a suggestion? A quick debrief after each consult.": the idea offered, said
    # without a verb of its own, is the advice
    idea = any(
        w.startswith(L.IDEA_STEMS) for s, v in parts[: last + 1] if v.question for w in s.words()
    )
    if "reflection" in said and idea:
        return "idea"
    if "advice" in said or ("reflection" in said and to_say):
        return "said"
    # "Do you want to hear what worked for me? I posted the priorities every Monday.": the
    # coach's own experience, told after leave to tell it, is the idea offered
    if said and said <= {"reflection", "other"} and _own_story(parts[last][0].words(), L):
        return "idea"
    return None


def _says(words: Sequence[str], L: LanguageRules) -> bool:
    """Whether a verb of saying is among `words` ("Can I tell you ...", "Saanko sanoa ...")."""
    return any(w.startswith(L.SAY_STEMS) for w in words)


def _asked_again(s: Sentence, t: Sentence, L: LanguageRules) -> bool:
    """Whether the question `t` only asks the question `s` again, as people do in speech: a
    false start is no second question. `s` is a false start when it is a question sentence
    without a question mark whose words, fillers left out, open `t` word for word ("Is that...
    is that fair to say?"); a fragment of a few words, or one cut off at an auxiliary, that
    trails off before `t` asks again from its head ("what's the... what would a good outcome
    look like?", "How many times has... how often ...?"); a fragment left off and put again
    after a word of repair ("What is the reason... or rather, why ...?", "Mitä sä... eiku,
    miten ...?"); or the same question asked again ("Miltä tuntuu nyt? Siis ihan rehellisesti,
    miltä tuntuu?")."""
    skipped = L.FILLERS | L.COORDINATORS | L.ALTERNATIVES  # "... or, what"
    a = tuple(w for w in s.words() if w not in L.FILLERS)
    b = tuple(w for w in t.words()[skip(t.words(), 0, len(t.tokens), skipped) :])
    if not a:
        return False
    if not s.asks and b[: len(a)] == a:
        return True  # "Is that... is that fair to say?"
    cut_off = a[-1] in L.AUX and len(a) <= 6  # "How many times has... how often ...?"
    if s.trails and (len(a) <= 3 or cut_off) and b and L.head(b, 0, True):
        # "what's the... what would ...", but not "What happened... and how did they react?"
        return t.words()[0] not in L.COORDINATORS
    if s.asks and _repaired(t.words(), L, at_once=True):
        # "How did the review go? Like, what did they actually say?", "Mitä muut tekis? Tai
        # no, mitä sä ite tekisit?": the question asked again after a word of repair
        return True
    if s.trails and not s.asks and _repaired(t.words(), L):
        # "What is the reason... or rather, why do you think ...?", "Mikä on syy siihen... tai
        # siis, miks sä luulet ...?": a question left off and put again in other words
        return True
    last = t.words()[t.clause_starts()[-1] :]
    c = tuple(last[skip(last, 0, len(last), L.FILLERS) :])
    return len(c) >= 2 and a[: len(c)] == c  # "How are you? Really, how are you?"


def _repaired(words: Sequence[str], L: LanguageRules, at_once: bool = False) -> bool:
    """Whether `words` open, fillers aside, with a word that says the question is put again
    ("or rather", "I mean", "sorry", "tai siis", "eiku") and then ask it from its head
    (`at_once`: straight after the marker, as a whole question put again: "Like, what ...?",
    not "Siis se, joka alkoi maanantaina?")."""
    said = tuple(words)
    i = skip(said, 0, len(said), L.FILLERS)
    at = 0 if L.REPHRASE.at(said, 0) else i  # "or rather": "or" alone is a filler
    found = L.REPHRASE.at(said, at) if at < len(said) else None
    if not found:
        return False
    j = skip(said, at + found[1], len(said), L.FILLERS)
    if at_once:
        return j < len(said) and L.head(said, j, True) is not None
    # "let me reword that, what ...", "let me put it another way, how ...": the marker's last
    # words may stand before the question
    return any(L.head(said, k, True) is not None for k in range(j, min(j + 3, len(said))))


def _narrowed(asked: list[tuple[Sentence, Verdict]], L: LanguageRules) -> int:
    """How many questions only narrow down the one just asked (see `_narrows`). Fragments asked
    one after another are a chain of questions, each its own ("Do you drink at home? Alone?
    Every night?", "Käytkö salilla? Kuinka usein? Entä venytteletkö?")."""
    narrows = [_narrows(t, w, L) for _, (t, w) in zip(asked, asked[1:], strict=False)]
    return sum(
        n and not (k > 0 and narrows[k - 1]) and not (k + 1 < len(narrows) and narrows[k + 1])
        for k, n in enumerate(narrows)
    )


def _narrows(t: Sentence, w: Verdict, L: LanguageRules) -> bool:
    """Whether the question `t` (read as `w`) only narrows down the one asked before it, with a
    few words and no verb of their own ("How did the meeting go? The one on Tuesday?", "Is it
    fixed? Like, actually fixed?", "Mites menee? Ihan oikeesti?"): the same question, not a
    second one. A fragment that starts with "and" or "or" ("And the team?", "Or a buddy
    system?") or names a person asks something new."""
    said = t.words()
    # "Their head, I mean, not the assistant?": the words that say it is the same question are
    # no part of it
    kept = [k for k in range(len(said)) if not _in_rephrase(said, k, L)]
    words = [said[k] for k in kept if said[k] not in L.FILLERS]
    return (
        w.headless
        and said[0] not in L.COORDINATORS | L.ALTERNATIVES  # "Or a buddy system?"
        and len(words) <= 7  # "Honestly?" is fillers only
        and not (L.FIRST_PERSON | L.SECOND_PERSON | L.AUX).intersection(words)
    )


def _in_rephrase(words: Sequence[str], k: int, L: LanguageRules) -> bool:
    """Whether `words[k]` is part of a "rephrase" marker ("I mean", "siis") that starts at most
    two words before it."""
    for i in range(max(0, k - 2), k + 1):
        found = L.REPHRASE.at(tuple(words), i)
        if found and i + found[1] > k:
            return True
    return False


def _budget(sents: list[Sentence]) -> list[Sentence]:
    """The sentences up to `MAX_TOKENS` words in all; the sentence that crosses it is cut. Every
    rule's cost grows with the words it reads, and a keystroke must cost the same however much
    was pasted."""
    out, left = [], MAX_TOKENS
    for s in sents:
        if left <= 0:
            break
        if len(s.tokens) > left:
            s = replace(s, tokens=s.tokens[:left], end=s.tokens[left - 1].end)
        out.append(s)
        left -= len(s.tokens)
    return out


def _spoken(sent: Sentence, L: LanguageRules) -> Sentence:
    """The sentence with its spoken forms read as written ones (see the language's `respell`)."""
    words = L.respell(sent.words())
    return sent if words is None else respell(sent, words)


def _person(words: tuple[str, ...], L: LanguageRules) -> str:
    """Whom a statement is first about: "you" (2), the coach (1), both of us (we), or no one (0)."""
    for w in words[:12]:
        if w in L.SECOND_PERSON:
            return "2"
        if w in L.FIRST_PERSON:
            return "1"
        if w in L.WE:
            return "we"
    return "0"


def _size(n: int) -> str:
    """A statement's length in words, in bands."""
    return "1" if n <= 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9+"


def _question_features(r: Reading, L: LanguageRules) -> list[str]:
    """What the questions themselves ask: the head of the first and of the last question (its
    first three words from the interrogative on, after any preamble, permission or fillers), and
    the words and word pairs of the question sentences alone, so that a statement said before a
    question does not speak for it; and how each statement opens (its first two words) and its
    words, which say what the statements do (affirm, advise, mirror)."""
    out = []
    for s, v in r.parts:  # how each statement opens: "You've ...", "That took ...", "I'd ..."
        if not v.question:
            words = s.words()
            out += [f"sh1:{words[0]}", f"sh2:{'_'.join(words[:2])}"]
            out += [f"sw:{x}" for x in words[:40]]
            out.append(f"sp:{_person(words, L)}")  # whom it is about: mirrors are about "you"
            out.append(f"sn:{_size(len(words))}")  # "Seven.", "Raskasta.": fragments mirror
    asked = [(s, v) for s, v in r.parts if v.question]
    if not asked:
        return out
    for tag, (s, v) in (("qf", asked[0]), ("ql", asked[-1])):
        w = s.words()[v.head_at : v.body_end or None][:3]
        if w:
            out += [f"{tag}1:{w[0]}", f"{tag}2:{'_'.join(w[:2])}", f"{tag}3:{'_'.join(w)}"]
    for s, v in asked:
        if v.suggestion:
            out.append("qsuggest")
        if v.request:
            out.append("qrequest")
        w = s.words()[: v.body_end or None][:40]
        out += [f"qw:{x}" for x in w]
        out += [f"qb:{a}_{b}" for a, b in zip(w, w[1:], strict=False)]
    return out


def features(r: Reading, L: LanguageRules, chars: bool = True) -> list[str]:
    """The model's features of a reading: the rules' verdict and cues, the shape of the turn
    (statements and questions in order), and word and character n-grams (without the
    character n-grams when ``chars`` is false: :meth:`Model.scores` then reads them word by
    word from :func:`model_words`)."""
    shape = "".join("q" if v.question else "s" for _, v in r.parts[-4:])
    out = [
        f"rk:{r.kind}",
        f"rg:{r.grow}",
        f"shape:{shape}",
        f"ns:{min(len(r.sents), 4)}",
        f"nq:{min(r.questions, 3)}",
    ]
    if r.why:
        out.append("rwhy")
    if r.stacked:
        out.append("rstacked")
    if r.what_else:
        out.append("relse")
    if r.parts:
        out.append(f"vfirst:{r.parts[0][1].kind}")
        out.append(f"vlast:{r.parts[-1][1].kind}")
        out += [f"v:{v.kind}" for _, v in r.parts]
        if r.parts[-1][0].asks:
            out.append("asks")
    out += _question_features(r, L)
    out += [f"cue:{c[1]}" for c in r.cues]
    out += [f"hit:{h[1]}" for h in r.hits]
    seen = 0
    for s in r.sents:
        w = s.words()
        if w:
            out.append(f"w0:{w[0]}")
        seen += len(w)
        if seen > 120:
            break
    if r.sents and r.sents[-1].tokens:
        out.append(f"wl0:{r.sents[-1].words()[0]}")
    out += ngram_features(model_words(r), chars)
    return out


def model_words(r: Reading) -> list[str]:
    """The words the model's n-grams are read from: the reading's, up to MAX_WORDS."""
    words: list[str] = []
    for s in r.sents:
        words += s.words()
        if len(words) > MAX_WORDS:
            break
    return words[:MAX_WORDS]
