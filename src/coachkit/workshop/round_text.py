"""What a triad round asks of each person, written from the plan's :class:`RoundFormat`.

The plan data is the one source of a round's timing, feedback order and rotation; role cards, the
facilitator guide, a new block's notes and the app all take their sentences from here, so that no
two of them can disagree. Nothing here is typed per plan.
"""

from __future__ import annotations

from coachkit.content.models import RoundFormat
from coachkit.i18n import Translator

DEFAULT_FORMAT = RoundFormat()


def timing(t: Translator, fmt: RoundFormat, minutes: int) -> str:
    """One line: the round's minutes split into brief, conversation and feedback."""
    brief, talk, feedback = fmt.split(minutes)
    if brief:
        return t(
            "{brief} min to read the role cards, {talk} min conversation, {feedback} min feedback.",
            brief=brief,
            talk=talk,
            feedback=feedback,
        )
    return t("{talk} min conversation, {feedback} min feedback.", talk=talk, feedback=feedback)


def _speaker(t: Translator, role: str) -> str:
    return {
        "coachee": t("the coachee says what helped"),
        "observer": t("the observer reads word-for-word examples from the sheet"),
    }[role]


def _order(t: Translator, fmt: RoundFormat) -> str:
    parts = [_speaker(t, role) for role in fmt.feedback_order]
    if len(parts) == 1:
        return parts[0]
    return t("first {first}, then {then}", first=parts[0], then=", ".join(parts[1:]))


def feedback_order(t: Translator, fmt: RoundFormat) -> str:
    """Who speaks in the feedback and in which order, ending with what the coach does."""
    return t("Feedback: {order}.", order=_order(t, fmt)) + " " + coach_closes(t, fmt)


def coach_closes(t: Translator, fmt: RoundFormat) -> str:
    """What the coach does at the end of the feedback."""
    if fmt.coach_closes == "thanks":
        return t("The coach takes notes and only says thank you, without explaining.")
    return t(
        "The coach speaks last: says thank you and names one thing to try next time, "
        "without explaining or defending."
    )


def rotation(t: Translator, fmt: RoundFormat) -> str:
    """Who takes which role in the next round."""
    assert fmt.rotation == "coachee-coaches-next"
    return t(
        "In the next round the coachee coaches, the observer is coached and the coach observes."
    )


def steps(t: Translator, fmt: RoundFormat, minutes: int) -> list[str]:
    """The round step by step, for a role card or a slide."""
    brief, talk, feedback = fmt.split(minutes)
    out = []
    if brief:
        out.append(t("The coachee reads the private role card ({minutes} min).", minutes=brief))
    out += [
        t("The coach asks permission and agrees with the coachee what the talk is for."),
        t(
            "Coaching conversation, {minutes} min. The observer tallies and keeps time.",
            minutes=talk,
        ),
        t("Feedback, {minutes} min: {order}.", minutes=feedback, order=_order(t, fmt))
        + " "
        + coach_closes(t, fmt),
    ]
    out.append(rotation(t, fmt))
    return out


def instructions(t: Translator, fmt: RoundFormat, minutes: int) -> str:
    """The facilitator's paragraph for a triad round of ``minutes``."""
    return " ".join(
        [
            t(
                "Groups of three: coach, coachee (plays the supervisor) and observer. "
                "Hand out the role cards."
            ),
            timing(t, fmt, minutes),
            feedback_order(t, fmt),
            rotation(t, fmt),
        ]
    )
