"""Shared pieces for role-play tests: a fake analysis, a small exercise, scripted coaches."""

from __future__ import annotations

from dataclasses import dataclass, field

from coachkit.content.models import Exercise

GOOD_COACH = {
    "fi": [
        "Haluaisitko pohtia tätä hetken yhdessä?",
        "Mitä haluaisit näiltä palavereilta?",
        "Kuulostaa siltä, että haluat palaverin loppuvan ajallaan, jotta ihmiset eivät lähde "
        "väsyneinä.",
        "Mitä palavereissa tapahtuu, kun ne venyvät?",
        "Eli kuulumiskierros vie suurimman osan tunnista.",
        "Mitä vaihtoehtoja sinulla on?",
        "Mitä muuta voisit tehdä?",
        "Mikä näistä tuntuu sinulle parhaalta?",
        "Milloin aloitat?",
        "Kuka voisi tukea sinua?",
    ],
    "en": [
        "Would you like to think this through together for a moment?",
        "What would you like from these meetings?",
        "It sounds like you want the meeting to end on time so people don't leave worn out.",
        "What happens in the meetings when they run over?",
        "So the round of updates takes most of the hour.",
        "What options do you have?",
        "What else could you do?",
        "Which of these feels best to you?",
        "When will you start?",
        "Who could support you?",
    ],
}
"""Skilled coaching of meetings-run-late: permission, open questions, reflections, own options."""

ADVICE_GIVER = {
    "fi": [
        "Sinun kannattaisi hoitaa tämä asia heti itse.",
        "Minä tekisin tästä selvän päätöksen ja ilmoittaisin sen kaikille.",
        "Etkö voisi vain delegoida koko jutun jollekulle muulle?",
        "Sinun pitäisi puhua tästä johtoryhmässä.",
    ],
    "en": [
        "You should sort this out yourself straight away.",
        "I would make a clear decision and announce it to everyone.",
        "Couldn't you just hand the whole thing to someone else?",
        "You ought to raise this with the management team.",
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
    permission: bool | None = None
    affirm: bool = False
    autonomy: bool = False
    depth: str | None = None
    fact: bool = False

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


def piece(pid: str, intents: list[str], text: str, **extra) -> dict:
    return {"id": pid, "intents": intents, "say": [loc(text), loc(text + " (2)")], **extra}


def small_exercise(**changes) -> Exercise:
    """A compact exercise: a goal, facts, an earned own part, three options, when and support."""
    data = {
        "schema_version": 2,
        "id": "small",
        "title": loc("Pieni"),
        "summary": loc("Pieni harjoitus"),
        "level": "beginner",
        "situation": loc("Tilanne"),
        "persona": {"name": loc("Mikko"), "role": loc("Esihenkilö"), "brief": loc("Brief")},
        "opening": loc("Budjetti ei riitä projektiin."),
        "learning_goals": [loc("Kysy avoimesti")],
        "pieces": [
            piece("goal", ["outcome"], "Haluan budjetin riittävän.", short=loc("Kyllä.")),
            piece("facts", ["facts"], "Kolme projektia kilpailee samasta rahasta."),
            piece("own", ["own_part"], "Lupaan liikaa.", earned={"trust": 60}),
            piece("opt-a", ["options"], "Voisin karsia yhden.", step=loc("Karsin yhden.")),
            piece("opt-b", ["more_options"], "Voisin pyytää lisää.", step=loc("Pyydän lisää.")),
            piece("when", ["when"], "Ensi viikolla.", step=loc("Teen sen ensi viikolla.")),
            piece(
                "help", ["support"], "Talouspäällikkö.", step=loc("Pyydän apua talouspäälliköltä.")
            ),
        ],
        "replies": {
            key: [loc(key.upper())]
            for key in [
                "closed",
                "leading",
                "advice",
                "why",
                "stacked",
                "other",
                "unclear",
                "hollow_commitment",
            ]
        },
        "max_turns": 16,
    }
    data.update(changes)
    return Exercise.model_validate(data)
