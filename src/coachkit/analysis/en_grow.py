"""English GROW-stage, time-focus and coach-centred wording tables."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable

# GROW stage cues: (rule, patterns, stage). A rule's weight comes from grow.py.
GROW = PhraseTable(
    [
        (
            "en.grow.will",
            [
                "will you",
                "are|were you going to",
                "going to do",
                "next|first step|steps|move",
                "small|one step",
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
                "will it take",
                "accountable",
                "follow through|up",
                "decide",
            ],
            "will",
        ),
        (
            "en.grow.goal",
            [
                "want|wants|wanted",
                "would|'d you|they|people like|love",
                "you'd|youd like|love",
                "would like",
                "hope|hoping|hoped",
                "goal|goals|aim|objective|outcome",
                "achieve|accomplish",
                "success|successful",
                "look like",
                "ideal|ideally|dream",
                "draws|draw|drew|attracts|appeals you",
                "matter|matters|mean|means to you",
                "so much to you",
                "important to you",
                "walk away with",
                "get out of",
                "out of today|this",
            ],
            "goal",
        ),
        ("en.grow.goal_weak", ["give you", "deserve", "come first"], "goal/1"),
        (
            "en.grow.goal_evidence",
            ["would|will you know|notice|recognise|recognize|tell", "how would you know"],
            "goal/4",
        ),
        (
            "en.grow.options",
            [
                "option|options|alternative|alternatives|possibilities|possibility|choices",
                "ways|approaches|ideas|idea",
                "differently",
                "else",
                "try",
                "what if",
                "how about",
                "what about",
                "brainstorm",
            ],
            "options",
        ),
        ("en.grow.options_weak", ["could you|we", "you could", "might you"], "options/1"),
        (
            "en.grow.will_time",
            ["this|next week|month|monday|friday", "tomorrow", "today", "tonight"],
            "will/1",
        ),
        (
            "en.grow.reality",
            [
                "happened|happening|happens",
                "tried",
                "so far",
                "right now",
                "currently",
                "at the moment",
                "feel|felt|feeling",
                "last time|week|year|month",
            ],
            "reality",
        ),
    ]
)

NO_GROW = PhraseTable(
    [
        (
            "en.grow.none",
            [
                "did|have i get|got|understand|understood that|it|you right|correctly",
                "did|have i get|got|understand|understood that|it|you",
                "did|have i get|got|understand|understood correctly|right",
                "am i right",
                "is that right|correct",
                "shall|should|can|could we move|go|turn|take|stop|pause|continue|start|switch|look|"
                "get|come|wrap|finish|spend|focus|leave|try|return|park",
                "is it ok|okay|alright if",
                "shall i",
                "can i ask",
            ],
        ),
    ]
)

PAST = PhraseTable(
    [
        (
            "en.focus.past",
            [
                "did|was|were|had|happened|tried|went|said|felt|used",
                "last|yesterday|ago|before|previously|earlier|already",
            ],
        )
    ]
)

FUTURE = PhraseTable(
    [
        (
            "en.focus.future",
            [
                "will|won't|wont|going|gonna|next|tomorrow|future|plan|soon|later|upcoming",
                "from now",
            ],
        )
    ]
)

# First-person wording that still centres on the coachee ("Tell me", "Did I get that right?").
COACHEE_CENTRED_I = PhraseTable(
    [
        (
            "en.coachee_i",
            [
                "tell|give|walk|talk|take|help|show|fill me",
                "let me sum|summarise|summarize|check|see",
                "did|have i get|got|understand",
                "if i understand|understood",
                "what i'm|im hearing",
                "i hear|wonder",
                "am i right",
            ],
        )
    ]
)
