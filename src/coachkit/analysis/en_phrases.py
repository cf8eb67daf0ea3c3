"""English question phrase tables: leading forms, tags, requests, what-else, process."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row, wordset

# Forms that look leading but only ask for a fact.
CLOSED_FORMS = PhraseTable([])

# Anywhere in a question: the coach's own suggestion or expected answer.
LEADING = PhraseTable(
    [
        Row(
            "en.lead.have_you_considered",
            [
                "have|did you considered|consider|tried|try",
                "have you thought|think about|of",
                # "Have you ever tried swapping the shifts?": an action tried, with "ever"
                "have|did you ever considered|consider|tried|try",
            ],
            examples=(
                "Have you considered a part-time model?",
                "Have you ever tried a rotating chair?",
            ),
        ),
        Row(
            # the coach's idea put as a thought they may have had: "Has it crossed your mind that
            # Sam could run it?"
            "en.lead.crossed_your_mind",
            [
                "has|did|had it crossed|cross your mind",
                "has|did|had it ever crossed|cross your mind",
                "has|did|had it ever occurred|occur to you",
                "has|did|had it occurred|occur to you",
            ],
            examples=(
                "Has it crossed your mind that Sam could run it?",
                "Has it occurred to you that the team could plan their own shifts?",
            ),
            counter=("What's crossed your mind since we last spoke?",),
        ),
        Row(
            "en.lead.why_dont_you",
            [
                "why don't|dont|not|wouldn't|wouldnt|won't|wont",
                # "Why wait till spring?", "Why keep doing it by hand?": do it otherwise
                "why wait|keep|bother|stick|hold|delay|drag",
                "why on earth",
                "why didn't|didnt you just",
                # a reproach for what they have not done: "Why haven't you escalated it yet?"
                # ("Why do you think you haven't ...?" asks their view: open)
                "why haven't|havent you",
                "how come you haven't|havent",
                # "How come you're not asking Ben?", "How come you don't just ...?"
                "how come you're|youre not",
                "how come you aren't|arent|don't|dont",
                "how come you are not",
            ],
            examples=(
                "Why don't you take a day off?",
                "How come you're not handing it to Ben?",
                "Why haven't you told the board yet?",
                "How come you haven't asked HR already?",
            ),
            counter=("Why do you think you haven't done that yet?", "Why haven't they replied?"),
        ),
        Row(
            "en.lead.what_if",
            [
                "what if you|we|i|they",
                "how about",
            ],
            examples=("What if you asked the client directly?",),
        ),
        Row(
            # a state put to them, not an act: "What if you were the CEO?", "What if you weren't
            # worried about it?" sets a scene to think in (modifier), unless it proposes
            "en.lead.what_if_state",
            [
                "what if you|we|i|they were|weren't|werent|had",
            ],
            modifier="hypothesis",
            examples=("What if you were the one deciding?", "What if you had no deadline?"),
        ),
        Row(
            # anyone's action proposed: "What if the volunteers ran it?", "What about pairing
            # them?"; a scene is no proposal (modifier)
            "en.lead.what_if_anyone",
            [
                "what if",
                "what about *ing",
            ],
            modifier="hypothesis",
            examples=("What if the interns ran the stand-up?", "What about rotating the chair?"),
            counter=("What would happen if nothing changed?",),
        ),
        Row(
            "en.lead.maybe_could",
            [
                "could|can|would you maybe|just|perhaps|possibly|simply|not",
                "you could|should|might|ought",
            ],
            examples=("Maybe you could ask for help?",),
        ),
        Row(
            # the idea inside the leave asked: "Could I suggest you ask Gary?"
            "en.lead.may_i_suggest",
            [
                "can|could|may|might i suggest|recommend|propose you|that|we",
            ],
            examples=("Could I suggest you ask Gary to mentor the juniors?",),
            counter=("Can I suggest something?",),
        ),
        Row(
            "en.lead.expectation",
            ["surely", "clearly"],
            modifier="opinion",
            examples=("Surely that's been agreed already?",),
        ),
        Row(
            "en.lead.better_to",
            [
                "would|wouldn't|wouldnt it be better|best|easier|wiser|smarter",
                "would|wouldn't|wouldnt|does|doesn't|doesnt|did it make|makes sense",
                # "Would it help to write it down?": the coach's idea offered as a question
                "would|wouldn't|wouldnt|might|could|will it help",
            ],
            examples=("Would it be better to postpone?",),
        ),
        Row(
            "en.lead.dont_you_think",
            [
                "don't|dont you think|agree|feel|reckon",
            ],
            examples=("Do you agree with me that it's late? Don't you think so?",),
        ),
    ]
)

# A clause that is only one of these after a statement makes the statement a leading question.
TAGS = PhraseTable(
    [
        Row(
            "en.tag.question_tag",
            [
                "don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|won't|"
                "wouldn't|can't|couldn't|shouldn't|dont|doesnt|didnt|isnt|arent|wasnt|werent|"
                "havent|hasnt|wont|wouldnt|cant|couldnt|shouldnt you",
                "is|are|was|were|do|does|did|have|has|had|will|would|can|could|should you",
                "right",
                "yeah",
                "surely",
                "no",
                "don't|dont you think",
            ],
            examples=("You'd rather stay hands-on, wouldn't you?", "Just phone her, yeah?"),
        ),
        # a tag that agrees with a statement about something ("..., isn't it?"): an opinion
        # the coach expects them to share, never the tag on a command of the coach's
        Row(
            "en.tag.statement_tag",
            [
                "don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|won't|"
                "wouldn't|can't|couldn't|shouldn't|dont|doesnt|didnt|isnt|arent|wasnt|werent|"
                "havent|hasnt|wont|wouldnt|cant|couldnt|shouldnt "
                "it|they|we|he|she|there|i|that",
                "is|are|was|were|do|does|did|have|has|had|will|would|can|could|should "
                "it|they|we|he|she|there|that",
            ],
            modifier="opinion",
            examples=(
                "It's all pretty obvious, isn't it?",
                "Be honest, that's far too much overtime, isn't it?",
            ),
        ),
    ]
)
# Tags that only check understanding: a closed question, not a leading one.
CHECK_TAGS = PhraseTable([])

# Trailing "do you think" and the like do not make a second question.
PARENTHETICAL = PhraseTable(
    [
        Row(
            "en.parenthetical",
            [
                "do you think|reckon|suppose|feel|say",
                "you think",
                "would you say",
                "can|could you tell me|us",
                "you know what i mean",
                "if that makes sense",
                "does that make sense",
                # at the end of a yes/no question: "Is it funded, do you know?"
                "do you know",
                "do you happen to know",
            ],
            examples=(
                "What would be realistic, do you think?",
                "Has the quote come back, do you know?",
                "What matters most here, you think?",
                "How did the review go, can you tell me?",
                "What do you want from it, if that makes sense?",
            ),
        ),
    ]
)

# What a request to talk asks them for with "Give me ...", and how it may be put before it.
_ASKED_FOR = (
    "example|examples|idea|ideas|picture|sense|feel|flavour|flavor|version|rundown|overview|"
    "summary|headline|headlines|highlights|list|way|ways|reason|reasons|story|account|case"
)
_ASKED_LIKE = (
    "wild|crazy|quick|short|rough|concrete|specific|few|couple|different|honest|brief|fuller|"
    "full|real|bold|big|small|typical|recent|outrageous|radical|silly|new|first"
)

# A request to talk: open, whether or not it ends in a question mark.
OPEN_REQUEST = PhraseTable(
    [
        Row(
            "en.open.tell_me",
            [
                "tell me|us",
                "describe",
                "walk|talk|take me|us through",
                # a scene to describe or go back to: "Paint me a picture of ...", "Take me back to"
                "paint me|us a|the picture",
                # the wish to hear is the request: "I'd love to hear what made you take the job"
                "i'd|id love|like to hear|know|understand|learn",
                "i'd|id be curious|interested",
                "take me|us back",
                # something of theirs asked for: "Give me one wild idea.", "Give me an example."
                "give me|us a|an|one|two|three|some|another|your|the|more " + _ASKED_FOR,
                "give me|us a|an|one|two|three|some|another|your|the "
                + _ASKED_LIKE
                + " "
                + _ASKED_FOR,
            ],
            examples=("Tell me what the client was promised.", "Give me one wild idea."),
        ),
        Row(
            "en.open.could_you_tell",
            [
                "can|could|would|will you tell|describe|walk|talk|explain|share|say|expand|"
                "elaborate|unpack|clarify|outline|recount|picture|imagine|recall|remember",
                # ideas asked for: "Can you think of anything that might help?" (open, as
                # "Can you tell me about it?" is)
                "can|could you think of|up",
                "can|could you come up",
            ],
            examples=(
                "Could you tell me a bit more about it?",
                "Can you think of anything else that might get them talking?",
                "Could you come up with one more idea, however wild?",
            ),
        ),
        Row(
            # the same request said more politely: "Would you be willing to tell me ...?"
            "en.open.would_you_like_to_tell",
            [
                "would you like|care to tell|describe|walk|talk|explain|share|say|start",
                "would you be willing|able|happy to tell|describe|walk|talk|explain|share|say",
                "would you be ok|okay|alright|comfortable telling|describing|walking|talking|"
                "explaining|sharing",
                "are you ok|okay|alright|comfortable telling|describing|walking|talking|explaining|"
                "sharing",
                "would you mind telling|describing|walking|talking|explaining|sharing|saying",
            ],
            examples=(
                "Would you like to start by telling me what you want out of today?",
                "Would you be willing to tell me how you felt after the inspection?",
                "Would you mind describing a normal Tuesday for you?",
            ),
            counter=("Would you like me to send the notes?", "Do you mind if we stop here?"),
        ),
    ]
)

# A bare follow-up that is the whole question: "And then?", "Such as?", "How so?". It asks for
# more of what was just said: open, about reality (see classify.py).
FOLLOW_UP = PhraseTable(
    [
        Row(
            "en.open.follow_up",
            [
                "and|then",
                "and how",
                # an example or more of the same asked for: "Such as?", "Like what?"
                "such as",
                "like what",
                "for example|instance",
                "how so",
                # the sense asked for, or more of the same: "Meaning?", "And besides that?"
                "meaning",
                "and|anything besides that",
                "besides that",
                "any ideas|thoughts",
            ],
            examples=("And then?", "And how?", "Such as?", "Meaning?", "And besides that?"),
        )
    ]
)

WHAT_ELSE = PhraseTable(
    [
        Row(
            "en.what_else",
            [
                "what|who|where|how else",
                "anything|anyone|anybody else",
            ],
            examples=("What else is connected to this?",),
        )
    ]
)

# Yes/no questions that carry one of these offer the coach's own idea.
SUGGEST = PhraseTable(
    [
        Row(
            "en.lead.suggestion_word",
            [
                "should|shouldn't|shouldnt|ought",
                "better|best",
                "make|makes sense",
                "be worth",  # "Would it be worth getting the union rep in early?"
                # someone else's action proposed with a hedge: "Antti could probably do them?"
                "could|might probably|maybe|easily|just|always|perhaps",
            ],
            examples=("Do you think the team should know?", "Would it be worth asking HR?"),
        ),
        Row(
            # "Should I keep going with questions?", "Should we stop here?": the coach asks what
            # the coachee wants of the coach or of the session (closed), no idea for the coachee
            "en.lead.should_i_or_we",
            ["should i|we"],
            modifier="idiom",
            examples=("Should I keep asking, or do you want a pause?", "Should we leave it here?"),
            counter=("Do you think we should tell her?", "Should you phone him first?"),
        ),
    ]
)
# Words that tell the answer the coach expects: leading, but an opinion rather than a proposal.
EXPECT = PhraseTable(
    [
        Row(
            "en.lead.expectation",
            ["surely", "clearly"],
            modifier="opinion",
            examples=("Surely that's been agreed already?",),
        )
    ]
)
# Yes/no questions about the process ("Shall we move on?") are closed, never leading.
PROCESS = PhraseTable(
    [
        Row(
            "en.process",
            ["shall|should|can|could we", "is it ok|okay|alright if"],
            examples=(
                "Shall we move on to options?",
                "Can we come back to this later?",
                "Is it ok if we stop here?",
            ),
        )
    ]
)

# "Sure, why not.", "Why not, what appeals to you?": agreement, not a why-question.
AGREEMENT = PhraseTable(
    [
        Row(
            "en.other.why_not",
            [
                "why not",
            ],
            examples=("Sure, why not.", "Why not, what do you have in mind?"),
            counter=("Why didn't you ask?",),
        ),
        Row(
            # "You know what, why not ask Tom?": a call for attention, no question of its own
            "en.other.you_know_what",
            ["you know what", "guess what"],
            modifier="attention",
            examples=("You know what? Try it.", "You know what?", "Guess what?"),
            counter=("Do you know who said it?", "What do you know about it?"),
        ),
    ]
)


# "I'm curious what you'd try ...", "I wonder how ...": a question asked as a statement of
# curiosity, often with no question mark; the embedded question decides its kind.
CURIOUS = PhraseTable(
    [
        Row(
            "en.curious.wonder",
            [
                "i'm|im curious|wondering",
                "i wonder|wondered",
                "i'd|id love|like to hear|know|understand",
                "tell me",
            ],
            examples=(
                "I'm curious what made you say yes in the first place.",
                "I wonder how the team would see it",
            ),
            counter=("We wondered about the cost.", "She's curious about it."),
        )
    ]
)
# "If money were no object, what would you try": a condition put first, then the question.
CONDITIONS = frozenset({"if", "suppose", "supposing", "imagine", "before"})
# "When you picture Monday's meeting, how will you open it?": a time clause put first, not a
# when-question, when a subject (no auxiliary) follows the word.
TEMPORAL = frozenset({"when", "whenever", "once"})
# "when you gonna tell them": spoken, the auxiliary dropped; a when-question all the same.
DROPPED_AUX = frozenset({"gonna", "wanna", "gotta"})
# After "I'd": the coach's own wish or view, not advice ("I'd like to sum up", "I'd love to hear")
WISHES = wordset("like love be appreciate welcome wonder hope imagine guess")
# A subject that points back at what was just said: "..., or is that off the table?"
BACK_REFERENCE = wordset("that it this")
# "What time and where will you meet?": nouns that make one question word with the one before.
WH_NOUNS = wordset("time day date way")
# "What if you were the CEO?", "What if you weren't worried about it?": a state after "you" in a
# "what if" sets a scene; "What if you asked the union?" proposes an act.
SCENE_VERBS = wordset("were weren't werent had")
# Words that negate a clause: "What if nothing stood in the way?" opens a scene (hypothesis)
NEGATIONS = wordset(
    "not no nothing nobody no-one never none neither nowhere don't doesn't didn't isn't aren't "
    "wasn't weren't haven't hasn't hadn't can't couldn't won't wouldn't shouldn't dont doesnt "
    "didnt isnt arent wasnt werent havent hasnt cant couldnt wont wouldnt shouldnt"
)
# Leave asked to say what the coach hears or notices ("Can I tell you what I'm picking up?")
SAY_STEMS = ("tell", "say", "share", "reflect", "sum", "mirror", "offer", "name", "point")
# feedback and an observation offered are the coach's own view of them: "Can I give you some
# feedback? You tend to ..." is advice
IDEA_STEMS = ("suggest", "idea", "tip", "proposal", "recommend", "feedback", "observation")
# Leave asked to tell the coach's own experience ("Do you want to hear what worked for me?"): with
# a word of the coach's own after it, what follows is the idea offered, advice however it is said
OWN_STORY = PhraseTable(
    [
        Row(
            "en.story.want_to_hear",
            [
                "do|would you want|like to hear|know",
                "want|wanna to hear|know",
                "can|may|could i tell|share what|how",
                "can|may|could i tell you what|how",
            ],
            examples=(
                "Do you want to hear what worked for me?",
                "Want to know what we did at my last job?",
                "Can I share how we handled it on my old team?",
            ),
            # read only at the start of a question ("I want to hear your view" would match)
            counter=("Do you know what she wants?", "We want to keep the night shift."),
        )
    ]
)
# The coach's own past, or a former workplace's ("When I was in the same spot, ...", "At my last
# job we ..."): with WORKED in the same sentence, what worked for them is told as advice
OWN_PAST = PhraseTable(
    [
        Row(
            "en.story.own_past",
            [
                "in|at|on my last|old|previous|former job|team|place|company|store|role|site",
                "in|at|on my last|old|previous|former ward|school|firm|workplace|office",
                "my last|old|previous|former manager|boss|team|lead|supervisor|company|job",
                "when i was in|at|on|running|leading",
                "when i had|ran|led",
                "back when i|we",
                "i|we once|twice",
                "i|we had the same|exact",
            ],
            examples=(
                "When I was in the same spot, I asked everyone for anonymous feedback, and it helped.",
                "At my old job we moved the stand-up to the afternoon, and it worked.",
                "My last manager did one-to-ones on walks, and everyone loved it.",
            ),
            counter=("When was the last time you asked them?", "Your last manager did that too."),
        )
    ]
)
# ... and that it worked ("..., and it helped", "what worked for me was ...")
WORKED = PhraseTable(
    [
        Row(
            "en.advice.worked_for_me",
            [
                "and it|that worked|helped",
                "it|that worked wonders|brilliantly|beautifully|a|really|so",
                "what worked",
                "it|that made a|all|big|huge|real",
                "and everyone|everybody|people loved it",
                "it|that solved|fixed|sorted|saved",
            ],
            examples=(
                "When I was in the same spot, I asked everyone for anonymous feedback, and it helped.",
                "I had the same thing in my last job, and what worked was putting it all in writing.",
                "My last manager did one-to-ones on walks, and everyone loved it.",
            ),
            counter=("I hope it helps.", "Did anything work for a while?"),
        )
    ]
)
# "You built the team from scratch, which is no small thing - what ...?": after a comma, "which"
# and a verb open a relative clause, not a question
RELATIVES = PhraseTable(
    [
        Row(
            "en.relative.which",
            [
                "which is|was|has|had|means|meant|made|makes|took|takes|shows|showed|says|said|"
                "must|can't|cant|isn't|isnt|wasn't|wasnt",
            ],
            examples=("You built it from scratch, which is no small thing.",),
            counter=("Which one feels right?", "Which of them would you pick?"),
        )
    ]
)
# Word endings that make a word the coach's own (Finnish "työpaikassani"); English has none
OWN_SUFFIXES: tuple[str, ...] = ()
# "I'd suggest we park the budget for now": with "we" after it, the talk structured.
SUGGEST_VERBS = frozenset({"suggest", "propose"})
# "Imagine you were in her shoes.": a scene to think in, whatever advice words it holds.
SCENE_OPENERS = frozenset({"imagine", "suppose", "supposing", "picture", "pretend"})
# a summing up: "So the plan is: ...", "Okay, so: ..."
SUMMING = wordset("so")
CONDITION_THEN = frozenset({"then", "so"})
