"""English tables around the GROW stage: questions with no stage (checks, process), the time
focus (past or future) and first-person wording that still centres on the coachee."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row

NO_GROW = PhraseTable(
    [
        Row(
            "en.grow.check",
            [
                "did|have i get|got|understand|understood that|it|you right|correctly",
                "did|have i get|got|understand|understood that|it|you",
            ],
            modifier="check",
            examples=("Did I get that right?",),
        ),
        Row(
            "en.grow.none",
            [
                "shall|should|can|could we move|go|turn|take|stop|pause|continue|start|switch|look|"
                "get|come|wrap|finish|spend|focus|leave|try|return|park|keep|stay|stick",
                "is it ok|okay|alright if",
                # "Is now a good time to look at what options you have?": the moment asked
                # for, to move the talk on (decision 12)
                "good|right time|moment|point to look|move|turn|think|start|explore|pause|step|"
                "brainstorm|shift|switch|sum|wrap|recap|review|go",
                "good|right time|moment|point to talk about|through",
                "good|right time|moment|point for a|some",
            ],
            examples=(
                "Shall we move on?",
                "Is now a good time to look at what options you have?",
                "Would this be a good moment to turn to what you'll do?",
            ),
            counter=(
                "What would be a good time to tell the team?",
                "Is now a good time to talk to your boss?",
            ),
        ),
        Row(
            # the coaching itself looked at: how it works for them is no stage of their issue
            "en.grow.about_coaching",
            [
                "this|these|our coaching|mentoring|sessions|conversations|chats been|going|working|"
                "helping|helped|useful|helpful|giving",
                "coaching|mentoring arrangement|setup",
                "is|was|has this|our conversation|session|chat helping|helpful|useful|working",
            ],
            examples=(
                "How has this coaching been working for you so far?",
                "Are these sessions giving you what you need?",
                "Is this conversation helping at all?",
            ),
            counter=("What do you want from this session?", "How did the coaching course go?"),
        ),
        Row(
            # small talk before the work starts: no stage of the coaching
            "en.grow.small_talk",
            [
                "weekend|holiday|holidays|vacation|match|weather|commute",
                "how are you doing|keeping",
                "how's|hows it going",
            ],
            examples=("How was your weekend?", "Did you catch the match last night?"),
            counter=("How was the team meeting?", "What's going on with the rota?"),
        ),
    ]
)

PAST = PhraseTable(
    [
        Row(
            "en.focus.past",
            [
                "did|was|were|had|happened|tried|went|said|felt|used|made|worked|helped|succeeded",
                "last|yesterday|ago|before|previously|earlier|already",
            ],
            examples=(
                "What happened last week?",
                "How did it go yesterday?",
                "What helped before?",
            ),
        )
    ]
)

FUTURE = PhraseTable(
    [
        Row(
            "en.focus.future",
            [
                "will|won't|wont|going|gonna|next|tomorrow|future|plan|soon|later|upcoming",
                "from now",
            ],
            examples=(
                "What will you do tomorrow?",
                "What is the next step?",
                "Where do you want to be a year from now?",
            ),
        )
    ]
)

# First-person wording that still centres on the coachee ("Tell me", "Did I get that right?").
COACHEE_CENTRED_I = PhraseTable(
    [
        Row(
            "en.coachee_i",
            [
                "tell|give|walk|talk|take|help|show|fill me",
                "let me sum|summarise|summarize|check|see",
                "did|have i get|got|understand",
                "if i understand|understood",
                "what i'm|im hearing",
            ],
            examples=(
                "Tell me what happened.",
                "Let me check I got that.",
                "Did I understand that right?",
            ),
        )
    ]
)
