"""What a round card says: the participant's role in words, Finnish names inflected.

Plain Python (no flet), so every sentence is testable on its own.
"""

from __future__ import annotations

from coachkit.i18n import Translator
from coachkit.workshop.run_state import Assignment, RunState

BACK_VOWELS = set("aouAOU")


def partitive(name: str) -> str:
    """A Finnish first name in the partitive ("valmennat Ainoa, Villeä, Niklasta, Kimiä").

    Vowel harmony follows the name's back vowels (a, o, u). A name ending in a vowel takes -a/-ä,
    one ending in -s takes -ta/-tä, other consonants -ia/-iä. A name that does not end in a letter
    (an initial, a number) is left as it is.
    """
    name = name.strip()
    if not name or not name[-1].isalpha():
        return name
    a = "a" if BACK_VOWELS & set(name) else "ä"
    last = name[-1].lower()
    if last in "aeiouyäö":
        return name + a
    if last == "s":
        return name + "t" + a
    return name + "i" + a


def _and(t: Translator, names: tuple[str, ...]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return t("{first} and {last}", first=", ".join(names[:-1]), last=names[-1])


def _observe(t: Translator, names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return t("{name} observes", name=names[0])
    return t("{names} observe", names=_and(t, names))


def round_line(t: Translator, lang: str, run: RunState, exercise_title: str | None) -> str:
    """ "Kierros 2/3 · Viikkopalaverit venyvät" (the round and its exercise)."""
    parts = [t("Round {n}/{total}", n=run.round, total=run.rounds)] if run.round else []
    parts.append(exercise_title or run.title.get(lang, ""))
    return " \u00b7 ".join(p for p in parts if p)


def role_line(t: Translator, lang: str, a: Assignment) -> str:
    """ "Sinä valmennat Ainoa, Minna havainnoi" and the like, for each role."""

    def obj(name: str) -> str:
        return partitive(name) if lang == "fi" else name

    watchers = a.observers
    if a.role == "coach":
        text = t("you coach {coachee}", coachee=obj(a.coachee))
        if watchers:
            text += ", " + _observe(t, watchers)
    elif a.role == "coachee":
        text = t("{coach} coaches you", coach=a.coach)
        if watchers:
            text += ", " + _observe(t, watchers)
    else:
        text = t("you observe: {coach} coaches {coachee}", coach=a.coach, coachee=obj(a.coachee))
    if a.repeat:
        text += " (" + t("repeat") + ")"
    return text
