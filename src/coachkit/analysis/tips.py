"""Tips for the participant, chosen by the analysis, in the gettext catalogs (msgids in English,
Finnish in locales/fi). Each tip is one or two sentences; `better` is a better question to try.

A decision the model is unsure of is never asserted: its tip says what the utterance probably is
and what to check, instead of telling the participant what they did.
"""

from __future__ import annotations

from functools import cache

from coachkit.i18n import Translator


@cache
def _tips(lang: str) -> dict[str, str]:
    t = Translator(lang)
    return {
        "open": t(
            "An open question lets the supervisor answer in their own words. Hear the answer "
            "out before you ask the next one."
        ),
        "closed": t(
            "A closed question gets a short answer: yes or no, one fact or number, or a pick "
            "between options. If you want the supervisor to think, start with what, how or "
            "what kind of."
        ),
        "scale": t(
            "A scaling question gets a number, so it counts as closed. It is a good start: "
            "then ask what puts them at that number, and what one step up would take."
        ),
        "check": t(
            "A checking question is fine when you want to be sure you understood. Keep it "
            "short, then go back to the supervisor's own thinking."
        ),
        "leading": t(
            "Your own suggestion rides along in this question, so the supervisor answers it "
            "instead of finding their own. Ask openly and let the options come from them."
        ),
        "advice": t(
            "This is advice, not a question. As a coach you help most when the supervisor "
            "finds the answer, so ask what options they see."
        ),
        "tacked": t(
            "This is advice: the question after it only asks what the supervisor thinks of "
            "your idea. Leave your idea out and ask what options they see."
        ),
        "reflection": t(
            "A reflection shows the supervisor you heard them. They often take it further on "
            "their own, so give them a moment."
        ),
        "other": t(
            "This is neither a question nor a reflection. A short thanks or a word about the "
            "structure is fine; then go on with a question."
        ),
        "affirm": t(
            "An affirmation names a strength or an effort of the supervisor's. Keep it "
            "specific and genuine; then go on with a question."
        ),
        "autonomy": t(
            "Handing the choice back keeps the decision the supervisor's. Then ask what they "
            "want to do with it."
        ),
        "unsure": t(
            "This could be read in more than one way. Ask yourself: does it invite the "
            "supervisor's own answer, or does it carry yours?"
        ),
        "why": t(
            "A why-question can sound like blame and make the supervisor defend themselves. "
            "Ask what led to it, or what matters to them about it."
        ),
        "stacked": t(
            "You asked several things at once, and usually only the last gets answered. Ask "
            "one question and wait for the answer."
        ),
        "coach_centred": t(
            "The wording centres on you. Keep the focus on the supervisor: ask about their "
            "thinking, not yours."
        ),
        "what_else": t(
            '"What else?" brings out ideas that did not come first. It is worth asking more '
            "than once."
        ),
    }


@cache
def _better(lang: str) -> dict[str, str]:
    t = Translator(lang)
    return {
        "goal": t("What would you like to achieve?"),
        "reality": t("What is happening right now?"),
        "options": t("What options do you have?"),
        "will": t("What would your first step be?"),
        "why_goal": t("What matters to you about this?"),
        "why": t("What led to this?"),
        "scale": t("What would one step higher on the scale look like?"),
    }


def tips_for(
    lang: str,
    kind: str,
    why: bool,
    stacked: bool,
    grow: str | None,
    coach_centred: bool,
    what_else: bool,
    affirm: bool = False,
    sure: bool = True,
    autonomy: bool = False,
    scale: bool = False,
    tacked: bool = False,
) -> tuple[tuple[str, ...], str | None]:
    """Choose the tips and the better question for an analysis.

    Args:
        lang: The language of the tips ("fi" or "en").
        kind: The kind of the utterance.
        why: Whether it is a why-question.
        stacked: Whether it asks several questions.
        grow: Its GROW stage, or None.
        coach_centred: Whether its wording centres on the coach.
        what_else: Whether it is a "what else?" question.
        affirm: Whether it affirms the supervisor.
        sure: Whether the model is sure of the kind; if not, no tip asserts the kind.
        autonomy: Whether it hands the choice back to the supervisor.
        scale: Whether it is a scaling question ("On a scale of 1 to 10, how ...?").
        tacked: Whether a question was tacked on after the advice ("I'd raise it with the
            team. What do you think?").

    Returns:
        The tips, most important first, and a better question or None.
    """
    table = _tips(lang)
    better_table = _better(lang)
    check = kind == "closed" and grow is None
    scale = scale and kind == "closed"
    if not sure:
        first = "unsure"
    elif affirm and kind == "other":
        first = "affirm"
    elif autonomy and kind == "other":
        first = "autonomy"
    elif scale:
        first = "scale"  # a coaching tool, not a question to replace with "what" or "how"
    else:
        first = "check" if check else "tacked" if tacked and kind == "advice" else kind
    tips = [table[first]]
    better = None
    if why:
        tips.append(table["why"])
        better = better_table["why_goal" if grow == "goal" else "why"]
    if stacked:
        tips.append(table["stacked"])
    # "I believe in you.", "You know them better than I do." centre on the supervisor
    if coach_centred and not (affirm or autonomy):
        tips.append(table["coach_centred"])
    if what_else and kind == "open" and sure:
        tips.append(table["what_else"])
    if kind in ("leading", "advice"):
        better = better_table[grow or "options"] if kind == "leading" else better_table["options"]
    elif scale and better is None:
        better = better_table["scale"]
    elif (kind == "closed" and grow) or (stacked and better is None):
        better = better_table[grow or "reality"]
    return tuple(tips), better
