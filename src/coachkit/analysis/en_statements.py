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
                "it seems|seemed",
                # "To me it sounds like you have to choose ...": how their words sound to the
                # coach, whatever "you have to" the meaning holds
                "to me it sounds|sounded|seems|seemed|looks like|as",
            ],
            examples=(
                "It sounds like things are stuck.",
                "It seems the move hit you hard.",
                "To me it sounds like you have to pick between two loyalties.",
            ),
        ),
        Row(
            "en.reflect.you_seem",
            [
                "you seem|sound|look|appear",
                "you feel|felt",
                "part of you",
                "on one hand",
            ],
            examples=("You seem to have decided already.",),
        ),
        Row(
            # their own option mirrored: "So one option you see is that you could ask Tom."
            "en.reflect.your_option",
            [
                "one|another|an option|idea|way you see|mentioned|named|have|had|came",
                "so one|another option|possibility|idea would|could|might|is",
                "like|as you said|mentioned",
                "you said|mentioned you could|might",
            ],
            examples=(
                "So one option you see is that you could ask Tom.",
                "You could ask for more time, like you said.",
                "You mentioned you could move the review to March.",
            ),
            counter=("You could ask Tom.", "What options do you see?"),
        ),
        Row(
            # understanding put into words: "I can see why the porters felt left out."
            "en.reflect.i_can_see_why",
            [
                "i can see|understand|get why|how",
                "i understand|get why|how",
                # about them: "No wonder you're tired." ("..., no wonder everyone's flat" is
                # small talk)
                "no wonder you|you're|youre|your|you've|youve",
            ],
            examples=(
                "I can see why the night porters felt left out.",
                "No wonder you're tired.",
                "I understand why that stung.",
            ),
            counter=("I can see the car park from here.", "Why do you think that is?"),
        ),
        Row(
            "en.reflect.what_i_hear",
            [
                "what i'm|im hearing",
                "i'm|im hearing",
                "if i understand|understood",
                # a summary announced: "Let me recap what I've heard: ..."
                "let me recap|summarise|summarize|sum",
                "to recap|summarise|summarize|sum",
                # "So where we are: you want ..., and what holds you back is ...": a summary
                # announced by where the talk has got to, no question of where
                "where we are|stand",
                "here's|heres where we are|stand",
                "where we've|weve got|landed|ended",
                "where things stand",
                # a check of understanding announced: "Just to check, you'd like ..., right?"
                # a hunch about them: "I get the sense that the real worry is ..."
                "i get|have|got the|a sense|impression",
                "so|and just to check|confirm",
                "just to check|confirm",
                "to make sure i|i've|ive|i'm|im",
            ],
            examples=(
                "What I'm hearing is that time is the main worry.",
                "So where we are: you want Saturdays off, and what stops you is trust.",
                "Where we've got to: the plan is fine, the timing isn't.",
            ),
            counter=("Where do we go from here?",),
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
            # the coachee's act, put as the plan for both: "Let's have you draft it tonight."
            "en.advice.lets_have_you",
            [
                "let's|lets have you",
                "let's|lets get you to",
            ],
            examples=(
                "Let's have you call the supplier first thing tomorrow.",
                "Let's get you to write the email tonight and I'll read it.",
            ),
            counter=("Let's carry on tomorrow.", "Let's get you a coffee first."),
        ),
        Row(
            "en.advice.you_should",
            [
                "you should|shouldn't|shouldnt|must|mustn't|gotta",
                "you need|have|ought|got to",
                "you need a|an|some|more|proper",
                # spoken obligation: "You've gotta stop ...", "you're gonna have to"
                "you've|youve|you gotta",
                "you've|youve|you got to",  # not "you've got a lot on": that is no advice
                # "Make sure you ...", not "To make sure I've got it, ..." (a check of the coach's)
                "make sure you|your|they|their|the|that|to|it|everyone|everybody|someone|he|she|"
                "we|there|all|each|nobody|no|people|staff|this|those|these|whoever",
                "the best thing|way|move|option",
                # "A good rule of thumb is to ...", "A good approach would be to ...": the
                # coach's practice, put as a good one
                "a good|smart|sensible|useful|handy rule|practice|approach|move|way would|is",
                "a good|useful|handy|simple rule of thumb",
            ],
            examples=("You have to talk to her.", "A good rule of thumb is to check in weekly."),
        ),
        Row(
            # the coach's own option, put as one of several: "One option would be to ..."
            "en.advice.one_option",
            [
                "one|another|an option|possibility|alternative|idea would|could|might be",
                # "One option is to split the role.": the coach's option, as a plain statement
                "one|another|an option|possibility|alternative|idea is to",
                # "It's worth keeping a log.", "Might be worth a word with HR."
                "it's|its worth keeping|trying|asking|checking|talking|getting|having|doing|"
                "giving|booking|setting|writing|making|starting|putting|looping|flagging",
                "might|may|could be worth",
                "one|another thing you could|might try|do",
            ],
            examples=("One option would be to merge the two stand-ups.",),
            counter=("So one option you see is that you could ask Tom.",),
        ),
        Row(
            # "I'd wait a week."; "I'd like to sum up" is the coach's wish (modifier)
            "en.advice.id",
            ["i'd|id"],
            modifier="wish",
            examples=("I'd wait a week.",),
        ),
        Row(
            # "I'd be honest with them": how the coach would act, advice; "I'd be happy to ..."
            # stays the coach's wish
            "en.advice.id_be",
            [
                "i'd|id be honest|upfront|straight|direct|clear|careful|firm|open|transparent|"
                "frank|wary|cautious|patient",
            ],
            examples=("I'd be honest with them about the layoffs.",),
            counter=("I'd be happy to sit in.", "I'd be glad to help."),
        ),
        Row(
            "en.advice.i_would",
            [
                "in your shoes|position|place",
                "i think you should|need|have|must|ought",
                "i reckon|guess you just|should|need|ought",
            ],
            examples=("In your shoes I'd wait.", "I reckon you just apologise and move on."),
        ),
        Row(
            # what works for others, offered as the way to go: "Some people find it helps to
            # block the mornings." ("..., not many managers would." praises: no "would" here)
            "en.advice.others_do",
            [
                "some|many|most people|managers|leaders|leads|bosses|supervisors|heads|folks|"
                "colleagues find|swear",
                "some|many|most new|other|experienced people|managers|leaders|leads|bosses|"
                "supervisors|heads|colleagues find|swear",
                "lot|lots|plenty of people|managers|leaders|leads|bosses|supervisors|heads|folks|"
                "colleagues find|swear",
                "lot|lots|plenty of new|other|experienced people|managers|leaders|leads|"
                "supervisors find|swear",
                "find|found it helps|useful|helpful",
            ],
            examples=(
                "Some people find it helps to block the mornings.",
                "A lot of new supervisors swear by a weekly one-to-one.",
            ),
            counter=("Some people were late.", "Not many managers would own up to that."),
        ),
        Row(
            "en.advice.recommend",
            [
                "i recommend|suggest|advise",
                "best|better to",
            ],
            examples=(
                "I recommend you bring the union rep in early.",
                "Best to get it in writing first.",
            ),
            counter=("They advised us last year.", "The best part was the lunch."),
        ),
        Row(
            # the coach's verdict on an option or a plan: "The first option is clearly the best.",
            # "That's a false economy.", "The cheaper contract is the way to go."
            "en.advice.verdict",
            [
                "clearly|obviously|definitely the best|better|right|stronger|safer|smarter",
                "false economy",
                "the way to go",
            ],
            examples=(
                "The first option is clearly the best.",
                "Going with the cheaper cleaners looks like a false economy to me.",
                "A trial month is the way to go.",
            ),
            counter=("You said the first option felt right.", "The best part was the lunch."),
        ),
        Row(
            "en.advice.hedged",
            [
                "might|may|could|would be worth",
                "probably|definitely|maybe|perhaps|prob worth",
                "worth getting|having|trying|asking|checking|talking|looping|bringing|putting|"
                "considering|running|doing|sending|booking",
                "you might|may want to",
                "you'd|youd be better off",
                "you would be better off",
                "if you ask me",
                "for my money",
                "if i were|was you",
                "if it were|was me",
                "what usually|always|normally|really works",
                "the simplest|easiest|quickest|obvious fix|answer|solution|way|thing",
            ],
            examples=(
                "Might be worth looping finance in before Friday.",
                "You might want to sleep on it before you reply.",
                "If you ask me, the rota is the real problem.",
                "The simplest fix is a shared calendar.",
            ),
            counter=(
                "It's worth a lot to you.",
                "You asked me about the rota.",
                "The fix was simple in the end.",
            ),
        ),
    ]
)

IMPERATIVES = wordset(
    "ask apologise apologize accept avoid block book bring build call cancel change check choose "
    "ride track stick flag pilot trial "
    "eat drink walk swim exercise cook snack mix weigh count aim "
    "clear commit cut decide delegate do don't dont drop email find focus forget get give go "
    "hand hire ignore invite keep leave limit make meet move offer pick plan practise practice "
    "prepare prioritise prioritize push put read remember reply rest say schedule send set show "
    "skip sleep speak spend split start stop take talk tell think trust try turn use wait write "
    "be stay switch hold own run let hire fire learn sign join consider note block raise "
    "admit agree reach arrange escalate involve loop reduce drop quit apply rehearse draft "
    "document list ring phone text message remind thank praise share sit present pitch propose "
    "suggest negotiate pause slow breathe celebrate review update inform warn clarify explain "
    "outsource lower tighten loosen simplify batch protect block collect gather ask buy order "
    "contact approach confront tackle address sort fix handle cover swap rotate train coach "
    "mentor support encourage insist refuse decline accept publish pull rewrite redo rethink "
    "restructure reorganise reorganize redesign rearrange reschedule postpone delay "
    "assign appoint recruit promote reward recognise recognize involve consult "
    "visit shadow announce circulate forward attach measure compare freeze extend shorten "
    "merge separate divide combine automate digitise digitize standardise standardize "
    "streamline tidy reserve confirm verify approve reject escalate chase nudge remind ping "
    "rewrite edit proofread skim study go leave stay"
    # commands with less common verbs ("Pin the chart up by the kettle.", "Park it for a week.",
    # "Timebox the stand-up."): a command is read by its form, not by the verbs seen so far.
    # Words that more often open other talk ("look", "listen", "imagine", "suppose", "mind") or
    # a statement's subject ("budget", "staff", "shift", "scale") are left out.
    " pin log record tally summarise summarize jot highlight underline park shelve scrap ditch trim"
    " timebox diarise diarize cross-train upskill pair alternate stagger spread shut lock unlock"
    " reopen restart reboot reset renew refresh rerun retry renegotiate rebook rebudget"
    " reprioritise reprioritize replan rescope rebalance redistribute reallocate reassign redirect"
    " reframe rephrase reword restate revisit recheck break fetch carry drive offload debrief"
    " onboard induct introduce connect canvass gauge test demonstrate simulate role-play roleplay"
    " inspect examine investigate analyse analyze assess evaluate estimate refund reimburse allow"
    " permit forbid ban cease wrap conclude deliver ship deploy implement execute enforce"
    " institute establish create develop devise invent craft compose settle resolve solve mediate"
    " compromise concede challenge dispute contest resist defend justify argue persuade convince"
    " sell advertise publicise publicize acknowledge defer suspend triage filter shortlist vet"
    " select opt mail dial compile assemble organise organize prep equip provide teach tutor"
    " facilitate oversee supervise monitor validate double-check cross-check pursue prod hurry"
    " rush calm relax unwind recharge recover savour savor pamper invest guard shield insure"
    " champion sponsor mention broach include exclude remove strip define specify expand shrink"
    " restrict narrow widen broaden stretch lengthen increase upgrade improve enhance refine"
    " polish declutter fill load unload pack unpack relocate migrate convert replace unite segment"
    " empower enable relieve lighten"
)

# "What's really bothering you is that ...": a wh-clause as the subject, then the copula.
CLEFTS = PhraseTable(
    [
        Row(
            "en.reflect.cleft",
            ["is|was that|not|about|the|how|what|to|a|an|just|really|whether|*ing"],
            examples=(
                "What's really bothering you is that nobody asked the users.",
                "What's left is working out how to live with it.",
                "What you want is a calmer spring.",
            ),
            counter=("What would you do first?",),
        )
    ]
)

# Words after which a command is given as the coach's own hunch or tip ("..., but my gut says
# keep her on nights"): the command after them is read as if it opened the sentence.
COMMAND_FRAMES = PhraseTable(
    [
        Row(
            "en.advice.my_gut_says",
            [
                "my gut|instinct|instincts|hunch|heart|feeling|sense says|say|tells",
                "my advice|tip|suggestion|vote is",
                "my advice|tip|suggestion|vote would be",
            ],
            examples=(
                "Only you can weigh this up, but my gut says keep the pharmacist on weekends.",
                "It's your call, but my instinct says hold off until January.",
                "My tip would be: start with the night shift.",
            ),
            # the frame only: "My gut says you already know" has no command after it
            counter=("My gut was right last time.", "Your gut says wait."),
        )
    ]
)

# A command that only leaves the choice to them ("Trust your gut.", "Go with what feels right."):
# autonomy, not advice, unless another command follows ("..., and speak to her first").
LEAVE_TO_THEM = PhraseTable(
    [
        Row(
            # time given to think, no advice: "Take your time.", "No rush."
            "en.other.no_rush",
            [
                "take your time",
                "take all the time",
                "no rush|hurry|pressure",
                "there's|theres no rush|hurry",
            ],
            examples=("Take your time.", "No rush, think it over."),
            counter=("Take the job.", "Rush it through today."),
        ),
        Row(
            "en.other.leave_to_them",
            [
                "trust your gut|judgement|judgment|instinct|instincts|call",
                "go with what|whatever feels|seems|sounds right|best",
                "do what|whatever feels|seems right|best",
                "do what|whatever you think|feel is best|right",
            ],
            examples=("Trust your gut on this one.", "Go with what feels right."),
            counter=("Go with Anna to the meeting.", "Do the rota first."),
        ),
    ]
)
# The coach's idea offered before a colon or a dash ("I'd like to offer something, if you're
# open to it: ...", "Here's a thought: ..."): what follows is the idea, advice however it is said.
OFFERS = PhraseTable(
    [
        Row(
            "en.advice.offered",
            [
                "i'd|id|i like|love to offer|share|suggest|add something|one|a|an|my",
                "let me offer|share|suggest|add something|one|a|an|my",
                "happy|glad to offer|share|suggest something|one|a|an|my",
                "here's|heres a|one|my|another thought|suggestion|idea|tip|perspective|view",
                "one thought|suggestion|idea|tip|perspective",
                # feedback offered before a colon: "If it's okay, one observation: you ..."
                "one|an|my observation",
                "some|my|honest feedback",
            ],
            examples=(
                "I'd like to offer something, if you're open to it: clients want to be kept "
                "informed.",
                "Here's a thought: a trial month.",
                "If it's okay, one observation: you often answer for the team.",
            ),
            counter=("Let me share what I'm hearing: you're exhausted.",),
        ),
    ]
)

OTHER = PhraseTable(
    [
        Row(
            "en.other.greeting_thanks",
            [
                "hi|hello|hey|welcome|morning|bye|goodbye|cheers|thanks|thank|sorry|congrats|"
                "congratulations|appreciate|appreciated|grateful|thx|ty",
                "good morning|afternoon|evening|to",
                # a goodbye: "Okay, see you in two weeks then.", "Talk soon."
                "see|speak|talk you soon|then|next|tomorrow|later|in",
            ],
            examples=("Thanks for that.", "Okay, see you in two weeks then."),
        ),
        Row(
            "en.other.praise",
            [
                "great|good|nice|excellent|brilliant|wonderful|awesome|fantastic|perfect|cool|"
                "wow|interesting|lovely|amazing|superb|splendid|impressive|fair",
                "that's|thats great|good|nice|really|very|so|a|an|interesting|helpful|useful|"
                "brilliant|excellent|fair|true|right",
                # "Love that idea.", "What a brilliant observation.": the subject dropped, or
                # an exclamation
                "love|loving|like that|this|it|your|the|how",
            ],
            examples=("Really great!",),
        ),
        Row(
            # "..., but tell me if you'd rather ...", "Let me know if you want a break.": leave
            # to steer or stop, not a request to talk about something
            "en.other.let_me_know",
            [
                "let me know if|whether",
                "tell me if|whether",
                "shout|say if",
            ],
            examples=(
                "Let me know if you want a break.",
                "Tell me if you'd rather stop here.",
                "Shout if you want to go back to the rota.",
            ),
            counter=("Tell me what happened.", "Let me know what they said."),
        ),
        Row(
            # a moment asked for, or a call: "Give me a sec, my laptop's frozen.", "Give me a
            # shout if anything changes."
            "en.other.give_me_a_moment",
            [
                "give me|us a|one sec|second|minute|moment|mo|tick|call|shout|ring|buzz",
            ],
            examples=("Give me a second, I've lost my notes.", "Give me a shout if it slips."),
            counter=("Give me an example.",),
        ),
        Row(
            "en.other.structuring",
            [
                "let's|lets",
                "we've|weve|we're|we",
                "back to",
                "you're|youre back|muted|frozen|on",
            ],
            examples=(
                "Let's carry on tomorrow.",
                "We have an hour for this.",
            ),
        ),
    ]
)
