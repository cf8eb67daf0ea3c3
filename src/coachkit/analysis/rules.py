"""The interface between the shared analyser and a language: `LanguageRules`.

The shared modules (classify, grow, openers, flags, the model's features) read a language only
through these fields; they hold no word of any language. A language is written as plain tables in
its own modules (fi_*.py, en_*.py) and gathered into one `LanguageRules` by `LanguageRules.of`,
which fails at import when a table or function is missing. Field names are upper case because
they are the tables' own names in those modules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from types import ModuleType
from typing import Any

from coachkit.analysis.phrases import Pattern, PhraseTable

Words = tuple[str, ...]
WordSet = frozenset[str]
Head = tuple[str, int, str]
"""(type, length, rule) of a question's head: type is "why", "open", "pick" (an open choice among
the coachee's own options), "closed", "yn", "neg" or
"lead", length its number of words, rule the cue's name."""
Embedded = tuple[str, int, str, int, str, int]
"""A head found after a preamble ("May I ask what ...", a scale put first): the head's type,
length and rule, its own index, then the preamble's rule and index."""
Match = tuple[Pattern, int, int]
"""A phrase table's match anywhere in a sentence: (pattern, first word, length)."""


@dataclass(frozen=True)
class LanguageRules:
    """Everything the analyser knows about one language.

    Phrase tables (`PhraseTable` of `Row`s, each row with its stage, weight, modifier and examples):
        WHY: why-question openers. AGREEMENT: "why not" said to agree, not to ask, and a call
        for attention ("You know what, ...") that asks nothing either.
        PERMISSION: "may I ask" before an embedded question. CURIOUS: "I'm curious what ...",
        "Mua kiinnostaa, miten ...": a question asked as curiosity, often with no question mark.
        FOLLOW_UP: a bare follow-up that is the whole question ("And then?").
        CLOSED_FORMS: forms that look leading but ask a fact. LEADING: the coach's suggestion or
        expected answer inside a question. TAGS / CHECK_TAGS: closing tags that lead / check.
        OPEN_REQUEST: requests to talk. WHAT_ELSE: "what else". PROCESS: questions about the
        conversation. SUGGEST / EXPECT: a proposal / an expected answer in a yes/no question.
        PARENTHETICAL: asides inside a question. ADVICE, OTHER, REFLECT_STRONG, REFLECT_WEAK:
        statements. OFFERS: the coach's idea offered before a colon or a dash ("Here's a
        thought: ..."), so what follows is advice. GROW: stage cues. NO_GROW: checks and
        process talk with no stage.
        PAST / FUTURE: time cues. COACHEE_CENTRED_I: "I" that still centres on the coachee.
        ASK_PERMISSION, AFFIRM, AUTONOMY, COMPLEX: the behaviour flags' cues (MITI). FEELING:
        words of feeling and strain ("Sounds rough.", "Ärsyttää."), a cue of a reflection.
        SCALE: a scaling question ("On a scale of 1 to 10 ...", "Kuinka varma olet ...").
        TIME_TAG: a bare time asked after a question ("..., and by when?"), part of it.
        REPHRASE: "I mean", "siis" opening a clause that asks the same question again.
        INTERRUPTIONS: words that stop the talk for a question ("Wait, ...", "Odota, ..."):
            no advice before the question they come before.
        GUESSES: the coach's guess at the answer, said after the question ("I suspect ...",
            "Mä veikkaan ..."): the turn carries the expected answer (leading).
    Word sets: the words each rule reads (fillers, persons, auxiliaries, coordinators, ...);
    CONDITIONS and CONDITION_THEN: a condition put before a question ("if ..., then what ...");
    TEMPORAL: a time clause put first the same way ("When you picture it, how will you ...").
    DROPPED_AUX: spoken verbs that drop the question's auxiliary ("when you gonna tell them").
    NEW_TOPIC: a word that opens a clause asking about something new ("..., entä Tuomas?").
    ABBREVIATIONS: words whose full stop ends no sentence ("Dr. Okafor", "esim. vuorot").
    BACK_REFERENCE: a subject pointing back at what was just said ("..., or is that out?").
    WISHES: words after "I'd" that make it the coach's wish or view, not advice ("I'd like to").
    WH_NOUNS: nouns that make one question word with the word before them ("millä tavalla",
    "missä vaiheessa", "what time"), so "Millä tavalla ja missä ..." joins two question words.
    SCENE_VERBS: a state, not an act, after "you" in a "what if" ("What if you were the CEO?",
    "Entä jos sulla ois rajaton budjetti?"): a scene to think in, not the coach's proposal.
    NEGATIONS: words that negate a clause ("What if nothing stood in the way?" is no proposal).
    IDEA_STEMS: how words for an idea or a tip start, in leave asked to give one ("Do you want a
    suggestion?", "Haluatko vinkin?"): what follows it is the idea, advice however it is said.
    LEAVE_TO_THEM: a command that only leaves the choice to them ("Trust your gut.", "Tee niin
    kuin parhaaksi näet."): autonomy, no advice, unless another command follows it.
    COMMAND_FRAMES: words after which a command is the coach's own hunch or tip ("..., but my gut
    says keep her on nights", "mun vaisto sanoo, et odota"): the command is advice.
    SUGGEST_VERBS: the coach's verbs of suggesting ("suggest", "ehdotan"): followed by "we" or
    the "let's" form ("I suggest we park it", "Ehdotan, että käydään ...") they structure the talk.
    SCENE_OPENERS: words that open a scene to think in ("Imagine ...", "Kuvittele, että ..."):
    what the scene holds ("... ois sun paikalla") is no advice.
    SUMMING: words that open a summing up ("So ...", "Eli ..."): before a colon and a list
    ("So before May: visit Lisbon, meet their lead, and run a workshop."), the list is what
    the coachee said or plans, read back (a reflection), commands or not.
    CLEFTS: the copula of a statement whose subject is a wh-clause ("What's really bothering
    you is that ...", "Mitä sä pelkäät, on se, että ..."): said without "?", no question.
    SCALE_MOVES: words that move a number on a scale ("lower", "matalampi"): "Why not lower?"
    after a number is the scaling follow-up, open, and proposes nothing.
    RELATIVES: a relative clause after a comma ("..., which is no small thing"): no question head.
    OWN_STORY: leave asked to tell the coach's own experience ("Do you want to hear what worked
    for me?", "Haluatko kuulla, miten meillä tehtiin?"); OWN_SUFFIXES: endings that make a word
    the coach's own ("työpaikassani"). With a word of the coach's own, what follows is advice.
    OWN_PAST: the coach's own past or a former workplace's ("When I was in the same spot",
    "Meillä edellisessä firmassa"); WORKED: that something worked ("..., and it helped", "kaikki
    tykkäs siitä"). Both in a statement with no "you" in it: what worked for the coach is
    advice told as a story.
    SAY_STEMS: how verbs of saying start, in leave asked to say what the coach hears ("Can I
    tell you what I notice? You ...": the reflection after it is the turn).
    EXTRAPOSED: a pronoun of a yes/no question that stands for the clause after its comma ("Was
    it fair, how she handled it?"), so that clause is no second question.
    HEDGES: words that soften another idea offered after "or" ("..., or maybe move it?").
    EXAMPLE_WORDS: words that mark an example offered as the answer, in a sentence of its own
    after an open question ("What could help? Maybe a walk at lunch?", "Miten voisit ...?
    Esimerkiksi pyöräilemällä?"): the coach's idea, so the turn leads and asks once.
    LEAVE_SOFTENERS: words that make a request of "we" or "I" (`leave_lead`) one for a moment of the
    talk ("Could we step back for a second?", "Voidaanko pysähtyä hetkeksi?"): leave asked.
    COMPARISONS: words of a suggestion that compare ("better", "parempi"): with two things named
    by "or" in the same clause the question is a pick between them, closed (decision 3).
    CORRELATIVE_AFTER: postpositions after a correlative pronoun that still point at the clause
    after the comma ("Miten tämä sopii yhteen sen kanssa, millainen ...?"); English has none.
    RECIPIENT_ENDINGS: endings of the one asked or told, just before the comma of the clause a
    verb of asking holds ("kysyisit siltä toiselta esihenkilöltä, miten ..."); English has none.
    STATEMENT_ORDER: subjects that, straight after a question word, put its clause in statement
    order ("..., and how you'll fund it"): the object of a request, no question of its own.
    Finnish has none: its questions keep that order ("..., ja mitä sä teit?").
    REQUEST_ABOUT: words between a request to talk and the clause it asks about ("Tell me a bit
    more about why ...", "Kerro vähän, miksi ..."): a why-clause there makes a why-question.
    IDEA_MODALS: modal verbs that open someone's possible action after "or" ("..., or could Tom
    cover it?", "..., vai voisko Pekka hoitaa sen?"): another idea offered.
    Functions: `head` (what question starts at a word), `imperative` and `conditional_advice`
    (a command or "I'd ..." advice at a word), `modal_negative` (whether a negative question
    proposes), `respell` (spoken and texting forms read as written ones), `idea_verb` (whether
    a verb form at a word offers an idea as the question before it did: "..., or hiring temps?",
    "..., tai jakaisit sen kahteen osaan?"), `hedged_idea` (whether the words after "maybe" or
    "vaikka" in a clause after a question offer the coach's idea as its answer: "..., maybe end
    them at five?"), `leave_lead` (how many words ask to act on the coach's side or together
    before a colon or a dash: "Can we get creative for a second: what ...?", "Saanks mä heittää
    yhden ajatuksen: entä jos ...?").
    """

    LANG: str
    # phrase tables
    WHY: PhraseTable
    AGREEMENT: PhraseTable
    PERMISSION: PhraseTable
    CURIOUS: PhraseTable
    FOLLOW_UP: PhraseTable
    CLOSED_FORMS: PhraseTable
    LEADING: PhraseTable
    TAGS: PhraseTable
    CHECK_TAGS: PhraseTable
    OPEN_REQUEST: PhraseTable
    OWN_STORY: PhraseTable
    OWN_PAST: PhraseTable
    WORKED: PhraseTable
    RELATIVES: PhraseTable
    LEAVE_TO_THEM: PhraseTable
    COMMAND_FRAMES: PhraseTable
    CLEFTS: PhraseTable
    WHAT_ELSE: PhraseTable
    PROCESS: PhraseTable
    SUGGEST: PhraseTable
    EXPECT: PhraseTable
    PARENTHETICAL: PhraseTable
    ADVICE: PhraseTable
    OTHER: PhraseTable
    OFFERS: PhraseTable
    REFLECT_STRONG: PhraseTable
    REFLECT_WEAK: PhraseTable
    GROW: PhraseTable
    NO_GROW: PhraseTable
    PAST: PhraseTable
    FUTURE: PhraseTable
    COACHEE_CENTRED_I: PhraseTable
    ASK_PERMISSION: PhraseTable
    AFFIRM: PhraseTable
    AUTONOMY: PhraseTable
    COMPLEX: PhraseTable
    FEELING: PhraseTable
    SCALE: PhraseTable
    TIME_TAG: PhraseTable
    REPHRASE: PhraseTable
    INTERRUPTIONS: PhraseTable
    GUESSES: PhraseTable
    # word sets
    FILLERS: WordSet
    AUX: WordSet
    ACTION_VERBS: WordSet
    ALTERNATIVES: WordSet
    CHECK_SKIP: WordSet
    COMMA_HEADS: WordSet
    CONDITIONAL_REQUESTS: WordSet
    CONDITIONS: WordSet
    TEMPORAL: WordSet
    DROPPED_AUX: WordSet
    ABBREVIATIONS: WordSet
    SAY_STEMS: tuple[str, ...]
    IDEA_STEMS: tuple[str, ...]
    OWN_SUFFIXES: tuple[str, ...]
    SUGGEST_VERBS: WordSet
    SCENE_OPENERS: WordSet
    SUMMING: WordSet
    NEGATIONS: WordSet
    SCENE_VERBS: WordSet
    WH_NOUNS: WordSet
    WISHES: WordSet
    BACK_REFERENCE: WordSet
    NEW_TOPIC: WordSet
    CONDITION_THEN: WordSet
    COORDINATORS: WordSet
    CORRELATIVES: WordSet
    CORRELATIVE_AFTER: WordSet
    EMBEDDING: WordSet
    EMBED_WH: WordSet
    EMBED_BEFORE: WordSet
    EMBED_VERBS: WordSet
    RECIPIENT_ENDINGS: tuple[str, ...]
    COMPARISONS: WordSet
    LEAVE_SOFTENERS: WordSet
    EXTRAPOSED: WordSet
    HEDGES: WordSet
    EXAMPLE_WORDS: WordSet
    IDEA_MODALS: WordSet
    FIRST_PERSON: WordSet
    SECOND_PERSON: WordSet
    WE: WordSet
    PERMISSION_FILLERS: WordSet
    REQUEST_ABOUT: WordSet
    STATEMENT_ORDER: WordSet
    PERSON_ELSE: WordSet
    SCALE_WORDS: WordSet
    SCALE_MOVES: WordSet
    TAG_STARTS: WordSet
    TOPIC_DETERMINERS: WordSet
    WH_WORDS: WordSet
    # functions
    head: Callable[[Words, int, bool], Head | None]
    imperative: Callable[[Words, int], str | None]
    conditional_advice: Callable[[Words, int], str | None]
    modal_negative: Callable[[Words, int], bool]
    respell: Callable[[Words], list[str | None] | None]
    idea_verb: Callable[[Words, int], bool]
    hedged_idea: Callable[[Words, int], bool]
    leave_lead: Callable[[Words, int], int]

    @classmethod
    def of(cls, module: ModuleType) -> LanguageRules:
        """The rules written in `module` (a language's rule module).

        Raises:
            TypeError: If the module lacks a field or a field has the wrong type.
        """
        values: dict[str, Any] = {}  # each checked against its field's type below
        for f in fields(cls):
            if not hasattr(module, f.name):
                raise TypeError(f"{module.__name__} lacks {f.name}")
            value = getattr(module, f.name)
            expected = {
                "PhraseTable": PhraseTable,
                "WordSet": frozenset,
                "str": str,
                "tuple[str, ...]": tuple,
            }.get(str(f.type))
            if expected is not None and not isinstance(value, expected):
                raise TypeError(f"{module.__name__}.{f.name} is not a {f.type}")
            if expected is None and not callable(value):
                raise TypeError(f"{module.__name__}.{f.name} is not a function")
            values[f.name] = value
        return cls(**values)

    def tables(self) -> dict[str, PhraseTable]:
        """The phrase tables by field name."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if isinstance(getattr(self, f.name), PhraseTable)
        }
