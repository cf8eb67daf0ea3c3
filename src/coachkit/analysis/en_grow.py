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
                # intentions: "how are you planning to", "what do you intend to say"
                "plan|planning|intend|intending|mean|meaning to|on",
                # who is with you when it happens: "anyone you'd want in the room"
                "in the room",
                "next|first step|steps|move",
                "when will|shall you|we|i",
                "make sure|ensure",
                "commit|committed|commitment",
                "by when",
                "get|gets|stand in the way",
                "stop|prevent|stopping you",
                "what|which|whose|any support",
                "need from",
                "first thing|things",
                "you'll|youll",
                "you|you'd|youd need",
                "would|do you need",
                "decide",
                # deadlines, choices made, scales of commitment, sticking to a plan
                "by monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|then|next",
                "by the end",
                "stick|sticking to|with",
                "how likely|committed|confident|sure|certain",
                # a choice among their own options: "which of those feels best to you"
                "which of those|these|them|the",
                "which one|ones|option|idea",
            ],
            stage="will",
            weight=3.0,
            examples=("What is your next step?",),
        ),
        Row(
            # what the plan does when it meets a no: "what's your plan B", "what will you do if
            # he says no" (an obstacle to the plan, so the plan's stage)
            "en.grow.will_contingency",
            [
                "plan b",
                "your plan|plans",
                "backup|fallback",
                "will you do if",
                "says|say|said no",
                "how ready|prepared",
            ],
            stage="will",
            weight=3.0,
            examples=(
                "What's your plan B if the council says no?",
                "And what will you do if the rota still doesn't hold?",
                "How ready are you to start on Monday?",
            ),
            counter=("What would you do if money were no object?", "How was the plan received?"),
        ),
        Row(
            "en.grow.goal",
            [
                "want|wants|wanted",
                "would|'d you|they|people like|love",
                "you'd|youd like|love",
                "hope|hoping|hoped",
                "goal|goals|aim|aims|aiming|objective|outcome|milestone|milestones|target|targets",
                "achieve|accomplish",
                "look like",
                "so much to you",
                "matter|matters more|most",
                # a preference is a wish: "You'd rather stay hands-on, wouldn't you?"
                "you'd|youd|would|you rather",
                "walk|walking away|out with",
                "in a|one|two|three|four|five|six|ten|few|couple year|years|month|months",
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
            # a future imagined as the aim: "Imagine it's a year from now ...", "the dream result"
            "en.grow.goal_future_scene",
            [
                "imagine|picture it's|its|yourself|the|a",
                "year|years|month|months|weeks from now",
                "dream|ideal|best-case",
            ],
            stage="goal",
            weight=3.0,
            examples=(
                "Imagine it's a year from now and the merger went well - what's different?",
                "Six months from now, what would you like people to say?",
                "What's the dream result for you?",
            ),
            counter=("What happened a year ago?", "Picture this: what did she say then?"),
        ),
        Row(
            # what pulls them: "What draws you to it?", "What are you really after?"
            "en.grow.goal_pull",
            [
                "wanting",
                "draws|drew|attracts|pulls you",
                "you're|youre after",
                "trying to take|get|reach|build|achieve|create",
            ],
            stage="goal",
            weight=2.5,
            examples=(
                "What draws you to the promotion?",
                "So what you're after is a calmer Monday?",
                "Where are you trying to take the hub?",
            ),
            counter=("What happened after the meeting?", "Who is trying to block it?"),
        ),
        Row(
            # a choice made or to be made: "Have you decided yet?", "Which are you picking?"
            "en.grow.will_choice",
            [
                "you decided|chosen|settled",
                "are you picking|choosing|opting|applying",
                "date|day|deadline|time in mind",
                "do|will|would you start|begin",
            ],
            stage="will",
            weight=3.0,
            examples=(
                "Have you decided between the two candidates yet?",
                "Which one are you picking?",
                "Do you have a date in mind?",
                "So where do you start?",
            ),
            counter=("When did you start feeling this way?", "Who decided on the new rota?"),
        ),
        Row(
            "en.grow.goal_weak",
            [
                "give you",
            ],
            stage="goal",
            weight=1.0,
            examples=("What would that give you?",),
        ),
        Row(
            "en.grow.goal_evidence",
            [
                "would|will you know|notice|recognise|recognize",
            ],
            stage="goal",
            weight=4.0,
            examples=("How will you know it has worked?",),
        ),
        Row(
            # An aim, unless the question looks back ("What went well?"): see grow.py.
            "en.grow.goal_success",
            [
                "success|successful|succeed|succeeded|aimed",
            ],
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
                "how could|might",
                "differently",
                # "what else", not "anyone else": other people are not other options
                "what|how|where|anything|something|whatever else",
                "try",
                "what if",
                "how about",
                "brainstorm",
                "might|could help|work",
            ],
            stage="options",
            weight=2.0,
            examples=("What alternatives do you see?",),
        ),
        Row(
            "en.grow.options_weak",
            [
                "could you|we",
                "you could",
            ],
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
            [
                "right now|away",
                "straight away",
                "now",
            ],
            stage="will",
            weight=1.0,
            modifier="now",
            examples=("Why not call him right now?",),
        ),
        Row(
            # what a scale is asked of, named as a noun: "your confidence ... out of ten" asks
            # for commitment (decision 2); "your stress level", "the team's energy" for now
            "en.grow.will_confidence",
            [
                "your confidence|commitment|readiness is|at|closer|nearer|out|on|level|right|now",
                "put|rate|give|score your confidence|commitment|readiness",
            ],
            stage="will",
            weight=3.0,
            examples=("Would you put your confidence nearer a four or a nine?",),
            counter=("What has shaken your confidence lately?",),
        ),
        Row(
            "en.grow.reality_strain",
            ["stress|energy|morale|workload level|levels", "your stress|energy|workload"],
            stage="reality",
            weight=3.0,
            examples=("Out of ten, where's your stress level this week?",),
        ),
        Row(
            "en.grow.reality",
            [
                "happened|happening|happens",
                "tried",
                "so far",
                "at the moment",
                "feel|felt|feeling",
                "last time|week|year|month",
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
            ],
            stage="none",
            weight=1.25,
            examples=("What did this conversation give you?",),
        ),
        Row(
            "en.grow.useful",
            [
                "useful|helpful",
            ],
            stage="none",
            weight=1.0,
            examples=("Was that helpful?",),
        ),
        Row(
            "en.grow.contract",
            [
                "may i",
            ],
            stage="none",
            weight=3.0,
            examples=("May I ask about the budget?", "May I take a few notes?"),
        ),
    ]
)
