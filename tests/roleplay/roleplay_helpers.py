"""Shared pieces for role-play tests: a fake analysis, a small exercise, generic scripted coaches."""

from __future__ import annotations

from dataclasses import dataclass, field

from coachkit.content.models import Exercise

GOOD_COACH = {
    "fi": [
        "Mitä haluaisit tässä asiassa saada aikaan?",
        "Mitä tällä hetkellä tapahtuu?",
        "Kuulostaa siltä, että tämä asia painaa sinua.",
        "Kerro lisää siitä, mitä olet jo yrittänyt.",
        "Mitä vaihtoehtoja sinulla on?",
        "Mitä muuta voisit tehdä?",
        "Mitä aiot tehdä seuraavaksi?",
        "Mikä on ensimmäinen askel, jonka otat?",
        "Miltä tilanne näyttäisi, kun se on ratkaistu?",
        "Mitä sinä itse ajattelet tästä?",
        "Mitä aiot tehdä ensimmäiseksi?",
    ],
    "en": [
        "What would you like to get out of this?",
        "What is happening at the moment?",
        "It sounds like this is weighing on you.",
        "Tell me more about what you have tried so far.",
        "What options do you have?",
        "What else could you do?",
        "What will you do next?",
        "What is the first step you will take?",
        "What would it look like once it is solved?",
        "What do you think about it yourself?",
        "What will you do first?",
    ],
}
"""Generic good coaching: open questions through the GROW stages and one reflection, no advice."""

ADVICE_GIVER = {
    "fi": [
        "Sinun kannattaisi hoitaa tämä asia heti itse.",
        "Minä tekisin tästä selvän päätöksen ja ilmoittaisin sen kaikille.",
        "Etkö voisi vain delegoida koko jutun jollekulle muulle?",
        "Sinun pitäisi puhua tästä johtoryhmässä.",
        "Kokeile laittaa kaikki aikataulut uusiksi.",
    ],
    "en": [
        "You should sort this out yourself straight away.",
        "I would make a clear decision and announce it to everyone.",
        "Couldn't you just hand the whole thing to someone else?",
        "You ought to raise this with the management team.",
        "Try rearranging all the schedules.",
    ],
}
"""Generic advice-giving: advice and leading questions only."""


@dataclass(frozen=True)
class FakeAnalysis:
    """An analysis with exactly the fields the engine reads, for rule tests."""

    kind: str
    grow: str | None = None
    why: bool = False
    stacked: bool = False
    question: bool = True
    cues: tuple = ()
    tips: tuple = ()
    better: str | None = None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "grow": self.grow, "why": self.why, "stacked": self.stacked}


@dataclass
class ScriptedAnalyzer:
    """Returns the analysis registered for a text; unregistered texts are "other" non-questions."""

    table: dict = field(default_factory=dict)

    def __call__(self, text: str, lang: str = "fi", tips_lang=None) -> FakeAnalysis:
        return self.table.get(text, FakeAnalysis("other", question=False))


def loc(fi: str, en: str | None = None) -> dict:
    return {"fi": fi, "en": en or fi}


def small_exercise(**changes) -> Exercise:
    """A compact exercise: two pieces per stage, one line per reply kind, three choice turns."""

    def option(text, best=False):
        return {"text": loc(text), "best": best, "feedback": loc("fb " + text)}

    data = {
        "schema_version": 1,
        "id": "small",
        "title": loc("Pieni"),
        "summary": loc("Pieni harjoitus"),
        "level": "beginner",
        "situation": loc("Tilanne"),
        "persona": {"name": loc("Mikko"), "role": loc("Esihenkilö"), "brief": loc("Brief")},
        "opening": loc("Budjetti ei riitä."),
        "learning_goals": [loc("Kysy avoimesti")],
        "material": [
            {"stage": "goal", "text": loc("G1 tavoite"), "cues": []},
            {"stage": "goal", "text": loc("G2 budjetti"), "cues": ["budjet"]},
            {"stage": "reality", "text": loc("R1 nyt"), "cues": []},
            {"stage": "reality", "text": loc("R2 palaverit"), "cues": ["palaver"]},
            {"stage": "options", "text": loc("O1 idea"), "cues": []},
            {"stage": "options", "text": loc("O2 tiimi"), "cues": ["tiim"]},
            {"stage": "will", "text": loc("W1 este"), "cues": []},
        ],
        "replies": {
            key: [loc(key.upper())]
            for key in [
                "closed",
                "leading",
                "advice",
                "why",
                "reflection",
                "stacked",
                "other",
                "unclear",
                "exhausted",
                "hollow_commitment",
            ]
        },
        "commitment": {"text": loc("OWN STEP"), "needs": ["goal", "reality", "options"]},
        "choice_turns": [
            {"options": [option("best1", True), option("weak1a"), option("weak1b")]},
            {"options": [option("best2", True), option("weak2a"), option("weak2b")]},
            {"options": [option("best3", True), option("weak3a"), option("weak3b"), option("w")]},
        ],
        "max_turns": 16,
    }
    data.update(changes)
    return Exercise.model_validate(data)
