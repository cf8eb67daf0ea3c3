"""English rules: word lists and named patterns for the question analyser.

Every table row is ``(rule_name, patterns)``; the rule name is what shows in a cue. Words are
folded (lower case, no accents); a trailing "*" is a prefix, a leading "*" a suffix.
"""

from __future__ import annotations

from coachkit.analysis.en_flags import (  # noqa: F401 - part of this language's rule set
    AFFIRM,
    ASK_PERMISSION,
    AUTONOMY,
    COMPLEX,
    FEELING,
    SCALE,
)
from coachkit.analysis.en_focus import (  # noqa: F401 - part of this language's rule set
    COACHEE_CENTRED_I,
    FUTURE,
    NO_GROW,
    PAST,
)
from coachkit.analysis.en_grow import ACTION_VERBS, GROW  # noqa: F401 - part of the rule set
from coachkit.analysis.en_phrases import (  # noqa: F401 - part of this language's rule set
    AGREEMENT,
    BACK_REFERENCE,
    CHECK_TAGS,
    CLOSED_FORMS,
    CONDITION_THEN,
    CONDITIONS,
    CURIOUS,
    DROPPED_AUX,
    EXPECT,
    FOLLOW_UP,
    IDEA_STEMS,
    LEADING,
    NEGATIONS,
    OPEN_REQUEST,
    OWN_PAST,
    OWN_STORY,
    OWN_SUFFIXES,
    PARENTHETICAL,
    PROCESS,
    RELATIVES,
    SAY_STEMS,
    SCENE_OPENERS,
    SCENE_VERBS,
    SUGGEST,
    SUGGEST_VERBS,
    SUMMING,
    TAGS,
    TEMPORAL,
    WH_NOUNS,
    WHAT_ELSE,
    WISHES,
    WORKED,
)
from coachkit.analysis.en_statements import (  # noqa: F401 - part of this language's rule set
    ADVICE,
    CLEFTS,
    COMMAND_FRAMES,
    IMPERATIVES,
    LEAVE_TO_THEM,
    OFFERS,
    OTHER,
    REFLECT_STRONG,
    REFLECT_WEAK,
)
from coachkit.analysis.phrases import PhraseTable, Row, wordset
from coachkit.analysis.rules import Head

LANG = "en"

# Words skipped at the start of a clause before looking for what the clause is.
FILLERS = wordset(
    "so and but or then ok okay okey alright right well now also just hmm mm um uh oh "
    "roughly approximately exactly precisely about honestly really actually anyway yes yeah yep sure "
    "listen look basically maybe perhaps please ooh ah ahh aha huh mhm hm mmm er erm uhm "
    # "..., and, like, what were you hoping for?", "so like how are they getting on"
    "like"
)

SUBJECTS = wordset(
    "you i we they he she it there this that these those your my our their his her the a an "
    "anyone anybody someone somebody everyone everybody anything something people things "
    "any all ya u"
)
PERSON_SUBJECTS = wordset("you i we they he she there ya u")

AUX = wordset(
    "do does did is are was were am have has had can could will would shall should may might must"
)
NEG_AUX = wordset(
    "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't can't couldn't won't "
    "wouldn't shouldn't mightn't mustn't dont doesnt didnt isnt arent wasnt werent havent hasnt "
    "cant couldnt wont wouldnt shouldnt"
)
MODAL_NEG = wordset("couldn't wouldn't shouldn't can't won't couldnt wouldnt shouldnt cant wont")

# Spoken contractions ("what've you tried", "how're things") keep the wh-word's kind.
OPEN_WH = wordset(
    "what what's whats how how's hows how'd what've whatve what're whatre what'd how've how're"
)
CLOSED_WH = wordset(
    "who'll wholl where'll when'll whereabouts when when's whens which who who's whos whom whose "
    "where where's wheres who've who'd who're where'd where've when'd"
)
# "Where do you want your career to be?", "Where do you see yourself?": a place in the future
# the coachee imagines, open however "where" otherwise asks for a fact.
WHERE_WISH = wordset("want wanna see picture imagine like love hope")
# "Where will you start?", "Where do we begin?": a first step in the coachee's own words.
WHERE_START = wordset("start begin starting beginning")
# "Where are you at with the hiring?", "Whereabouts are things with it?": a status, told freely.
WHERE_STATUS = wordset("are is you're youre we're were things it this that")
WH = OPEN_WH | CLOSED_WH | {"why"}
PREPOSITIONS = wordset("in at on for from with to about by under of")

# "how" + one of these asks for a degree, a number or a length of time: a closed question.
DEGREE = wordset(
    "many much often long soon far old big small likely sure confident committed important "
    "ready serious urgent bad good well late early high low happy satisfied certain motivated "
    "keen hard easy difficult close frequently quickly fast"
)
WHAT_CLOSED = wordset("time day date year month week percentage percent number size")
# "What's the average wait?", "What was the total?": a figure asked for, a closed question.
WHAT_FIGURES = wordset("average total percentage number cost price figure rate deadline budget")
# "How interesting.": "how" + one of these and nothing more exclaims.
EXCLAIMED = wordset(
    "interesting lovely cool great nice exciting wonderful brilliant fascinating awful sad "
    "frustrating annoying terrible amazing exhausting tough hard funny strange weird"
)
EXPLORING_MODALS = wordset("could might else can would")

# Verbs that make "Could you ...?" a request to talk rather than a hidden suggestion.
TALK_VERBS = wordset(
    "tell describe walk talk explain share say expand elaborate unpack give help think imagine "
    "remember recall list name picture paint go put clarify sum summarise summarize outline "
    "show recount spell"
)
CONDITIONAL_ASK = wordset("could would")
TAG_STARTS = NEG_AUX
SUGGEST_AFTER_THINK = wordset(
    "should could would might ought need needs better best maybe perhaps try it'd that'd time"
)
PERSON_ELSE = wordset("anyone anybody someone somebody who whom whose")
# Polite requests to talk; "will you tell me ..." after a yes/no question asks for a promise.
CONDITIONAL_REQUESTS = wordset("could would can")

# "Do you know who ...?" holds its second clause inside it: one question, not two.
EMBEDDING = wordset(
    "know remember think reckon believe guess tell describe explain say wonder thought "
    "considered wondered"
)
COORDINATORS = wordset("and plus also")
ALTERNATIVES = wordset("or")
PICK_PAST = wordset("did was were had")
PICK_OWN = wordset("of one ones option options idea ideas way ways approach approaches plan plans")
# "What will you do first, and by when?": a bare time put after a question is part of it.
TIME_TAG = PhraseTable(
    [
        Row(
            "en.time_tag",
            [
                "and|roughly by|about when",
                "and|roughly when",
                "by when",
                "and by|on what|which date|day|time",
                "and what|which day|date|time",
                "and for when",
                "and at what point",
                "and starting when",
                "and how soon",
                # "Will you tell them yourself, and if so, when?": the time of the same plan
                "and if so|yes when",
                "and if so|yes by when",
            ],
            examples=(
                "What will you do first, and by when?",
                "Who will you call, and when?",
                "Which client are you visiting first, and on which day?",
                "Will you tell the team yourself, and if so, when?",
            ),
            counter=("When is the deadline?", "What will you do, and who will help?"),
        )
    ]
)
# "What do you notice, I mean, what goes on for you then?": the same question asked again in
# other words, not a second one.
REPHRASE = PhraseTable(
    [
        Row(
            "en.rephrase",
            [
                "i mean",
                "like",
                "or rather",
                "in other words",
                "that is",
                # a repair in speech: "Who's... sorry, who else knows?"
                "sorry",
                "let me put|ask|say it|that|this differently|another",
                "let me rephrase|reword",
                "scratch that",
            ],
            examples=(
                "What do you notice, I mean, what goes on for you then?",
                "How's the team taking it, like how are they really doing?",
                "What would help, or rather, what would help you most?",
                "When did the, sorry, what changed after the merger?",
                "What's the, let me put it differently, what would a good week look like?",
            ),
            counter=(
                "What happened, and how did you feel?",
                "Who else knows, and what did they say?",
            ),
        )
    ]
)
EMBED_VERBS = wordset("tell ask know check discuss review decide decided deciding choose chose")
EMBED_WH: frozenset[str] = frozenset()
CORRELATIVES: frozenset[str] = frozenset()
CORRELATIVE_AFTER: frozenset[str] = frozenset()
RECIPIENT_ENDINGS: tuple[str, ...] = ()
# "Could we step back for a second? What ...?": a request for a moment of the talk is leave
LEAVE_SOFTENERS = wordset("second sec moment minute bit little back step deeper aside")
# "Would Monday or Tuesday be better?": a comparison between two named things
COMPARISONS = wordset("better best")
# "What if you brought Dr. Okafor in?": a title's or a short form's full stop ends no sentence.
ABBREVIATIONS = wordset("dr mr mrs ms prof st eg ie etc vs approx fig dept")
# "..., and what about Tom?" asks anew with a question word, so no word of its own is needed.
NEW_TOPIC: frozenset[str] = frozenset()
# "Was it fair, how she handled it?": "it" stands for the clause after the comma.
EXTRAPOSED = wordset("it")
WH_WORDS = wordset("what how who where when which whether what's whats who's how's where's")
EMBED_BEFORE = wordset("between about of on at in for from with to")
# "May I ask what you hope for?": leave asked, then the real (embedded) question.
PERMISSION = PhraseTable(
    [
        Row(
            "en.permission.ask",
            [
                "may|can|could i ask|check",
                "is it ok|okay|alright|fine if i ask|asked",
                "is it all right if i ask|asked",
                "ok|okay|alright if i ask|asked",
                "would it be ok|okay|alright|fine if i ask|asked",
                "do|would you mind me|my asking",
                "do|would you mind if i ask|asked",
                # thinking together about it: "Shall we explore what ...?" (decision 12)
                "shall|can|could we look|think together at|about",
                "shall|can|could we look at|into",
                "shall|can|could we think about|through",
                "shall|can|could we brainstorm|explore|unpack",
                "shall|can|could we map|work|figure out",
                "shall|can|could we go through|over",
                "would|will it be ok|okay|alright|fine if we think|thought|talk|talked about|through",
                "is it ok|okay|alright|fine if we think|talk about|through",
                "would|will it be ok|okay|alright|fine if we thought|looked together about|at",
                "would|will it be ok|okay|alright|fine if we explored|brainstormed|looked|mapped",
            ],
            examples=(
                "May I ask why the closure option was withdrawn?",
                "Is it OK if I ask what actually happened?",
                "Do you mind me asking what worries you?",
                "Shall we explore together what your options are?",
            ),
            counter=("Can you ask her yourself?", "I asked the team last week."),
        )
    ]
)
PERMISSION_FILLERS = wordset("you please just together")
# Between a request to talk and the clause it asks about: "Tell me a bit more about why ...".
REQUEST_ABOUT = wordset("a bit little more about of some")
# "Walk me through the plan, and how you'll fund it?": the request's object in statement order.
STATEMENT_ORDER = wordset("you i we they he she you'll you've you'd we'll we've i'll they'll")
# After a bare comma only these start a second question ("who", "which" are often relative).
COMMA_HEADS = wordset("how why what what's whats are do did have would will can")

FIRST_PERSON = wordset("i i'm im i've ive i'd i'll me my mine myself")
SECOND_PERSON = wordset("you you're youre you've youve you'd you'll your yours yourself ya u")
# A topic put first in speech: "and the audit, what came up", "that meeting, how did it go".
TOPIC_DETERMINERS = wordset("the that this those these your on in for with about")
WE = wordset("we we're we've we'll let's lets us our")

# "On a scale of 1 to 10 how sure are you": a scale put first, unpunctuated, before the question.
SCALE_WORDS = wordset("scale")
# "You said five - why not lower?": the scaling follow-up, no proposal.
SCALE_MOVES = wordset("lower higher smaller bigger")
# The ends of a scale, as its definition names them ("..., where ten is fully ready, ...").
SCALE_POINTS = wordset("zero 0 one 1 five 5 ten 10")

# Words between a check of understanding and what it checks ("Did I get it right, what ...").
CHECK_SKIP = wordset("i you that it right correctly")

WHY = PhraseTable(
    [
        Row(
            "en.why.why",
            [
                "why",
                "why's",
            ],
            examples=("Why did the launch slip?",),
        ),
        Row("en.why.how_come", ["how come"], examples=("How come nobody told you?",)),
    ]
)


def _own_pick(words: tuple[str, ...], i: int) -> bool:
    """ "Which of those ...?", "Which one ...?": a pick among options said before, with no
    alternatives named in the question itself ("..., A or B?" stays a closed pick)."""
    if not any(w in PICK_OWN for w in words[i + 1 : i + 3]):
        return False
    if any(w in PICK_PAST for w in words[i + 1 : i + 5]):
        return False  # "Which of them did you ask?": a fact from the past
    if "between" in words[:i] and "and" in words[words.index("between") : i]:
        return False  # "Between growth and stability, which one ...?": the options named first
    return not any(w in ALTERNATIVES for w in words[i + 1 :])


def head(words: tuple[str, ...], i: int, asks: bool) -> Head | None:
    """What kind of question, if any, starts at `words[i]`.

    Args:
        words: The folded words of a sentence.
        i: The index of the first word of a clause after fillers.
        asks: Whether the sentence ends in a question mark.

    Returns:
        ``(type, length, rule)`` where type is one of "why", "open", "pick", "closed", "yn", "neg",
        or None when no question starts here.
    """
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if (
        w == "for"
        and nxt == "what"
        and words[i + 2 : i + 4] in (("it's", "worth"), ("its", "worth"))
    ):
        return None  # "For what it's worth, I ...": an aside, no question
    if w in PREPOSITIONS and nxt in WH and nxt != "why":
        i, w = i + 1, nxt  # "In what ways ...", "At what point ...", "With whom ..."
        nxt = words[i + 1] if i + 1 < len(words) else ""
    if i and words[i - 1] in NOUN_DETERMINERS and w in {"why", "how"}:
        return None  # 'hear the "why" from you': a noun, no question
    why = WHY.at(words, i)
    if why:
        return "why", why[1], why[0].rule
    if w == "what" and not asks and nxt in {"a", "an"}:
        return None  # "What a week.": an exclamation
    if w == "where" and i and nxt in SCALE_POINTS:
        return None  # "On a scale of 0 to 10, where ten is ready, how ...": the scale defined
    if w == "how" and not asks and i + 2 == len(words) and nxt in EXCLAIMED:
        return None  # "How interesting."
    if (
        w == "what"
        and not asks
        and nxt not in AUX
        # "what ideas do you have ...": the noun asked about, then the auxiliary, asks ("What
        # I'd do is ..." does not: a person, then a verb)
        and (nxt in PERSONS or i + 2 >= len(words) or words[i + 2] not in AUX)
        and _is_cleft(words, i)
    ):
        return None  # "What I'm hearing is ...": a statement built on "what"
    if _free_relative(words, i, asks):
        return None  # "How you handle it is up to you.", "What you said stuck with me."
    if w in OPEN_WH:
        degree = nxt in DEGREE or (nxt.endswith("ly") and nxt not in {"exactly", "really"})
        if w == "how" and degree:
            return "closed", 2, "en.closed.how_degree"
        if w == "what" and nxt in WHAT_CLOSED:
            return "closed", 2, "en.closed.what_time"
        k = i + 1 if w in {"what's", "whats"} else i + 2 if nxt in {"is", "was"} else -1
        if (
            w.startswith("what")
            and 0 < k < len(words) - 1
            and words[k] == "the"
            and words[k + 1] in WHAT_FIGURES
        ):
            return "closed", k + 2 - i, "en.closed.what_figure"
        return "open", 1, "en.open.wh_word"
    if w in CLOSED_WH:
        ahead = words[i + 1 : i + 3]
        if w.startswith("where") and SCALE.search(words):
            return "closed", 1, "en.closed.where_on_scale"  # "Where would you put it out of ten?"
        if w.startswith(("who", "where")) and any(a in EXPLORING_MODALS for a in ahead):
            return "open", 1, "en.open.who_could"
        if w.startswith("where") and any(a in WHERE_WISH for a in words[i + 1 : i + 5]):
            return "open", 1, "en.open.where_wish"
        if w.startswith("where") and any(a in WHERE_START for a in words[i + 1 : i + 5]):
            return "open", 1, "en.open.where_start"
        if w == "whereabouts" or (
            w.startswith("where") and nxt in WHERE_STATUS and _status_end(words, i + 2)
        ):
            return "open", 1, "en.open.where_status"
        if w == "which" and _own_pick(words, i):
            # "Which of those feels best to you?": a choice among their own options, none named
            return "pick", 1, "en.open.which_of_yours"
        return "closed", 1, "en.closed.wh_word"
    if w in AUX or w in NEG_AUX:
        if w in {"do", "don't", "dont"} and not asks:
            allowed = PERSON_SUBJECTS
        elif w in {"have", "has", "had"} and not asks:
            if imperative(words, i):
                return None  # "Have the figures ready before you see her.": a command
            allowed = SUBJECTS - {"a", "an", "some", "all"}
        else:
            allowed = SUBJECTS
        if w in NEG_AUX and nxt in {"what", "how"}:
            return "neg", 1, "en.lead.negative_question"  # "Isn't what you want really ...?"
        named = (
            nxt not in allowed
            and (asks or w in ASKS_UNPUNCTUATED)
            and (w in AUX or w in NEG_AUX)
            and _named_subject(words, i + 1, w)
        )
        someone = named or (nxt in allowed and nxt not in _NOT_SOMEONE)
        if (
            asks
            and w in IDEA_MODALS
            and someone
            and not any(x in _STATE_VERBS for x in words[i + 2 : i + 6])
        ):
            # "Could the stage crew run their own schedule?", "Might Priya take it on?": someone
            # else's possible act, the coach's idea (a state asks: "Could the report be late?")
            return "lead", 2, "en.lead.could_someone"
        if nxt in allowed or named:
            if w in NEG_AUX:
                return "neg", 2, "en.lead.negative_question"
            if w in {"do", "did", "would", "could", "should"} and words[i + 2 : i + 3] == ("not",):
                # "Do you not reckon they've noticed?": the negative question, its "not" after
                return "neg", 3, "en.lead.negative_question"
            if w in CONDITIONAL_ASK and nxt == "you" and i + 2 < len(words):
                verb = words[i + 2]
                if verb not in TALK_VERBS and verb not in NO_ACT_AFTER_YOU:
                    return "lead", 3, "en.lead.could_you_act"
            return "yn", 2, "en.closed.yes_no"
    return None


MODALS = wordset("would could should will can might may must shall")
# After "Would/Could you": words that ask the coachee's wish or pick ("Would you rather ...",
# "Would you prefer ...", "Would you like ..."), not an act proposed to them.
NO_ACT_AFTER_YOU = wordset("like want be have mind rather prefer")
# After "could <someone>": a state or a possibility asked about ("Could the training still run?"),
# not an act proposed.
_STATE_VERBS = wordset("be been have has know need want mean still")
# Subjects that make "Could ... ?" no one else's act: the coach, the coachee, "it", "there".
_NOT_SOMEONE = wordset("i you we it this that there i'm you're we're")
# Words after an auxiliary that are no subject ("Has been ...", "Would rather ...").
NOT_SUBJECTS = wordset(
    "not been be being rather really just still also even already ever never always so too very "
    "much more less to if whether what how why when where who which and or but no yes"
)


# Auxiliaries that begin no statement and no command: said first with a noun after them, they
# ask even when the "?" is left off ("Did Kenji already see the sheet", "Is Maria in today")
_NO_COMMAND = ("did", "does", "is", "are", "was", "were", "has")
ASKS_UNPUNCTUATED = frozenset(_NO_COMMAND) | {w for w in NEG_AUX if w.startswith(_NO_COMMAND)}


# A "do" or a modal takes its subject, then a bare verb: a word followed by one of these after
# it is the verb itself ("..., and doesn't affect my appraisal?": a second verb of the same
# subject, no question of its own). A gerund is a subject ("Wouldn't rotating it be fairer?").
DO_OR_MODAL = (
    wordset("do does did")
    | MODALS
    | {w for w in NEG_AUX if not w.startswith(("is", "are", "was", "were", "has", "have", "had"))}
)
DETERMINERS = wordset("my your his her its our their the a an these those")


def _named_subject(words: tuple[str, ...], k: int, aux: str) -> bool:
    """Whether `words[k]`, after the auxiliary `aux`, can be a subject named by a noun or a name
    in a question ("Is Dev still on leave?", "Did procurement reply?", "Has marketing seen it?"):
    a word of its own, not an adverb, with the question going on after it. After a modal an -ing
    word is the coach's idea put as a subject ("..., would asking the temps be one?"), not a
    question of its own."""
    if k + 1 >= len(words):
        return False
    w = words[k]
    return (
        w.isalpha()
        and w not in NOT_SUBJECTS
        and w not in AUX
        and w not in NEG_AUX
        and not w.endswith("ly")
        and not (aux in MODALS and w.endswith("ing"))
        and not (aux in DO_OR_MODAL and words[k + 1] in DETERMINERS and not w.endswith("ing"))
    )


def _status_end(words: tuple[str, ...], k: int) -> bool:
    """Whether "at", "with" or "on" follows within two words: "where are you at with it"."""
    return any(a in {"at", "with", "on"} for a in words[k : k + 2])


CLEFT_VERBS = wordset("is was are were sounds seems feels looks matters")
# "How you handle it is up to you": a wh-clause in statement order as a sentence's subject
FREE_WH = wordset("what how where which")
PERSONS = wordset(
    "you i we they he she i've ive i'm im i'd you've youve you're youre you'd we've weve we're "
    "they've theyve they're theyre"
)
FREE_SUBJECTS_PERSONAL = PERSONS | wordset("this that it way")
FREE_SUBJECTS = FREE_SUBJECTS_PERSONAL | wordset("the your our their his her my")
FREE_PREDICATES = wordset(
    "up down your yours entirely ultimately completely totally really all out in fine for"
)
# The verb of a statement whose subject is a wh-clause: "How it's done matters to you."
MATTERS = wordset("matters mattered counts counted")
# "What you gonna do?", "How you feeling?", "What you think?": a spoken question, not a subject
SPOKEN_QUESTION_VERBS = wordset("gonna wanna going want think reckon feel")


def _free_relative(words: tuple[str, ...], i: int, asks: bool) -> bool:
    """Whether "what/how/where ..." at `i` opens a clause that is the subject of a statement,
    in statement word order: a subject straight after the wh-word ("How you handle it is up
    to you", "Where this goes is your call", "How the department runs is down to you") before
    a copula a few words on, or, with no question mark, a subject and a verb of its own ("What
    you said stuck with me")."""
    if words[i] not in FREE_WH or i + 2 >= len(words):
        return False
    subject, verb = words[i + 1], words[i + 2]
    done = verb == "do" and words[i + 3 : i + 4] in (("this",), ("that",), ("it",))  # "do this"
    if subject not in FREE_SUBJECTS or verb in SPOKEN_QUESTION_VERBS or verb.endswith("ing"):
        return False  # "How you feeling?": a spoken question
    if (verb in AUX or verb in NEG_AUX) and not done:
        return False
    if not asks and subject in PERSONS and words[i] in {"what", "how"}:
        return True
    if i and words[i - 1] == "that":
        # "Shall we agree that what we say here stays between us?", "I think that how you
        # told them mattered": a wh-clause right after "that" is the subject of that clause
        return True
    if not asks and any(w in MATTERS for w in words[i + 2 : i + 9]):
        return True  # "For you, how the decision gets made matters as much as ...": a subject
    # "How the department runs is ...": a noun's verb comes before the copula ("What the hell
    # is going on?" asks)
    if subject not in FREE_SUBJECTS_PERSONAL:
        # and only before whose it is ("... is down to you", "... is your call"): "Can I ask
        # what your ideal outcome is?" asks
        return any(
            words[k] in {"is", "was"} and words[k + 1 : k + 2] and words[k + 1] in FREE_PREDICATES
            for k in range(i + 4, min(i + 8, len(words)))
        )
    rest = words[i + 3 : i + 7]
    return any(w in {"is", "was"} for w in rest) and not any(w in WH for w in rest)


def _is_cleft(words: tuple[str, ...], i: int) -> bool:
    """Whether "what ..." is the subject of a later "is"/"was" or verb of seeming (a pseudo-cleft
    statement: "What I'm hearing is ...", "What you're describing sounds like grief.")."""
    return any(w in CLEFT_VERBS for w in words[i + 2 : i + 12])


def imperative(words: tuple[str, ...], i: int) -> str | None:
    """The rule name when `words[i]` starts a command to the coachee, else None."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w == "have" and nxt in {"a", "an"} and i + 2 < len(words) and words[i + 2] in _HAVE_A:
        return "en.advice.imperative"  # "Have a word with facilities.", "Have a chat with her."
    if w == "have" and nxt in _HAVE_WHAT and any(x in _HAVE_READY for x in words[i + 2 : i + 6]):
        return "en.advice.imperative"  # "Have a plan ready for when they offer you a drink."
    if w not in IMPERATIVES:
        return "en.advice.imperative_form" if _command_form(words, i) else None
    if w == "say" and nxt not in {"no", "yes"} and _past_or_modal(words[i + 2 : i + 8]):
        # "Say the waiting times came down - what would ...?", "Say budget weren't an issue":
        # a supposition
        return None
    if w in {"tell", "give", "show", "walk", "talk", "take"} and nxt in {"me", "us"}:
        return None
    if nxt == "me":
        return None  # "Stop me if it's off", "Correct me, but ...": asked of the coach, no advice
    if w == "let" and nxt in {"me", "us"}:
        return None
    if w == "go" and nxt == "back" and words[i + 2 : i + 3] in ((), ("a",), ("for",)):
        return None  # "..., sorry, go back a bit, what did ...?": back in the talk, no advice
    if w == "think" and nxt in {"back", "of"}:
        return None  # "Think back to when ...", "Think of the best boss you had": a scene
    if w in {"forget", "ignore", "park"} and any(x in _A_MOMENT for x in words[i + 1 : i + 9]):
        return None  # "Forget the board for a moment - what do you want?": a scene set
    a_bit = nxt == "a" and i + 2 < len(words) and words[i + 2] in _A_BIT
    if (w in TALK_VERBS and (nxt in {"more", "on", "going", "ahead"} or a_bit)) or (
        w == "keep" and nxt in {"on", "going", "talking"}
    ):
        # "Say more.", "Talk a bit about it.", "Go on.", "Keep going.": to talk; "Put a timer
        # on the table." is a command
        return None
    if w in {"do", "don't", "dont"} and nxt in PERSON_SUBJECTS:
        return None
    if nxt in _SUBJECT_FOLLOWERS:
        return None  # "Study leave is ...", "Delay was ...": the word is a subject, not a command
    after = words[i + 2 : i + 7]
    if nxt.endswith("s") and (
        after[:1] and after[0] in _SUBJECT_FOLLOWERS or any(x in _PAST_VERBS for x in after)
    ):
        return None  # "Wait times at the desk doubled.": a noun with its plural, then the verb
    return "en.advice.imperative"


# "Buddy each new starter with ...", "Cap the menu at six": a verb in no list, known by its form,
# a bare word first with an object after it. A plural, a past or -ing form, an adverb, a day or
# a word that opens a statement is no command ("Sales dropped", "Friday the team ...").
_OBJECT_HEADS = wordset("the each every your them him her it those these everyone everybody")
_NOT_COMMANDS = wordset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday "
    "now then so but and or because if when while after before since until also maybe perhaps "
    "honestly basically actually well yeah yes no okay ok right sure thanks sorry great good nice "
    "fine wow oh um uh hmm like just only even still already last next every all both half once "
    "twice morning evening night week month year day lunch dinner breakfast january february "
    "march april june july august september october november december christmas easter "
    # a request to talk or to picture something, a welcome: no advice
    "picture imagine describe suppose say recall remember consider grab come love got pull "
    "with between for from given under underneath behind beyond within without about across "
    "into over through to towards three two four five six seven eight nine ten "
    # words that open a statement: determiners, "so far", conjunctions
    "the a an that this these those far whenever wherever whatever however though although "
    "unless as not never"
)


def _command_form(words: tuple[str, ...], i: int) -> bool:
    """Whether `words[i]`, a word in no list of verbs, opens the sentence (fillers aside) as a
    command by its form (see above)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return (
        all(x in FILLERS for x in words[:i])
        and nxt in _OBJECT_HEADS
        and w.replace("-", "").isalpha()
        and len(w) >= 3
        and not w.endswith(("s", "ed", "ing", "ly"))
        and w not in _NOT_COMMANDS
        and w not in FIRST_PERSON | SECOND_PERSON | WE | AUX | NEG_AUX | WH_WORDS
    )


# "Forget the budget for a moment": a constraint set aside to think in, no command.
_A_MOMENT = wordset("moment minute second sec")
_A_BIT = _A_MOMENT | wordset("bit little few")

# "Have a word with ...": a command; "Have a great weekend." is a wish.
_HAVE_A = wordset("word chat talk look go conversation break rest day")
# "Have a plan / the figures / your answer ready": something to prepare, a command
_HAVE_WHAT = wordset("a an the your some one two three")
_HAVE_READY = wordset("ready handy prepared")


def _past_or_modal(words: tuple[str, ...]) -> bool:
    """Whether a past-tense or modal verb is among `words` (the clause of a supposition)."""
    return any(w in _SUPPOSE_VERBS or (w.endswith("ed") and len(w) > 4) for w in words)


_SUPPOSE_VERBS = wordset(
    "weren't werent wasn't wasnt didn't didnt hadn't hadnt couldn't couldnt wouldn't wouldnt "
    "was were had did came went got could would might said gave took made found left began "
    "became fell grew rose knew thought told saw ran"
)

# Past verbs after a plural noun: "Pick rates dropped off", "Call volumes rose".
_PAST_VERBS = wordset(
    "doubled dropped fell rose grew went came got tripled halved jumped slipped climbed rocketed "
    "stayed improved increased decreased spiked crashed"
)
_SUBJECT_FOLLOWERS = wordset(
    "is was are were has had have seems seemed looks looked sounds feels will would can could "
    "might must should does did isn't wasn't aren't weren't hasn't doesn't didn't won't used"
)


_WOULD = wordset("would wouldn't wouldnt")
_WOULD_ADVERBS = wordset(
    "just probably definitely first then really simply also rather personally honestly "
    "certainly maybe perhaps still actually never not"
)
_WOULD_NOT_ADVICE = wordset("be say think guess imagine hope like love want need wonder")
"""After "I would": the coach's own view or wish ("I would be curious", "I would say"), not
the coachee's step."""


_YOU_COULD = wordset("could might")
_YOU_COULD_ADVERBS = wordset("always just maybe perhaps also even probably still easily")
_PERCEIVE = wordset("tell see feel sense hear notice say")  # "You could tell she was upset."
_NOT_AN_ACT = wordset("be have not never only hardly barely")  # "You could have asked him."


def conditional_advice(words: tuple[str, ...], i: int) -> str | None:
    """ "I would make a clear decision", "I wouldn't wait": the coach's own choice offered as the
    answer, written out (the contracted "I'd ..." is in the ADVICE table); "(If ...,) you could
    offer them a trial month", "You might want to check": an option of the coach's put to them
    as a statement (a mirror of their own option says so first: "One option you see is ...")."""
    if (
        words[i] == "you"
        and i + 1 < len(words)
        and words[i + 1] in _YOU_COULD
        and not (i > 0 and words[i - 1] == "so")  # "So you could ...": their option summed up
    ):
        for w in words[i + 2 : i + 5]:
            if (w in IMPERATIVES or w == "want") and w not in _PERCEIVE:
                return "en.advice.you_could"
            if w in _YOU_COULD_ADVERBS:
                continue
            if w in _PERCEIVE or w in _NOT_AN_ACT or w.endswith(("ly", "ed", "n't")):
                return None  # "You could tell ...", "You could have ...", "You could hardly ..."
            # "You could always borrow a driver from Rotterdam.": any act of theirs (decision 11)
            return "en.advice.you_could" if w.isalpha() else None
        return None
    if words[i] != "i" or i + 1 >= len(words) or words[i + 1] not in _WOULD:
        return None
    for w in words[i + 2 : i + 5]:
        if w in _WOULD_NOT_ADVICE:
            return None
        if w in IMPERATIVES:
            return "en.advice.i_would"
        if w not in _WOULD_ADVERBS:
            return None
    return None


# "kind of", "sort of" after one of these name a kind ("what kind of help"), not a hedge.
_KIND_OWNERS = wordset(
    "what what's whats which this that the a any some one every no same different other these "
    "those another each whatever"
)
_TEXTING = {
    "u": "you",
    "ya": "you",
    "r": "are",
    "ur": "your",
    "thx": "thanks",
    "pls": "please",
    "wat": "what",
    "wot": "what",
    "abt": "about",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "ppl": "people",
    "cuz": "because",
    "coz": "because",
    "wanna": "want",
    "bout": "about",
    "tho": "though",
    "rn": "now",
}


def respell(words: tuple[str, ...]) -> list[str | None] | None:
    """The words with the hedges of speech dropped ("I mean", "kind of", "you know" before a
    question word, a sound of hesitation anywhere) and texting spellings written out ("u",
    "r"); None when nothing changes."""
    out: list[str | None] = [None if w in HESITATIONS else _TEXTING.get(w, w) for w in words]
    n = len(words)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < n else ""
        prev = words[i - 1] if i else ""
        if w in {"kinda", "sorta"} or (
            w in {"kind", "sort"} and nxt == "of" and prev not in _KIND_OWNERS
        ):
            out[i] = None
            if w in {"kind", "sort"}:
                out[i + 1] = None
        elif w == "i" and nxt == "mean" and (i == 0 or prev in FILLERS):
            out[i] = out[i + 1] = None
        elif (
            w == "you"
            and nxt == "know"
            and prev not in AUX
            # "Just so you know where I'm coming from, ...": so that you know what follows
            and not (prev == "so" and i + 2 < n and words[i + 2] in WH)
            and (i == 0 or prev in FILLERS)
        ):
            after = words[i + 2] if i + 2 < n else ""
            if after == "what" and i + 3 == n:
                continue  # "You know what?": a call for attention (AGREEMENT), kept whole
            if after in WH or after in AUX or after == "":
                out[i] = out[i + 1] = None
    return None if all(a == b for a, b in zip(out, words, strict=True)) else out


# Sounds of hesitation, dropped wherever they stand: "Why not, uh, just ask them?"
HESITATIONS = wordset("um umm uh uhh uhm er erm ehm")

# "Don't you think / reckon / feel ...": an opinion asked to be shared, unless a modal proposes.
THINK_VERBS = wordset("think reckon feel suppose agree believe")


HEDGES = wordset("maybe perhaps possibly even instead")
# "What could help? Say, a shared document?", "..., for instance?" ("like" is a filler: "..., like,
# with the supplier?" narrows the question)
EXAMPLE_WORDS = wordset("maybe perhaps possibly say example instance eg")
IDEA_MODALS = wordset("could might couldn't couldnt")


def idea_verb(words: tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` offers an idea the way the question before it did: a gerund after
    "have you thought about / tried X-ing, or ..." ("..., or hiring temps for the peak?")."""
    w = words[i]
    return len(w) > 5 and w.endswith("ing") and w not in {"nothing", "something", "anything"}


def hedged_idea(words: tuple[str, ...], i: int) -> bool:
    """Whether `words[i]`, after "maybe" or "perhaps" in a clause after a question, offers the
    coach's idea as its answer: a command ("..., maybe end them at five?"), a gerund or "by"
    and one ("..., perhaps by cancelling the Friday call?")."""
    if words[i] == "by" and i + 1 < len(words):
        return idea_verb(words, i + 1)
    return idea_verb(words, i) or imperative(words, i) is not None


LEAVE_MODALS = wordset("can could shall may might dare")
# Before "why" or "how", a determiner makes it a noun: 'hear the "why" from you'
NOUN_DETERMINERS = wordset("the a your their our that")


def leave_lead(words: tuple[str, ...], i: int) -> int:
    """How many words at `words[i]` ask to act on the coach's side or together before a colon
    or a dash: "Can we get creative for a second: ...", "Could I try something - ...", "Dare I
    ask: ..."; 0 when none."""
    ahead = words[i : i + 2]
    if len(ahead) == 2 and ahead[1] in {"we", "i"} and ahead[0] in LEAVE_MODALS:
        return 2
    return 0


def modal_negative(words: tuple[str, ...], i: int) -> bool:
    """Whether the negative question at `words[i]` proposes an action: "Wouldn't it ...?",
    "Don't you think you should ...?" and "Isn't it time you ...?" propose; "Don't you think the
    client is overreacting?" gives an opinion about the present."""
    ahead = words[i : i + 4]
    thinks = bool(THINK_VERBS.intersection(ahead[:3])) and bool(
        SUGGEST_AFTER_THINK.intersection(words[i:])
    )
    # "Would it not help to ...?", "Could you not just ...?": the modal's "not" after its subject
    modal_not = words[i] in MODALS and "not" in ahead[2:3]
    return words[i] in MODAL_NEG or modal_not or thinks or "time" in ahead[:3]


# "Wait, who decided that?": the talk stopped for a question, no advice before it.
INTERRUPTIONS = PhraseTable(
    [
        Row(
            "en.interruption",
            [
                "wait",
                "hold on|up",
                "hang on",
                "hang|hold on a|one sec|second|minute|moment",
                "wait a|one sec|second|minute|moment",
                "one sec|second|moment",
                "back up",
            ],
            examples=(
                "Wait, who decided that?",
                "Hold on, what did you mean by that?",
                "Hang on a second, when was this?",
            ),
            counter=("They kept us waiting.",),
        )
    ]
)

# "What's stopping you? I suspect it's time.": the coach's guess at the answer, after the question.
GUESSES = PhraseTable(
    [
        Row(
            "en.lead.guessed_answer",
            [
                "i'd|id imagine|guess|bet",
                "i suspect|imagine|bet|reckon",
                "i'm|im guessing",
                "my guess|hunch|bet is",
                "i have a hunch|feeling",
                "i'd|id have thought",
            ],
            examples=(
                "What's stopping you? I suspect it's time rather than money.",
                "What will you do first? I'd imagine ringing the supplier.",
            ),
            counter=("I'd like to hear more.", "I suppose we could stop here."),
        )
    ]
)
