"""English statement rules: reflections, advice, commands and other talk."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row, wordset

REFLECT_STRONG = PhraseTable(
    [
        Row(
            "en.reflect.sounds_like",
            [
                "it sounds|sounded|seems|seemed|looks like|as",
                "sounds|seems like|as",
                "that sounds|must",
                "it must be|have",
                "you must be|feel|have",
            ],
            examples=("It sounds like things are stuck.",),
        ),
        Row(
            "en.reflect.you_seem",
            [
                "you seem|sound|look|appear",
                "you're|youre feeling|sounding|saying|torn|telling",
                "you are feeling|sounding|saying|torn|telling",
                "you feel|felt",
                "you've|youve been feeling",
                "part of you",
                "on one hand",
                "on the one hand",
            ],
            examples=("You seem to have decided already.",),
        ),
        Row(
            "en.reflect.what_i_hear",
            [
                "what i'm|im hearing",
                "what i am hearing",
                "what i hear",
                "i'm|im hearing",
                "i hear that|you",
                "if i understand|understood",
                "let me sum|summarise|summarize|check|see if",
                "to sum up",
                "in other words",
                "what you're|youre saying",
                "so what you're|youre saying",
            ],
            examples=("What I'm hearing is that time is the main worry.",),
        ),
    ]
)

REFLECT_WEAK = PhraseTable(
    [
        Row(
            "en.reflect.so",
            ["so you|you're|youre|your|for|the|it's|its|it|this|that|what|they|he|she"],
            examples=("So the feedback came out of nowhere.",),
        )
    ]
)

ADVICE = PhraseTable(
    [
        Row(
            "en.advice.you_should",
            [
                "you should|shouldn't|shouldnt|must|mustn't|gotta",
                "you need|have|ought|got to",
                "you really|just|definitely|honestly|seriously|probably|simply|absolutely need|have|"
                "ought|should|must|gotta",
                # spoken obligation: "You've gotta stop ...", "you're gonna have to"
                "you've|youve|you gotta|got",
                "you're|youre going to have|need",
                "you're|youre gonna have|need",
                "you'd|youd better",
                "you had better",
                "you might|may want to",
                "you could just|always|simply",
                "make sure",
                "don't|dont forget",
                "it's|its|it'd|it'll best|better|wise|smart|time",
                "it is|would best|better|wise|smart|time",
                "it's|its always|usually|probably|generally best|better|wise|smart",
                "it is always|usually|probably|generally best|better|wise|smart",
                "it would be best|better|wise|smart",
                "the best thing|way|move|option",
                # "It'd be smart to move the call": a verdict on what to do, said with "be"
                "it'd|itd|it'll|itll|that'd|thatd be best|better|wise|smart|worth|sensible",
                "it'd|itd|it'll|itll|that'd|thatd be a good|smart|wise idea",
            ],
            examples=("You have to talk to her.",),
        ),
        Row(
            "en.advice.i_would",
            [
                "i'd|id",
                "i would",
                "i wouldn't|wouldnt",
                "if i were|was you",
                "in your shoes|position|place",
                "my advice|suggestion|recommendation|tip",
                "i suggest|recommend|advise|propose",
                "i think you should|need|have|must|ought",
            ],
            examples=("I'd wait a week.",),
        ),
        Row(
            "en.advice.verdict",
            [
                "to be honest|fair|frank",
                "frankly",
                "in my opinion|view",
                "if you ask me",
                "personally i",
                "it's|its your|not fault",
                "it is your|not fault",
                "go for it",
            ],
            examples=("Frankly, that's a fair outcome.",),
        ),
    ]
)

IMPERATIVES = wordset(
    "ask apologise apologize accept avoid block book bring build call cancel change check choose "
    "clear commit cut decide delegate do don't dont drop email find focus forget get give go "
    "hand hire ignore invite keep leave limit make meet move offer pick plan practise practice "
    "prepare prioritise prioritize push put read remember reply rest say schedule send set show "
    "skip sleep speak spend split start stop take talk tell think trust try turn use wait write "
    "be stay switch hold own run let hire fire learn sign join consider note block raise "
    "admit agree reach arrange escalate involve loop reduce drop quit apply"
)

OTHER = PhraseTable(
    [
        Row(
            "en.other.greeting_thanks",
            [
                "hi|hello|hey|welcome|morning|bye|goodbye|cheers|thanks|thank|sorry|congrats|"
                "congratulations|appreciate|appreciated|grateful|thx|ty",
                # thanks with the subject said or dropped: "Really appreciate you sharing that."
                "i|really|truly|so|i really appreciate|appreciated",
                "good morning|afternoon|evening|to",
                "nice to|seeing|meeting",
                "see you",
                "happy friday|monday|weekend|holidays|holiday|birthday|new|easter|christmas",
                "have a good|nice|great|lovely weekend|day|evening|holiday|holidays|summer|one|"
                "week|trip",
            ],
            examples=("Thanks for that.",),
        ),
        Row(
            "en.other.praise",
            [
                "great|good|nice|excellent|brilliant|wonderful|awesome|fantastic|perfect|cool|"
                "wow|interesting|lovely|amazing|superb|splendid|impressive|fair",
                "well done|said",
                "that's|thats great|good|nice|really|very|so|a|an|interesting|helpful|useful|"
                "brilliant|excellent|fair|true|right",
                "that is|was great|good|nice|really|very|so|a|an|interesting|helpful|useful",
                "what a great|good|nice|lovely",
                "i like|love that|this|it|your",
                "i agree",
                # "Love that idea.", "What a brilliant observation.": the subject dropped, or
                # an exclamation
                "love|loving|like that|this|it|your|the|how",
                "what a|an",
                "how interesting|lovely|cool|great|nice|exciting|wonderful|brilliant|fascinating",
                "good point",
            ],
            examples=("Really great!",),
        ),
        Row(
            # small talk: the weather, the traffic, the day ("Freezing out there this morning.")
            "en.other.small_talk",
            [
                "weather|traffic|rain|raining|rainy|sunny|freezing|snow|snowing|snowed|windy|"
                "foggy|humid",
                "cold|hot|wet|grey|gray|chilly|miserable|beautiful|gorgeous morning|day|out|"
                "outside|today",
                "what|such a lovely|nice|beautiful|gorgeous|horrible|awful|miserable day|morning|"
                "weather",
            ],
            examples=("Freezing out there today.",),
        ),
        Row(
            "en.other.structuring",
            [
                "let's|lets",
                "let us",
                "we've|weve|we're|we",
                "just so you know",
                "before we",
                "moving on",
                "back to",
                "time check",
                "i'll|ill|i will",
                "one moment|second|sec",
                "you're|youre back|muted|frozen|on",
                "you are back|muted|frozen|on",
                "my screen|connection|audio|mic|camera|internet|wifi|video|sound",
            ],
            examples=(
                "Let's carry on tomorrow.",
                "We have an hour for this.",
            ),
        ),
    ]
)
