"""English cues of the MITI behaviours beside the kind: permission, affirmation, autonomy and the
cues of a complex reflection. They are features of the learned model, which decides the flags;
each row's examples are utterances written for that row."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row

ASK_PERMISSION = PhraseTable(
    [
        Row(
            "en.permission.may_i",
            [
                "may|can|could i ask|share|suggest|offer|add|tell|mention|say|check|bring|give|"
                "throw|make",
            ],
            examples=("May I share something I noticed?",),
            counter=("You can ask him yourself.", "I asked the team last week."),
        ),
        Row(
            "en.permission.is_it_ok",
            [
                "is it ok|okay|alright|fine if|to",
            ],
            examples=("Is it okay if we look at options now?",),
            counter=("The plan is okay.", "It was alright in the end."),
        ),
        Row(
            "en.permission.together",
            [
                "shall we|i",
                "together",
            ],
            examples=(
                "Shall we look at what you could do?",
                "Would you like to explore this together?",
            ),
            counter=("We met on Monday.", "They could look at it later."),
        ),
        Row(
            "en.permission.if_i_may",
            [
                "if i may|can|might",
                "if that's|thats|it's|its ok|okay|alright|all",
            ],
            examples=(
                "One more question, if I may: what would you do differently?",
                "If that's okay, let's look at the options.",
            ),
            counter=("If I can't make it, Sam will go.", "If it's late again, call them."),
        ),
        Row(
            "en.permission.mind_if",
            [
                "mind if",
            ],
            examples=("Do you mind if I take a few notes?", "Mind if we go back a step?"),
            counter=("Never mind, it's fine.", "Keep that in mind."),
        ),
        Row(
            "en.permission.offer_help",
            [
                "want|like me to",
            ],
            examples=("Want me to sit in on that meeting?", "Would you like me to send the notes?"),
            counter=("They want to leave early.", "It would help the team."),
        ),
    ]
)

AFFIRM = PhraseTable(
    [
        Row(
            "en.affirm.i_value",
            [
                "i really|truly|genuinely appreciate|admire|respect|value",
            ],
            examples=("I really admire how you handled that.",),
            counter=("I think you should call her.", "I was in a meeting."),
        ),
        Row(
            "en.affirm.took_courage",
            [
                "took|takes courage|guts|nerve",
            ],
            examples=("That took courage.", "Owning up like that takes guts."),
            counter=("It took three weeks.", "The meeting took all morning."),
        ),
        Row(
            "en.affirm.praise",
            [
                "good|great|nice catch|one|insight|thinking|work",
            ],
            examples=("Good catch.", "Good thinking."),
            counter=("The work is late.", "Great, let's move on."),
        ),
    ]
)

AUTONOMY = PhraseTable(
    [
        Row(
            "en.autonomy.your_call",
            [
                "your call|choice|decision",
                "up to you",
                "you're|youre the expert|one",
            ],
            examples=("It's entirely your call.",),
            counter=("Who decides the budget?", "The call is at ten."),
        ),
    ]
)

COMPLEX = PhraseTable(
    [
        Row(
            "en.complex.feeling",
            [
                "torn|frustrated|worried|anxious|afraid|scared|hurt|relieved|proud|disappointed|"
                "exhausted|overwhelmed|stuck|guilty|lonely|angry|upset|nervous|ashamed|"
                "embarrassed|uneasy|conflicted|drained|resentful|unappreciated|undervalued|"
                "ignored|trapped|caught|alone|helpless|powerless|betrayed|fed",
            ],
            examples=(
                "You're worried the team will think you're unfair.",
                "It sounds like you feel trapped between the two of them.",
            ),
            counter=("The meeting is on Tuesday.", "So you sent the report."),
        ),
        Row(
            "en.complex.ambivalence",
            [
                "on one hand",
                "on the other",
                "part of you",
            ],
            examples=("Part of you wants to stay, and part of you is ready to go.",),
            counter=("You stayed late.", "The other team sent it."),
        ),
        Row(
            "en.complex.meaning",
            [
                "matters|important to you",
                "more about",
            ],
            examples=(
                "Being trusted really matters to you.",
                "This is more about respect than money.",
            ),
            counter=("The report was late.", "So you called him."),
        ),
    ]
)
