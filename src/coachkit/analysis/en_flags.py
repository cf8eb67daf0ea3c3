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
                "would|do you mind if i|we",
                "would you like me to",
                "do you want me to",
                "would it help if i|we",
                "would it be helpful|useful if i|we",
                "how would you feel if i|we",
                "would you be open to hearing|an|a|some",
                "want me to",
                "would|could it help|be useful if i|we",
                "does|would that|this|it work for you",
                "work for you",
                "would you like some|an|my|a few",
                "can|could i offer|suggest|share|add",
            ],
            examples=(
                "May I share something I noticed?",
                "Would it help if I told you what worked for me?",
                "Do you mind if I ask about the budget?",
            ),
            counter=("You can ask him yourself.", "I asked the team last week."),
        ),
        Row(
            "en.permission.is_it_ok",
            [
                "is it ok|okay|alright|fine if|to",
                "would it be ok|okay|alright|fine if|to",
                "are you ok|okay|alright with|if",
                "would you be ok|okay|alright with|if",
                "is that ok|okay|alright with you",
                "does that sound ok|okay|alright|good to you",
            ],
            examples=(
                "Is it okay if we look at options now?",
                "Would it be alright to stay with this a bit longer?",
                "Is that ok with you?",
            ),
            counter=("The plan is okay.", "It was alright in the end."),
        ),
        Row(
            "en.permission.together",
            [
                "shall we|i",
                "together",
                "would you like to explore|look|think|work|go",
                "can|could we look|explore|take|go|move|spend|turn|stay",
            ],
            examples=(
                "Shall we look at what you could do?",
                "Would you like to explore this together?",
                "Could we take a moment with that?",
            ),
            counter=("We met on Monday.", "They could look at it later."),
        ),
    ]
)

AFFIRM = PhraseTable(
    [
        Row(
            "en.affirm.i_value",
            [
                "i really|truly|genuinely appreciate|admire|respect|value",
                "i appreciate|admire|respect|value",
                "i believe in you",
                "i'm|im impressed|proud",
                "i am impressed|proud",
                "i have faith|confidence in you",
            ],
            examples=(
                "I really admire how you handled that.",
                "I believe in you.",
                "I'm impressed by how much you've thought this through.",
            ),
            counter=("I think you should call her.", "I was in a meeting."),
        ),
        Row(
            "en.affirm.your_strength",
            [
                "that took|takes courage|guts|strength|real",
                "well done",
                "good for you",
                "great|good|brave|smart|wise|thoughtful|excellent job|work|insight|thinking|"
                "point|idea|move|step|question|effort",
                "you clearly|obviously|really care",
                "you've|youve clearly|really|obviously worked|thought|put|done|handled|grown",
                "you're|youre clearly|obviously|really good|great|skilled|committed|"
                "dedicated|thoughtful|brave|resourceful|determined",
                "your courage|honesty|commitment|dedication|persistence|effort|care",
                "proud of you",
                "you did|handled|managed that|it|this really|so well",
                "you did a great|good|brilliant|fantastic|really",
                "that's|thats|that is brave|impressive|admirable|courageous|generous",
                "says a lot about you",
                "not many people|everyone would",
                "you should be proud",
                "credit to you",
                "you've|youve done|handled|managed|kept|held",
            ],
            examples=(
                "That took courage.",
                "You clearly care about your team.",
                "Well done for raising it with them.",
            ),
            counter=("You've tried a few things already.", "The team cares about deadlines."),
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
                "you know best",
                "you know your|the team|people|them|this|yourself best|better",
                "whatever you decide|choose",
                "you're|youre the expert|one",
                "you're|youre best placed",
                "only you can|know",
                "in your hands",
                "you don't|dont have|need to",
                "you're|youre free to",
                "you get to decide|choose",
                "yours to decide|choose",
            ],
            examples=(
                "It's entirely your call.",
                "You know your team better than anyone.",
                "You don't have to decide anything today.",
            ),
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
                "on the one hand",
                "on the other",
                "part of you",
                "at the same time",
                "and yet",
                "torn between",
                "even though",
            ],
            examples=(
                "Part of you wants to stay, and part of you is ready to go.",
                "You want to be fair, and at the same time you need this done.",
            ),
            counter=("You stayed late.", "The other team sent it."),
        ),
        Row(
            "en.complex.meaning",
            [
                "matters|important to you",
                "what really|truly matters",
                "underneath",
                "deep down",
                "really about",
                "more about",
                "what you're|youre really",
                "you value|care",
                "for you this|it is",
                "because you",
            ],
            examples=(
                "Underneath the frustration there's a worry about being left out.",
                "For you this is really about being trusted.",
            ),
            counter=("The report was late.", "So you called him."),
        ),
    ]
)
