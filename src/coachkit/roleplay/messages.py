"""The engine's own words, through gettext in the session's language (which may differ from the UI's).

Three kinds: the supervisor's fallback lines (used when a case leaves an optional reply out), what a
turn did (feedback), and the names and explanations of the score's parts. Every call names its
msgid literally so that ``python3 tasks.py i18n`` extracts it.
"""

from __future__ import annotations

from functools import cache

from coachkit.i18n import Translator


@cache
def translator(lang: str) -> Translator:
    return Translator("fi" if lang == "fi" else "en")


def fallback_lines(lang: str) -> dict[str, list[str]]:
    """Supervisor lines for the optional reply kinds a case may leave out."""
    t = translator(lang)
    return {
        "unknown": [
            t("Hmm. I haven't really thought about that."),
            t("Hard to say. I don't know."),
        ],
        "refer_back": [t("Like I said,"), t("As I mentioned,")],
        "confirm": [t("Yes, exactly."), t("Yes, that's it.")],
        "correct": [t("Not quite."), t("Hm, it's not quite like that.")],
        # a guess at a feeling they do not have, before they say the one they do
        "correct_feeling": [t("Not quite, no."), t("Hm, not really.")],
        "puzzled": [
            t("Sorry, what? I don't follow."),
            t("Er... no. Where did that come from?"),
        ],
        "permission_yes": [t("Yes, go ahead."), t("Sure, that's fine.")],
        "idea_yes": [t("Sure, let's hear it."), t("Go on, I'm listening.")],
        # leave asked in the same turn as the move it asks for ("Can I say what I'm hearing?
        # You ..."): a short go-ahead before the answer, never a "yes" that the answer repeats
        "leave_yes": [t("Go ahead."), t("Sure."), t("Please do.")],
        "small_talk": [
            t("Oh, fine, thanks. Good that we found a moment for this."),
            t("Ha, yes. Anyway, good to have this time."),
        ],
        "permission_no": [
            t("Actually, not right now."),
            t("I'd rather think about it on my own first."),
        ],
        "choose": [t("If I pick one, this:"), t("I think I'll go with this:")],
        "commit": [t("Okay. Here's what I'll do."), t("Right. Let's settle it.")],
        "close": [t("Thanks for understanding."), t("Yes, let's leave it there. Thanks.")],
        # asked to choose with an option or two named, fewer than the case wants to choose from
        "few_options": [
            t("I don't have many options yet. I'd like to think of a few more before I choose."),
            t("I've only got an idea or two so far. I'm not ready to pick one."),
        ],
        "not_ready": [
            t("I'd need to think about what my options are first."),
            t("I'm not sure yet what I'd even choose from."),
        ],
        "not_owned": [
            t("I don't know. It doesn't quite feel like mine yet."),
            t("Hm. I'm not sure that's what I want to do."),
        ],
        "guarded": [t("I don't know. Maybe."), t("Hard to say.")],
        "later": [
            t("Hm. I'm not sure I want to go into that yet."),
            t("That's... let's come back to it."),
        ],
        "no_more": [t("That's all I can think of right now."), t("Nothing more comes to mind.")],
        "advice_ok": [
            t("Hm, that's an idea. I'll think about it."),
            t("Could be. I'll keep it in mind."),
        ],
    }


def did(key: str, lang: str, **values: str) -> str:
    """One or two sentences on what a turn did, by reaction."""
    t = translator(lang)
    table = {
        "answer": t("You asked about {intent}, and the supervisor told you something new."),
        "short": t("A closed question got a short answer to just that question."),
        "repeat": t("That had been said already, so the supervisor referred back to it."),
        "unknown": t("The case has nothing on that: the supervisor could not answer it."),
        "small_talk": t("Small talk warms up the start; the coaching itself has not begun yet."),
        "later": t("The supervisor is not ready to say that yet: listen and reflect first."),
        "guarded": t("Trust is low, so the supervisor answered guardedly. Reflect before asking."),
        "accurate": t("An accurate reflection: the supervisor felt heard and went deeper."),
        "deep": t("Your reflection named something not yet said, and it fitted: they went on."),
        "off": t("The reflection missed what was said: the supervisor corrected it."),
        "absurd": t(
            "The reflection had nothing to do with what was said: the supervisor was lost."
        ),
        "permission_yes": t("You asked permission, and the supervisor said yes."),
        "permission_no": t("You asked permission and got a no. Honour it."),
        "close": t("You honoured the no and closed respectfully."),
        "pressing": t("After a no you pressed on: partnership dropped."),
        "choose": t("The supervisor chose one of the options they named themselves."),
        "not_ready": t("A will question too early: the supervisor has not named options yet."),
        "not_owned": t("After advice the step does not feel like theirs yet: reflect, ask openly."),
        "commit": t("The supervisor committed to a step of their own, in their own words."),
        "closed": t("A closed question got a short answer and brought nothing new out."),
        "leading": t("A leading question carried your own solution: ownership dropped."),
        "advice": t(
            "Advice without permission moved the responsibility to you: ownership dropped."
        ),
        "advice_ok": t("You shared an idea with permission; the decision stays theirs."),
        "why": t("A why-question made the supervisor defend themselves, and trust dropped."),
        "other": t("Neither a question nor a reflection, so the conversation did not move on."),
        "unclear": t("The supervisor did not understand what you meant."),
        "hollow": t("The supervisor gave in to your advice: the step is not their own."),
        "stacked": t("You asked several things at once; only the last was answered."),
        "repeat_ok": t("That had been said already."),
        "no_more": t("No more options came: move on to choosing one."),
    }
    return table[key].format(**values) if values else table[key]


def better(key: str, lang: str) -> str | None:
    """A better move after a weaker turn, or None."""
    t = translator(lang)
    table = {
        "closed": t("Open the question up: start with What, How or Tell me."),
        "leading": t("Ask for their own ideas: What options do you see yourself?"),
        "advice": t("Ask first: Would it be OK if I shared an idea? Or ask: What could you do?"),
        "advice_unwaited": t(
            "You asked, then gave the advice before the answer: ask, and wait for the yes."
        ),
        "why": t("Ask instead: What has led to this?"),
        "stacked": t("Ask one thing at a time and wait for the answer."),
        "other": t("Ask an open question, or say in your own words what you heard."),
        "unclear": t("Ask a clear open question about the supervisor's issue."),
        "off": t("Reflect with their own words: what did they just say?"),
        "absurd": t("Reflect with their own words: what did they just say?"),
        "pressing": t("After a no, thank them and leave it, or ask what would help instead."),
        "not_ready": t("Explore the options first: What could you do?"),
        "not_owned": t("Reflect what you heard, then ask what they themselves want to do."),
        "later": t("Reflect what you heard: It sounds like..."),
        "guarded": t("Reflect what you heard: It sounds like..."),
        "unknown": t("Ask about what they have told you: pick up their own words."),
        "small_talk": t("Then ask what they would like to get out of this conversation."),
        "repeat": t("Ask about something new, or reflect what you heard."),
        "hollow": t("Hold the advice back and ask: What could you do?"),
    }
    return table.get(key)


def intent_name(intent: str, lang: str) -> str:
    """A short name of an intent, for feedback."""
    t = translator(lang)
    names = {
        "topic": t("the topic"),
        "outcome": t("the wished outcome"),
        "success": t("what success looks like"),
        "facts": t("the facts now"),
        "own_part": t("their own part"),
        "feelings": t("feelings"),
        "tried": t("what was tried"),
        "hardest": t("the hardest part"),
        "matters_most": t("what matters most"),
        "others_views": t("others' views"),
        "cost_of_no_change": t("the cost of no change"),
        "strengths": t("strengths"),
        "exceptions": t("past successes"),
        "options": t("options"),
        "more_options": t("more options"),
        "choose": t("choosing"),
        "first_step": t("the first step"),
        "when": t("when"),
        "obstacles": t("obstacles"),
        "support": t("support"),
        "scale": t("a scale"),
        "know_it_worked": t("how they will know it worked"),
        "permission": t("permission"),
        "check_summary": t("a summary"),
    }
    return names.get(intent, t("something else"))


def reflect_stem(lang: str, option: bool = False) -> str:
    """How a model reflection starts, before a piece's gist. An option the supervisor named is
    reflected as theirs ("So one option you see is that you could ..."): "It sounds like you
    could ..." alone reads as the coach's own suggestion."""
    t = translator(lang)
    if option:
        return t("So one option you see is that {gist}.")
    return t("It sounds like {gist}.")


def choice_generic(lang: str) -> dict[str, str]:
    """Engine-written weaker turns for choice mode when a case has none of that kind."""
    t = translator(lang)
    return {
        "curiosity": t("How long have you been a manager, by the way?"),
        "rescue": t("Don't worry, I'm sure it will sort itself out."),
        "closed": t("Is this a big problem for you?"),
        "leading": t("Couldn't you just decide it yourself?"),
        "advice": t("You should talk to your own manager about it."),
        "misread": t("It sounds like everything is basically fine."),
        "summary": t("Let me check I've got this right: {gists}. Is that it?"),
    }


def stage_name(stage: str | None, lang: str) -> str:
    """The GROW stage's name in ``lang``."""
    t = translator(lang)
    names = {
        "goal": t("goal"),
        "reality": t("reality"),
        "options": t("options"),
        "will": t("will"),
    }
    return names.get(stage or "", "-")


def stage_list(stages: list[str], lang: str) -> str:
    """Stage names joined with commas, or "none"."""
    if not stages:
        t = translator(lang)
        return t("none")
    return ", ".join(stage_name(s, lang) for s in stages)
