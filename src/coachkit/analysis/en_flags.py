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
                "throw|make|float|pitch|bounce|run|put|clarify|confirm",
                # "Can I just check something?"
                "may|can|could i just|quickly ask|share|suggest|offer|add|tell|mention|say|check|"
                "clarify|confirm|throw|float|run",
            ],
            examples=(
                "May I share something I noticed?",
                "Can I just check one thing?",
                "Can I float a thought?",
                "Could I run something by you?",
            ),
            counter=("You can ask him yourself.", "I asked the team last week."),
        ),
        Row(
            # leave to challenge or to steer: "Can I push you a bit on this?"
            "en.permission.may_i_push",
            [
                "may|can|could i push|challenge|play|interrupt|stop|pause|offer|jump|come|"
                "stretch|nudge|press|test|try",
                "would you be up|open for|to",
                "are you up|open for|to",
                # leave to speak plainly: "Can I be blunt?", "May I be honest with you?"
                "may|can|could i be blunt|honest|direct|frank|straight|candid",
            ],
            examples=(
                "Can I push you a bit on this?",
                "Can I play devil's advocate for a second?",
                "Would you be up for brainstorming a bit?",
            ),
            counter=("I can push the deadline.", "You could stop by tomorrow."),
        ),
        Row(
            "en.permission.is_it_ok",
            [
                "is it ok|okay|alright|fine if|to",
                "is it all right if|to",
                "would|will it be ok|okay|alright|fine if|to",
                "would|will it be all right if|to",
                "ok|okay|alright if i|we",
                "would|might it help to",
                "would|might it help if i|we",
            ],
            examples=(
                "Is it okay if we look at options now?",
                "Would it be alright if I asked a bit more?",
                "Okay if we stay with this a moment?",
            ),
            counter=("The plan is okay.", "It was alright in the end."),
        ),
        Row(
            # "Let me pull this together: ...", "You've kept the team together": a summary or a
            # feat, no collaboration sought
            "en.permission.not_together",
            [
                "pull|pulling|put|putting|piece|bring|bringing it|this|that|things|everything "
                "together",
                "pull|pulling|put|putting|piece|bring|bringing it|this|that|things all together",
                "pull|pulling|put|putting|piece|bring|bringing together",
                "keep|keeps|kept|keeping|hold|holds|held|holding it|things|everything|everyone|"
                "them|us|people together",
                "keep|keeps|kept|keeping|hold|holds|held|holding it|things all together",
                "keep|keeps|kept|keeping|hold|holds|held|holding the team|group|crew|staff|"
                "place|family together",
            ],
            modifier="idiom",
            examples=(
                "Let me pull this together: the move is late and you're tired.",
                "So, putting it all together, you want both.",
                "You've kept the team together through all of it.",
                "Let me pull together what I've heard: you want both.",
            ),
            counter=("Shall we think this through together?", "Let's work on it together."),
        ),
        Row(
            "en.permission.together",
            [
                "shall i",
                # an invitation to think together (decision 12); a plain proposal to move the
                # talk on ("Shall we move on to options?") asks no leave (decision 6)
                "shall we explore|brainstorm|think|unpack|dig|map|imagine|play|figure|work|throw|"
                "bounce|kick",
                "together",
            ],
            examples=(
                "Shall we explore what your options are?",
                "Would you like to explore this together?",
                "Shall I tell you what I noticed?",
            ),
            counter=(
                "We met on Monday.",
                "They could look at it later.",
                "Shall we move on to options?",
            ),
        ),
        Row(
            # seeking collaboration on where the talk goes: "Can we stay with this a moment?"
            "en.permission.can_we",
            [
                "can|could|may we stay|pause|stop|spend|explore|dig|focus|unpack|"
                "brainstorm|think|slow|zoom|park|return|revisit|start|begin",
                "can|could|may we go|come back|deeper|through",
                "can|could|may we look|turn at|to|into",
                # "Would you like to brainstorm a few possibilities together - what ...?"
                "would|do you like|want to brainstorm|explore|unpack|map|dig|think",
                # an offer to think together: "Happy to brainstorm options whenever you're ready."
                "happy|glad to brainstorm|help|think|dig",
            ],
            examples=(
                "Can we stay with this for a moment?",
                "Could we go back to what you said about Anna?",
                "Can we look at the options now?",
            ),
            counter=(
                "We can stay late if we must.",
                "Can we afford a new hire?",
                "Shall we take a short break?",
            ),
        ),
        Row(
            "en.permission.if_i_may",
            [
                "if i may|might",
                # "If I can offer a thought, ...": leave; "Let me see if I can pull this
                # together: ..." is an attempt, not leave
                "if i can offer|suggest|reflect|add|ask|say|share|mention|be|just|quickly|jump",
                "with your permission",
                "if that's|thats|it's|its ok|okay|alright|all",
            ],
            examples=(
                "One more question, if I may: what would you do differently?",
                "If that's okay, let's look at the options.",
                "If I can offer a thought, what if you asked Anna?",
            ),
            counter=(
                "If I can't make it, Sam will go.",
                "If it's late again, call them.",
                "Let me see if I can pull this together: the move is late and you're tired.",
            ),
        ),
        Row(
            # an idea offered before it is given: "Do you want a suggestion?", "Want a tip?"
            "en.permission.want_idea",
            [
                "do|would you want|like a|an|my suggestion|tip|idea|thought|pointer",
                "want|fancy a|an|my suggestion|tip|idea|pointer",
                # an idea kept for when they want it: "I've got a thought whenever you want it."
                "whenever|if|when you want|like them|it|one",
            ],
            examples=("Do you want a suggestion?", "Want a tip from the night shift?"),
            counter=("Do you want a break?", "Which idea do you want?"),
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
            # belief in them: "I believe in you.", "I've no doubt you'll find a way."
            "en.affirm.belief",
            [
                "i believe|trust in|you",
                "no doubt you|you'll|youll",
                # "You'd be brilliant at it.": their ability, believed in
                "you'd|youd be brilliant|great|fantastic|excellent|superb|perfect at|in|for",
                "every|total|full confidence|faith",
            ],
            examples=("I believe in you.", "I've no doubt you'll find a way."),
            counter=("I believe the deadline is Friday.", "Do you trust them?"),
        ),
        Row(
            # thanks for a quality they showed, not for the time: "Thanks for being so honest."
            "en.affirm.thanks_for_being",
            [
                "thanks for being so|really|this|that open|honest|candid|brave|patient",
                "thanks for being open|honest|candid|brave|patient",
                "thank you for being so|really|this|that open|honest|candid|brave|patient",
                "thank you for being open|honest|candid|brave|patient",
            ],
            examples=("Thanks for being so honest about it.", "Thank you for being open with me."),
            counter=("Thanks for being on time.", "Thanks for coming."),
        ),
        Row(
            # the coach glad to watch them grow: "It's been great to watch you take charge."
            "en.affirm.glad_to_watch",
            [
                "great|wonderful|inspiring|lovely to watch you",
                "great|wonderful|inspiring|lovely to see you take|taking|get|getting|stand|standing",
            ],
            examples=(
                "It's been great to watch you take charge of the meetings.",
                "It's wonderful to see you getting more confident.",
            ),
            counter=("It's great to see you, come on in.", "I'd love to watch the game."),
        ),
        Row(
            # a strength presupposed by the question: "Where did you find the courage to ...?"
            "en.affirm.found_strength",
            [
                "where did you find the strength|courage|energy|nerve|guts",
            ],
            examples=("Where did you find the courage to tell the board?",),
            counter=("Where did you find the report?",),
        ),
        Row(
            "en.affirm.i_value",
            [
                "i really|truly|genuinely appreciate|admire|respect|value",
            ],
            examples=("I really admire how you handled that.",),
            counter=("I think you should call her.", "I was in a meeting."),
        ),
        Row(
            # what they did set against what most would do: "You stuck with him longer than most
            # people would have.", "Not many managers would ask their team for this."
            "en.affirm.than_most",
            [
                "than most|many people|managers|leaders|bosses would",
                "than most|many of us would",
                "than most|many would",
                "not many|every people|managers|leaders|bosses would",
                "not many|every would",
                "which|something not many|every",
            ],
            examples=(
                "You kept calmer in there than most people would have.",
                "Not many leaders would put their hand up like that.",
            ),
            counter=("Most people would rather skip it.", "How many people would you need?"),
        ),
        Row(
            # what they did, and that it counts: "You didn't give up on her, and that matters."
            "en.affirm.that_counts",
            [
                "and|which that|it counts|matters",
                "and|which that|it says|shows a lot",
                "which says|shows a lot",
                "that says|shows a lot about you",
            ],
            examples=(
                "You kept every promise to the night shift, and that counts.",
                "You asked for help early, which says a lot about you.",
            ),
            counter=("What matters most to you here?", "That says a lot about the budget."),
        ),
        Row(
            "en.affirm.took_courage",
            [
                "took|takes courage|guts|nerve|grit|backbone",
            ],
            examples=("That took courage.", "Owning up like that takes guts."),
            counter=("It took three weeks.", "The meeting took all morning."),
        ),
        Row(
            "en.affirm.brave_act",
            [
                "was|that's|thats brave|bold|decent|generous|wise|classy|gutsy|principled",
                "was a|so|really|very|genuinely brave|bold|decent|generous|wise|classy|gutsy|"
                "principled",
                "was a really|very|genuinely brave|bold|decent|generous|wise|kind",
                "is|was quite something",
                "commendable|admirable",
                "hats off",
                "credit to you",
                "well done",
                "good on you",
            ],
            examples=(
                "Ringing the family yourself was a really decent thing to do.",
                "Telling the board straight away was brave.",
                "Holding the shop together through the refit is quite something.",
            ),
            counter=("That was a long meeting.", "It was a busy week for the depot."),
        ),
        Row(
            # the difference they made, credited to them: "..., and that's your doing.",
            # "A lot of that is down to you." ("It's down to you" hands them a choice instead)
            "en.affirm.credit",
            [
                "that's|thats your doing|work",
                "all your doing|work",
                "that's|thats|largely|mostly|partly|all down to you",
                "thanks to you",
                "you made that|it|this happen",
                "you're|youre the reason",
            ],
            examples=(
                "The ward runs calmly these days, and that's your doing.",
                "People stay longer now, and that's largely down to you.",
                "You're the reason the volunteers keep coming back.",
            ),
            counter=("It's down to you what happens next.", "Whose work is it?"),
        ),
        Row(
            "en.affirm.strength",
            [
                "a real|genuine|big strength",
                "strength of yours",
                "your strength|strengths|persistence|patience|commitment|dedication|care|"
                "honesty|calm|courage|passion|enthusiasm|warmth|drive|instinct|instincts|judgement|"
                "judgment",
                "you're|youre really|so|very|genuinely good|great|brilliant at",
                "you're|youre good|great|brilliant at",
                "you are really|so|very|genuinely good|great|brilliant at",
                "you are good|great|brilliant at",
                "you clearly|really|obviously|genuinely care|value|put",
                # effort credited: "You've clearly thought a lot about how it will land."
                "you've|youve clearly|obviously thought|put|given",
                "you stayed|kept calm|going",
                # effort and persistence credited: "You've been really persistent with it."
                "you've|youve been really|so|very|incredibly|remarkably persistent|patient|"
                "resilient|determined|thorough|consistent|generous",
                "great|good|brilliant|fantastic|superb|terrific|amazing job|work on|with|turning|"
                "getting|keeping|handling|pulling",
                "done|did your homework",
                # a step credited: "You've already taken a big step just by ..."
                "taken|took a big|huge|real|important|brave|first step",
                "taken|took the first step",
                # "..., which is no small thing", "You've come a long way.", "It worked brilliantly."
                "no small thing|feat|achievement",
                "come|came a long way",
                "come|came such a long way",
                "worked|went brilliantly|beautifully|superbly",
                "remarkably|incredibly|exceptionally|brilliantly well",
                # sticking with something hard: "You stuck with that family for weeks."
                "you stuck|stayed with it|that|them|this|the",
                # the coach's appraisal of a kind of act: "That's the kind of decision people remember."
                "kind of decision|call|move|leadership people|that",
                "you stayed|kept|remained really|so|very|incredibly|remarkably|admirably|"
                "completely calm|composed|steady|cool|patient|focused",
                "you stayed|kept|remained composed|steady|cool|patient|focused",
            ],
            examples=(
                "Staying fair to everyone is a real strength.",
                "You're really good at calming people down.",
                "You clearly care about the night staff.",
            ),
            counter=("The team's strength is down to six.", "You're good to go."),
        ),
        Row(
            # the coach's appraisal of who they are: "You're a fair boss.", "You're such a
            # calm presence." (a feeling is no trait: "You're a bit shaken" is a reflection)
            "en.affirm.trait",
            [
                "you're|youre|are a|an good|great|fair|patient|calm|natural|steady|thoughtful|"
                "honest|brave|generous|kind|wise|decent|strong|brilliant|caring|loyal|reliable|"
                "born|real|true|gifted|skilled|fantastic|excellent|terrific",
                "you're|youre|are such a|an",
                "you're|youre|are the kind|sort|type of leader|manager|boss|lead|person|"
                "colleague|supervisor",
                "you're|youre|are someone|somebody who|people|others|everyone keeps|trust*|"
                "respect*|rel*",
            ],
            examples=(
                "You're a fair boss.",
                "You're such a calm presence on the ward.",
                "You're the kind of lead people feel safe with.",
                "You're someone who keeps their word.",
            ),
            counter=("You're a bit shaken by it.", "You're a long way from done."),
        ),
        Row(
            "en.affirm.i_notice",
            [
                "i noticed|notice how",
                "i noticed|notice|saw|see that you|you're|youre",
                "i like|love how|that you",
                "i'm|im impressed",
                "i admire|respect how|that|your",
            ],
            examples=(
                "I noticed how patiently you took the new starters through it.",
                "I like that you put the patients first.",
            ),
            counter=("I noticed the printer is broken.", "I like the new rota."),
        ),
        Row(
            # a quality named in what they did: "That's determination.", "You're a natural
            # mentor", "You've put so much patience into it", "That's a gutsy call"
            "en.affirm.quality",
            [
                "that's|thats determination|resilience|commitment|dedication|integrity|grit|"
                "persistence|leadership|courage",
                "real|genuine grit|integrity|determination|resilience|courage|commitment",
                "you're|youre a natural",
                "you're|youre such a good|great|natural",
                "you're|youre brilliant|great|amazing|excellent|fantastic with",
                "gutsy|brave|bold|brilliant|smart|wise call|move|decision",
                "impressive",
                "fair play",
                "so much patience|effort|energy|care|heart|work into",
                "takes|took a lot of honesty|courage|guts|nerve",
                "spot on",
                "you've|youve grown|developed",
                # growth credited: "You've become much calmer under pressure."
                "you've|youve become|got|gotten much|so|far|really|noticeably calmer|better|"
                "stronger|braver|clearer|steadier|more",
                # "You've already done the hardest part by naming it."
                "done|did|taken|took the hardest|biggest|bravest part|step",
            ],
            examples=(
                "Three rejections and you're still going. That's determination.",
                "You're a natural mentor.",
                "You've put so much patience into training them.",
                "That's a gutsy call, honestly.",
            ),
            counter=("The deadline is the real problem.", "Who made the call?"),
        ),
        Row(
            # the coach's appraisal of what they did or how they have been ("The rota you built
            # is genuinely clever.", "You've been remarkably patient with them."), belief put as
            # "if anyone can ..., it's you", and what others say of them ("The new starters
            # always say how welcome you make them feel.")
            "en.affirm.appraisal",
            [
                "is|was|been genuinely|really|incredibly|remarkably|seriously|very clever|smart|"
                "impressive|thoughtful|inspired|elegant|skilful|skillful|masterful",
                "you've|youve been remarkably|incredibly|really|so|very|genuinely|amazingly "
                "patient|fair|even-handed|steady|generous|calm|gracious|consistent|resilient|"
                "brave|decent|professional",
                "if anyone can",
                # "..., which is more than most people manage."
                "more than most people|managers|leads|bosses|would|do|manage",
                "how welcome|safe|valued|supported|heard you make",
                "how much they|people|everyone trust|value|respect|appreciate|rely",
            ],
            examples=(
                "The checklist you put together is genuinely clever.",
                "You've been remarkably patient with the contractor.",
                "If anyone can get the two shifts talking, it's you.",
                "The volunteers keep saying how welcome you make them feel.",
            ),
            counter=("The deadline is very tight.", "If anyone knows the code, it's Sanna."),
        ),
        Row(
            "en.affirm.praise",
            [
                "good|great|nice catch|one|insight|thinking|work",
                # praise of their idea: "What a brilliant observation.", "Love that idea."
                "brilliant|excellent|fantastic|sharp|smart|lovely|great|good|clever observation|"
                "insight|idea|point|question|thought|reframe",
                "love|like that idea|thought|insight|point",
                # "Really thoughtful answer, thank you."
                "thoughtful|insightful|honest|brave|wise answer|reply|point|reflection",
            ],
            examples=(
                "Good catch.",
                "Good thinking.",
                "What a brilliant observation.",
                "Love that idea.",
            ),
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
                "the final say|word",
                "you're|youre the expert|one",
                # "..., so trust your judgement here."
                "trust your judgement|judgment|instincts|instinct|gut",
            ],
            examples=("It's entirely your call.",),
            counter=("Who decides the budget?", "The call is at ten."),
        ),
        Row(
            "en.autonomy.you_decide",
            [
                "free to choose|decide|say|take|drop|ignore|leave",
                "rests|lies|sits with you",
                "you decide|choose",
                "yours to decide|choose|make|call",
                "you know best",
                "you know it|this|them|that|they best",
                "better than i do|would|could|ever",
                "you're|youre the one who",
                "you are the one who",
                "only you can",
                "no pressure",
                "take whatever|what",
                "whatever you decide|choose|pick",
                "you don't|dont have to",
                # "..., though you may see it differently.", "..., for you to judge."
                "you may|might|could see|feel|view it|this|that|things differently|otherwise",
                "you may|might|could see|feel|think differently|otherwise",
                "for you to judge|decide|weigh|choose|say",
                # "You're in charge here, but ...", "You might not agree, and that's fine"
                "you're|youre|are in charge",
                # "You're in the driver's seat.", "..., though the decision is yours."
                "driver's|drivers seat",
                # "How fast this goes is entirely down to you." ("all down to you" credits them)
                "entirely|completely|totally|wholly down|up to you",
                "take it or leave it",
                "you know the group|team|crew|staff|room|people|ward|site",
                "decision|choice|call is|remains yours",
                "you're|youre the boss",
                "you may|might not agree|see",
                "drop any|whatever",
            ],
            examples=(
                "You're free to leave all of this on the table.",
                "In the end the choice rests with you.",
                "You know the warehouse crew better than I do.",
                "Take whatever helps and leave the rest.",
            ),
            counter=("Free parking is over there.", "We decide on Friday."),
        ),
    ]
)

FEELING = PhraseTable(
    [
        Row(
            "en.feeling.strain",
            [
                "tough|rough|hard|heavy|exhausting|stressful|frustrating|annoying|draining|"
                "brutal|hectic|intense|mad|crazy|grim|painful|scary|lonely|awkward|messy|"
                "tiring|unfair|demoralising|demoralizing|overwhelming|upsetting|gutting|galling|"
                "nerve-racking|nerve-wracking|unsettling|daunting|nerve",
                "a lot on your plate|mind",
                "a lot to carry|take",
            ],
            examples=(
                "Sounds rough.",
                "A hectic month.",
                "That's a lot on your plate.",
            ),
            counter=("Okay.", "Thanks for coming."),
        ),
        Row(
            "en.feeling.named",
            [
                "torn|frustrated|worried|anxious|afraid|scared|hurt|relieved|proud|disappointed|"
                "exhausted|overwhelmed|stuck|guilty|angry|upset|nervous|ashamed|embarrassed|"
                "uneasy|conflicted|drained|resentful|tired|fed|annoyed|stressed|sad|gutted|"
                "shaken|rattled|pleased|happy|excited|nervous|furious|irritated|helpless",
            ],
            examples=("Frustrated.", "You're worn out and a bit fed up."),
            counter=("Right.", "Let's start."),
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
                # a feeling joined to what they told: "..., and that worries you"
                "worries|frustrates|scares|hurts|drains|bothers|upsets|exhausts|annoys|"
                "embarrasses|stresses|saddens you",
                "wearing|grinding|getting you down",
                "it's|its|that's|thats draining|exhausting|frustrating|worrying|upsetting|"
                "humiliating|maddening|infuriating|disheartening",
            ],
            examples=(
                "You're worried the team will think you're unfair.",
                "It sounds like you feel trapped between the two of them.",
                "The audit moved to March, and that worries you.",
                "You've covered every late shift, and it's wearing you down.",
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
                # the core of it named: "It sounds like the hardest part is choosing between them."
                "hardest|toughest|trickiest|worst part is|isn't|was",
            ],
            examples=(
                "Being trusted really matters to you.",
                "This is more about respect than money.",
            ),
            counter=("The report was late.", "So you called him."),
        ),
        Row(
            # one thing set against another, or the thought that comes next: "it's not the
            # hours, it's the not being asked", "and yet", "I suspect you're already wondering"
            "en.complex.contrast",
            [
                "not just|only|really|even",
                "not so much",
                "and|but yet|still",
                "yet it|you|the|walking|leaving|saying",
                "it's|its not",
                "isn't|isnt the|about|really",
                "as long as",
                "i suspect|wonder|guess|imagine|bet",
            ],
            examples=(
                "So it's not the workload, it's not being asked first.",
                "You want the promotion, and yet leaving the ward feels like a loss.",
                "I suspect you're already wondering how to tell the team.",
            ),
            counter=("The rota goes out on Friday.", "So you rang the supplier."),
        ),
        Row(
            # a reason they did not say: "..., because you don't quite trust the board",
            # "which is why you ..." (their own stated cause said back is simple)
            "en.complex.cause",
            [
                "because you|you're|youre|deep",
                "which is why",
                "that's|thats why",
            ],
            examples=(
                "The team does everything twice because you don't quite trust the board.",
                "You care about the apprentices, which is why this stings.",
                "That's why you keep doing the rota yourself.",
            ),
            counter=("The flight left late because the crew was delayed.", "Why is that?"),
        ),
    ]
)

SCALE = PhraseTable(
    [
        Row(
            "en.scale.scale",
            [
                "on a scale",
                "scale of|from",
                "out of ten|10",
                "from zero|0|one|1 to ten|10",
                "zero|0 to ten|10",
                "one|1 to ten|10|five|5",  # "..., one to ten?"
                "as a percentage",
                "what score|number|percentage|mark",
            ],
            modifier="number",
            examples=(
                "On a scale of one to ten, how ready are you?",
                "Where would you put yourself out of ten?",
            ),
            counter=("They want to scale the pilot up.", "Ten out of the twelve said yes."),
        ),
        Row(
            "en.scale.degree",
            [
                "how confident|important|ready|likely|sure|committed|motivated|determined|"
                "willing|satisfied|hopeful|prepared|keen",
            ],
            examples=(
                "How confident are you that the rota will hold?",
                "How important is it to you to fix this before summer?",
            ),
            counter=("How did the meeting go?", "I'm sure it was hard."),
        ),
    ]
)
"""Scaling questions: a number on a scale, or how sure, ready or committed. The answer is a
number or a degree, so the kind is closed; the tip says what to ask after it."""
