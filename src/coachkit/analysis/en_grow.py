"""English GROW-stage, time-focus and coach-centred wording tables."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row

# English tells the future with "will" (a GROW cue of its own), not with a present verb.
ACTION_VERBS: frozenset[str] = frozenset()

# GROW stage cues: (rule, patterns, stage). A rule's weight comes from grow.py.
GROW = PhraseTable(
    [
        Row(
            "en.grow.will",
            [
                "will you",
                "are|were you going to",
                "are|were you gonna",
                "you're|youre|you gonna",
                "going to|gonna do",
                # intentions: "how are you planning to", "what do you intend to say"
                "planning|intend|intending|mean|meaning to|on",
                "what's|whats next",
                "what is|comes next",
                "where to next|now",
                "from here",
                # a choice already made or due: "have you decided", "made up your mind"
                "you decided|chosen|picked|settled",
                "made|make up your mind",
                "made|make a decision|call|choice",
                # who is with you when it happens: "anyone you'd want in the room"
                "in the room",
                "alongside you",
                "by the time",
                "next|first step|steps|move",
                "small|smallest|smaller|tiny|one step",
                "you will",
                "when will|shall you|we|i",
                "make sure|ensure",
                "attention|focus away|off",
                "distract*|derail*|sidetrack*",
                "trip you up",
                "commit|committed|commitment",
                "by when",
                "get|gets|stand in the way",
                "stop|prevent|stopping you",
                "obstacle|obstacles",
                "support you|from",
                "what|which|whose|any support",
                "need from",
                "first thing|things",
                "you'll|youll",
                "you|you'd|youd need",
                "would|do you need",
                "need in place",
                "ready to",
                "plan to|for",
                "start on",
                "who will",
                "needs|need to know|hear",
                # people who back the plan: "who can help you with it", "anyone who could support"
                "who|anyone|someone can|could help|support you",
                # the first step: "where will you start?", "where do we begin?"
                "where do|will|would|should|could|can you|we|i start|begin",
                # backing for the plan: "can't you ask Tomasz to back you up", "have your back"
                "back|backs|backing you up",
                "have|has|got your back",
                "in your corner",
                # someone else's part in the plan: "who's going to run it", "who'll do it"
                "who's|whos going|gonna",
                "who is going|gonna",
                "who'll|wholl",
                "needs|need to be told|informed|involved",
                "will it take",
                "accountable",
                "follow through|up",
                "decide",
                # deadlines, choices made, scales of commitment, sticking to a plan
                "by monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|then|next",
                "by the end",
                "you'll|youll|you're|youre|you|to go|going with",
                "opt|opting for",
                "settle on",
                "stick|sticking to|with",
                "in place",
                "go|goes|going wrong",
                # what could sink the plan: "what might derail it", "what could get in the way"
                "derail|sink|block|jeopardise|jeopardize|undermine|threaten|kill|stall|hold back",
                "how likely|committed|confident",
            ],
            stage="will",
            weight=3.0,
            examples=("What is your next step?",),
        ),
        Row(
            "en.grow.goal",
            [
                "want|wants|wanted",
                "would|'d you|they|people like|love",
                "you'd|youd like|love",
                "would like",
                "hope|hoping|hoped",
                "goal|goals|aim|aims|aiming|objective|outcome|milestone|milestones|target|targets",
                "aspire*|striving|strive",
                "in the long|longer run|term",
                "years|year from now|time",
                "valuable|worthwhile",
                "first|early|clear|small|sure sign|signs",
                "achieve|accomplish",
                "look like",
                "ideal|ideally|dream",
                "draws|draw|drew|attracts|appeals you",
                "matter|matters|mean|means to you",
                "so much to you",
                "matter|matters more|most",
                "big deal",
                "would be different",
                # a preference is a wish: "You'd rather stay hands-on, wouldn't you?"
                "you'd|youd|would|you rather",
                "would * rather",
                "prefer|prefers|preferred|preference",
                "happy|satisfied|content|proud walking|to walk",
                "would|you'd|youd be happy|satisfied|content|proud",
                "would * be happy|satisfied|content|proud",
                "walk|walking away|out with",
                "be true",
                # the future pictured: "if it went perfectly", "magic wand", "a miracle"
                "went|goes|go|turned out|worked out perfectly|brilliantly|ideally",
                "magic wand",
                "miracle",
                "best possible|case",
                # the aim pictured in time: "where do you see yourself in five years"
                "see yourself",
                "in a|one|two|three|four|five|six|ten|few|couple year|years|month|months",
                "in a year's|years|year|month's time",
                "if we were|we're sitting|meeting|talking here|again",
                "a win|success for you",
                "make|makes this|it|that a win|success|worthwhile",
                "months|month|weeks from now|time",
                "important to you",
                "walk away with",
                "get out of",
                "out of today|this",
            ],
            stage="goal",
            weight=2.5,
            examples=("What would you like to change?",),
        ),
        Row(
            # a state wished for: "how do you want things to feel?"
            "en.grow.goal_state",
            [
                "want|like|love things|it|this|that|them|everything|people|everyone|life|work to "
                "be|feel|look|go|work|change|end|happen",
            ],
            stage="goal",
            weight=4.0,
            examples=("How do you want it to feel next year?",),
        ),
        Row(
            # A future fact the coachee does not decide is part of the situation: "how much
            # time will you get?", "who you'll report to"
            "en.grow.future_fact",
            [
                "time|budget|money|notice|headcount|resources|say will|would you get|have",
                "time|budget|money|notice|headcount|resources|say will|would you be given",
                "you'll|youll report|answer to",
                "you'll|youll be reporting|answering to",
                "you will report|answer to",
                "will you report|answer to",
                "will you be reporting|answering to",
            ],
            stage="reality",
            weight=1.5,
            examples=("How much time will you get for the handover?",),
        ),
        Row(
            # What others want is part of the situation, not the coachee's aim: "which shifts
            # they want", "the team never wanted a CRM"
            "en.grow.others_want",
            [
                "they|he|she|everyone|everybody|nobody|people|others|team|staff|boss|client|"
                "clients|customers|board|management|leadership|company want|wants|wanted",
                "they|he|she|everyone|everybody|nobody|people|others|team|staff|boss|client|"
                "clients|customers|board|management|leadership|company really|never|actually|just|all|"
                "even want|wants|wanted",
            ],
            stage="reality",
            weight=0.0,
            examples=("Have you checked which dates they want?",),
        ),
        Row(
            "en.grow.goal_weak",
            ["give you", "deserve", "come first"],
            stage="goal",
            weight=1.0,
            examples=("What would that give you?",),
        ),
        Row(
            "en.grow.goal_evidence",
            [
                "would|will you know|notice|recognise|recognize",
                "how would you know|tell",
                "tell the difference",
                # others' eyes on the aim reached: "what would the auditors see?"
                "would the|your|they|people|others|everyone|anyone|someone see|notice",
                "would the|your * see|notice",
            ],
            stage="goal",
            weight=4.0,
            examples=("How will you know it has worked?",),
        ),
        Row(
            "en.grow.success_seen",
            ["this|that|the|our|your|their|these|those success|successes", "successes"],
            stage="reality",
            weight=0.0,
            examples=("What did that success teach you?",),
        ),
        Row(
            # An aim, unless the question looks back ("What went well?"): see grow.py.
            "en.grow.goal_success",
            ["success|successful|succeed|succeeded|aimed", "at its|your|their|our|my best"],
            stage="goal",
            weight=2.5,
            modifier="success",
            examples=("What would a successful launch mean?",),
        ),
        Row(
            "en.grow.options",
            [
                "option|options|alternative|alternatives|possibilities|possibility|choices",
                "ways|approaches|ideas|idea|solution|solutions|suggest|suggestions|propose",
                "different|another|other|new|alternative way|approach|angle|route|paths|path|"
                "routes|ways|approaches|directions|avenues",
                # another's view: "What would someone you admire do?"
                "would * do",
                "would * * do",
                "someone|somebody|people|anyone you admire|respect|trust|look",
                "elsewhere",
                "how could|might",
                "that|which could|might",
                "differently",
                # "what else", not "anyone else": other people are not other options
                "what|how|where|anything|something|whatever else",
                "try",
                "what if",
                "how about",
                "what about *ing",
                "what about if",
                "brainstorm",
                # a fallback is one more option: "Got a plan B?", "a backup plan"
                "plan b|b's",
                "backup|fallback|contingency|contingencies",
                # constraints lifted: "if money were no object", "with no limits"
                "no object|limit|limits|constraints|constraint|budget|restrictions",
                "unlimited|limitless",
                "weren't|wasn't|were not|was not an issue|a problem|an obstacle|a factor",
                "were|was not|never an issue|a problem|an obstacle|a factor",
                "anything were|was possible",
                "couldn't|could not fail",
                "might|could help|work",
                "who could you ask|talk",
                # another's advice imagined: "what would your mentor suggest?"
                "would * advise|suggest|recommend",
                "would * * advise|suggest|recommend",
                # someone named by a longer phrase: "would your best friend advise you",
                # "would your old boss tell you to do"
                "would your|a|the|an|my|our|their|his|her * * * advise|suggest|recommend|do",
                "would your|a|the|an|my|our|their|his|her * * tell|say|advise|suggest|recommend "
                "you",
                "would your|a|the|an|my|our|their|his|her * * * tell|say you",
                "look at it",
            ],
            stage="options",
            weight=2.0,
            examples=("What alternatives do you see?",),
        ),
        Row(
            "en.grow.options_weak",
            ["could you|we", "you could", "might you"],
            stage="options",
            weight=1.0,
            examples=("What could you do?",),
        ),
        Row(
            "en.grow.will_time",
            [
                "this|next week|month|monday|friday|afternoon|morning|evening",
                "tomorrow",
                "today",
                "tonight",
                "end of the day|week",
                # a day named for the step: "on Monday", "before Friday's service"
                "on|by|before|until|till monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                "monday's|tuesday's|wednesday's|thursday's|friday's",
            ],
            stage="will",
            weight=1.0,
            modifier="time",
            examples=("How about calling her tomorrow?",),
        ),
        Row(
            # "Why don't you book it right now?": a proposal to act at once asks for commitment;
            # a plain question about "right now" asks about the present (see grow.py).
            "en.grow.will_now",
            ["right now|away", "straight away", "immediately", "now", "asap", "while we're here"],
            stage="will",
            weight=1.0,
            modifier="now",
            examples=("Why not call him right now?",),
        ),
        Row(
            # How it is lived now: "what does that look like day to day", "in practice"
            "en.grow.reality_strong",
            [
                "day to day",
                "day-to-day",
                "in practice",
                "on a typical|normal|usual day",
                "these days",
                "already tried|done|doing",
            ],
            stage="reality",
            weight=3.0,
            modifier="tried",
            examples=("What does the handover look like day to day?",),
        ),
        Row(
            "en.grow.reality",
            [
                "happened|happening|happens",
                "tried",
                "so far",
                "currently",
                "at the moment",
                "feel|felt|feeling",
                "last time|week|year|month",
                # facts and duration: "how long has this been going on", "who's involved"
                "been going on",
                "how long has|have",
                "involved",
                "show up|shows up",
            ],
            stage="reality",
            weight=1.0,
            examples=("What have you tried so far?",),
        ),
        # The conversation itself: contracting, ground rules, time, feedback to the coach.
        Row(
            "en.grow.session",
            [
                "this|these|our|today's conversation|conversations|session|sessions|coaching",
                "short|shorter|long|longer|weekly|monthly|regular|coaching session|sessions",
                "my question|questions",
                "question|questions feels|feel|seems|seem",
            ],
            stage="none",
            weight=1.25,
            examples=("What did this conversation give you?",),
        ),
        Row(
            "en.grow.useful",
            ["useful|helpful", "let me know", "as your|a coach"],
            stage="none",
            weight=1.0,
            examples=("Was that helpful?",),
        ),
        Row(
            "en.grow.contract",
            [
                "ground rules",
                "confidential*",
                "between us",
                "between the two of us",
                "notes",
                "fair|accurate|good|right summary|recap",
                "my summary|recap",
                "next conversation|session|coaching",
                "shared|share|tell|told with|to others",
                "like|want me to",
                "involve|involves|concern|concerns me",
                "time do|have we",
                "time we have",
                "enough for us",
                "wander|wanders|drift|drifts|ramble",
                "we agree",
                "need to agree",
                "before we start|begin",
                "may i",
                "could|can i ask|share|offer|interrupt|challenge|add|take",
                "are we still",
            ],
            stage="none",
            weight=3.0,
            examples=("What ground rules do we need?",),
        ),
    ]
)
