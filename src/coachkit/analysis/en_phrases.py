"""English question phrase tables: leading forms, tags, requests, what-else, process."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row

# Forms that look leading but only ask for a fact.
CLOSED_FORMS = PhraseTable(
    [
        Row(
            "en.closed.tried_anything",
            [
                "have|did you tried|try anything|something|everything",
                "have you already tried anything|something",
            ],
            examples=("Have you tried anything so far?",),
        ),
        Row(
            # "Have you thought about what you want?": a question to think about, no proposal.
            "en.closed.thought_about_what",
            [
                "have|did you thought|think|considered|consider|wondered about|of "
                "what|how|why|who|where|when|whether|which|if",
                "have|did you considered|consider|wondered what|how|why|who|where|when|whether|"
                "which|if",
                "have|did you ever thought|considered|wondered about|of what|how|why|who|where|"
                "when|whether|which|if",
            ],
            examples=("Have you thought about what you want?",),
        ),
    ]
)

# Anywhere in a question: the coach's own suggestion or expected answer.
LEADING = PhraseTable(
    [
        Row(
            "en.lead.have_you_considered",
            [
                "have|did you considered|consider|tried|try",
                "have you thought|think about|of",
                "did you think about|of",
                "have you ever considered|tried|thought",
                "have you looked into",
                # an action named with -ing is the coach's idea: "Have you looked at hiring ...?"
                "have|did you ever looked|look at|into *ing",
                "have|did you looked|look at|into *ing",
                "have you explored|weighed",
            ],
            examples=("Have you considered a part-time model?",),
        ),
        Row(
            "en.lead.why_dont_you",
            [
                "why don't|dont|not|wouldn't|wouldnt|won't|wont",
                # "How come you don't just ask?" proposes like "Why don't you ...?"
                "how come you|we don't|dont|won't|wont|wouldn't|wouldnt",
                # "Why haven't you just asked?": what the coachee failed to do, as a proposal
                "why haven't|havent|didn't|didnt you just|simply",
                "how come you|we haven't|havent|didn't|didnt just|simply",
            ],
            examples=("Why don't you take a day off?",),
        ),
        Row(
            "en.lead.what_if",
            ["what if you|we|i|they", "what about *ing", "how about", "what about if"],
            examples=("What if you asked the client directly?",),
        ),
        Row(
            "en.lead.maybe_could",
            [
                "could|can|would you maybe|just|perhaps|possibly|simply|not",
                "maybe|perhaps you could|should|can|might|need",
                "you could|should|might|ought",
                "could it be|it's|its",
                "is it possible that",
            ],
            examples=("Maybe you could ask for help?",),
        ),
        Row(
            "en.lead.expectation",
            ["surely", "obviously", "of course", "clearly"],
            modifier="opinion",
            examples=("Surely that's been agreed already?",),
        ),
        Row(
            "en.lead.better_to",
            [
                "would|wouldn't|wouldnt it be better|best|easier|wiser|smarter",
                "is|isn't|isnt it better|best|easier|wiser|smarter",
                "would|wouldn't|wouldnt|does|doesn't|doesnt|did it make|makes sense",
                "would|wouldn't|wouldnt it be a good idea",
                # "Would it help to write it down?": the coach's idea offered as a question
                "would|wouldn't|wouldnt|might|could|will it help",
                "would|wouldn't|wouldnt|might|could it be helpful|useful|worth",
                "wouldn't|wouldnt it be good|nice|great",
                "is|isn't|isnt it worth",
                "do you think you should|could|ought|need",
                "should|shouldn't|shouldnt you",
                "ought you",
                "would you consider",
                "would you be willing|open|prepared",
                "would you like to try|consider|start",
                "why not just",
            ],
            examples=("Would it be better to postpone?",),
        ),
        Row(
            "en.lead.dont_you_think",
            ["don't|dont you think|agree|feel|reckon", "wouldn't|wouldnt you say|agree"],
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
                "havent|hasnt|wont|wouldnt|cant|couldnt|shouldnt "
                "it|you|they|we|he|she|there|i|that",
                "is|are|was|were|do|does|did|have|has|had|will|would|can|could|should "
                "it|you|they|we|he|she|there|that",
                "right",
                "yeah",
                "eh",
                "surely",
                "innit",
                "no",
                "don't|dont you think",
                "wouldn't|wouldnt you say|agree",
            ],
            examples=("It's all pretty obvious, isn't it?",),
        ),
    ]
)
# Tags that only check understanding: a closed question, not a leading one.
CHECK_TAGS = PhraseTable(
    [
        Row(
            "en.tag.check",
            ["correct", "is that right|correct|fair", "am i right", "did i get that right"],
            modifier="check",
            examples=("You want to keep the schedule, is that right?",),
        )
    ]
)

# Trailing "do you think" and the like do not make a second question.
PARENTHETICAL = PhraseTable(
    [
        Row(
            "en.parenthetical",
            [
                "do you think|reckon|suppose|feel|say",
                "would you say",
                "you think",
                "what do you think",
                "do you know",
            ],
            examples=(
                "What would be realistic, do you think?",
                "Who gains from it, would you say?",
                "What matters most here, you think?",
            ),
        ),
    ]
)

# A request to talk: open, whether or not it ends in a question mark.
OPEN_REQUEST = PhraseTable(
    [
        Row(
            "en.open.tell_me",
            [
                "tell me|us",
                "say|share|talk more|a",
                "describe",
                "walk|talk|take me|us through",
                "help me understand",
                "explain",
                "give me an|some|a example|examples|sense|picture",
                "paint me|a picture",
                "go on",
                "keep going",
                "expand|elaborate",
                "share with me",
                "fill me in",
            ],
            examples=("Tell me what the client was promised.",),
        ),
        Row(
            "en.open.could_you_tell",
            [
                "can|could|would|will you please tell|describe|walk|talk|explain|share|say|"
                "expand|elaborate|unpack|clarify",
                "can|could|would|will you tell|describe|walk|talk|explain|share|say|expand|"
                "elaborate|unpack|clarify|outline|recount|picture|imagine|recall|remember",
                "can|could|would|will you give me|us",
                "can|could|would|will you help me understand",
                "can|could|would you think of",
                "can|could|would you sum|summarise|summarize",
                "would you mind telling|describing|sharing|explaining|walking|talking|saying",
            ],
            examples=("Could you tell me a bit more about it?",),
        ),
        Row(
            "en.open.i_wonder",
            [
                "i wonder|wondered|wondering what|how|whether|if|where|who|which",
                "i'm|im curious about|what|how|whether|to",
                "i'd|id love|like to hear|know|understand",
                "i would love|like to hear|know|understand",
                "i'd|id be interested to|in",
                "i would be interested to|in",
                "let's|lets hear",
            ],
            examples=("I wonder how that went.",),
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
                "and then|so",
                "then what",
                "and what then",
                "what then",
                "such as",
                "like what",
                "meaning",
                "meaning what",
                "for example|instance",
                "example",
                "how so",
                "in what way|sense|ways",
                "how do you mean",
                "what do you mean",
                "and how",
                "how's that|so",
                "what happened then|next|after",
                "what next",
                "anything more",
            ],
            examples=("Such as?",),
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
                "what more",
                "anything|something more|further",
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
                "good idea",
                "worth it|trying|a",
                "wiser|smarter",
            ],
            examples=("Do you think the team should know?",),
        ),
    ]
)
# Words that tell the answer the coach expects: leading, but an opinion rather than a proposal.
EXPECT = PhraseTable(
    [
        Row(
            "en.lead.expectation",
            ["surely", "obviously", "of course", "clearly"],
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
            ["shall|should|can|could we", "shall i", "is it ok|okay|alright if"],
            examples=(
                "Shall we move on to options?",
                "Can we come back to this later?",
                "Is it ok if we stop here?",
            ),
        )
    ]
)
