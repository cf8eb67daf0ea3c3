"""A boundary the coach must name, as a specification: naming it is answered and scored as right,
drawing out what lies over it is feedback on that turn and costs partnership, and a case whose
boundary is required ends well only once it is named.

Rule tests use a small exercise with a scripted analysis; the step-out case is played for real in
both languages (the issue's planned exception: a skilled coach who never names the line stays at or
below 50 with no commitment, one who names it and steps out well reaches 80).
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from roleplay_helpers import FakeAnalysis, ScriptedAnalyzer, loc, piece, small_exercise

from coachkit.roleplay import start
from coachkit.roleplay.boundary import matches

OPEN = FakeAnalysis("open")
REFLECT = FakeAnalysis("reflection", question=False)
STATEMENT = FakeAnalysis("other", question=False)

LINE = {
    "kind": "colleague",
    "cues": {"fi": ["en voi valmentaa", "osapuol"], "en": ["can't coach"]},
    "named": [loc("Totta, jätetään Pekan asia pois.")],
    "note_named": loc("Nimesit rajan."),
    "offer": loc("Tää koskee Pekkaa, en voi valmentaa sua tässä."),
    "opens": "mine",
    "pieces": ["pekka"],
    "topic": {"fi": ["pekka"], "en": ["pekka"]},
    "note_crossed": loc("Kollegan asia ei kuulu valmennukseen."),
}


def bounded(**line) -> dict:
    extra = [
        piece("pekka", ["hardest"], "Pekka on ollut sairaana."),
        piece("mine", ["feelings"], "Olen yksin tämän kanssa.", earned={"trust": 100}),
    ]
    base = small_exercise()
    pieces = [p.model_dump(exclude_none=True) for p in base.pieces] + extra
    return {"pieces": pieces, "boundary": {**LINE, **line}}


def session_with(table: dict, **line):
    exercise = small_exercise(**bounded(**line))
    return start(exercise, "fi", analyzer=ScriptedAnalyzer(table), seed=1)


def test_a_cue_matches_when_each_of_its_words_begins_a_word_of_the_turn():
    words = "Tää koskee mua, koska mä oon osapuolena".lower().replace(",", "").split()
    assert matches("osapuol", words)
    assert matches("koskee mua", words)
    assert not matches("koskee minua", words)


def test_naming_the_line_gets_the_agreement_and_opens_the_supervisors_own_piece():
    s = session_with({})
    turn = s.say("Mä oon tässä osapuoli, en voi valmentaa sua tästä.")
    assert turn.effects.reaction == "boundary"
    assert turn.reply.startswith("Totta, jätetään Pekan asia pois.")
    assert "Olen yksin" in turn.reply and "mine" in turn.effects.revealed
    assert turn.feedback.did == "Nimesit rajan." and turn.feedback.better is None
    assert turn.effects.trust > 0


def test_a_reflection_that_repeats_the_supervisors_words_does_not_name_the_line():
    said = "Sä sanot, ettet voi valmentaa Pekkaa, koska oot itse osapuoli."
    s = session_with({said: REFLECT})
    turn = s.say(said)
    assert turn.effects.reaction != "boundary"
    assert turn.feedback.did != "Nimesit rajan."


def test_drawing_out_a_piece_over_the_line_is_feedback_on_that_turn_and_a_lost_point():
    s = session_with({"Mikä tässä on vaikeinta?": OPEN})
    turn = s.say("Mikä tässä on vaikeinta?")
    assert turn.reply.startswith("Pekka on ollut sairaana")
    assert turn.feedback.better == "Kollegan asia ei kuulu valmennukseen."
    losses = [x for x in s.summary().losses if x.why == "Kollegan asia ei kuulu valmennukseen."]
    assert [x.turn for x in losses] == [1] and losses[0].part == "partnership"


def test_asking_about_the_colleague_by_name_crosses_the_line_even_with_nothing_to_say():
    s = session_with({"Mitä Pekka sanoo tästä?": OPEN})
    turn = s.say("Mitä Pekka sanoo tästä?")
    assert turn.feedback.better == "Kollegan asia ei kuulu valmennukseen."


def test_naming_is_worth_a_partnership_point_and_each_crossing_costs_one():
    named = session_with({})
    named.say("En voi valmentaa sua tässä.")
    crossed = session_with({"Mitä Pekka sanoo?": OPEN, "Miten Pekka voi?": OPEN})
    crossed.say("Mitä Pekka sanoo?")
    crossed.say("Miten Pekka voi?")
    plain = session_with({"Mitä tapahtuu nyt?": OPEN})
    plain.say("Mitä tapahtuu nyt?")
    p = {
        k: s.summary().globals.partnership for k, s in [("n", named), ("c", crossed), ("p", plain)]
    }
    assert p["n"] == p["p"] + 1
    assert p["c"] == max(1, p["p"] - 2)


def test_once_named_the_supervisor_keeps_to_the_agreement():
    s = session_with({"Mikä tässä on vaikeinta?": OPEN})
    s.say("En voi valmentaa sua tässä.")
    turn = s.say("Mikä tässä on vaikeinta?")
    assert "Pekka" not in turn.reply and "pekka" not in turn.effects.revealed
    assert turn.effects.reaction == "unknown"


def test_choice_mode_offers_naming_as_the_best_move_of_a_required_line():
    exercise = small_exercise(**bounded(required=True))
    s = start(exercise, "fi", mode="choice", seed=2, analyzer=ScriptedAnalyzer({}))
    options = s.options()
    best = options.index("Tää koskee Pekkaa, en voi valmentaa sua tässä.")
    turn = s.pick(best)
    assert turn.effects.reaction == "boundary" and turn.feedback.best is True


def test_a_line_that_is_not_required_is_offered_once_its_prompt_piece_is_said():
    table = {"Mikä tässä on vaikeinta?": OPEN}
    exercise = small_exercise(**bounded(prompt="pekka", pieces=[]))
    s = start(exercise, "fi", mode="choice", seed=2, analyzer=ScriptedAnalyzer(table))
    assert "Tää koskee Pekkaa, en voi valmentaa sua tässä." not in s.options()
    s.say("Mikä tässä on vaikeinta?")
    assert "Tää koskee Pekkaa, en voi valmentaa sua tässä." in s.options()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"opens": "nope"}, "boundary.opens: no piece with id 'nope'"),
        ({"pieces": ["ghost"]}, "boundary.pieces.0: no piece with id 'ghost'"),
        ({"note_crossed": None}, "boundary.note_crossed: needed when pieces or topic"),
        ({"required": True, "opens": None}, "boundary.opens: a required boundary"),
    ],
)
def test_a_broken_boundary_is_a_located_error(change, message):
    with pytest.raises(ValidationError, match=message):
        small_exercise(**bounded(**change))


# --- the step-out case, played for real -------------------------------------------------------

GENERIC_SKILLED = {
    "fi": [
        "Haluaisitko pohtia tätä hetken yhdessä?",
        "Mitä toivoisit, että tästä seuraa?",
        "Kuulostaa siltä, että haluat päättää tämän reilusti.",
        "Mitä siinä tilanteessa tarkalleen tapahtuu?",
        "Kuulostaa siltä, että poissaolot ovat jo näkyneet asiakkaille.",
        "Mikä on sinun oma osuutesi tässä?",
        "Mitä vaihtoehtoja näet?",
        "Mitä muuta voisit tehdä?",
        "Mikä näistä tuntuu sinulle parhaalta?",
        "Milloin aloitat?",
        "Kuka voisi tukea sinua?",
    ],
    "en": [
        "Would you like to think this through together for a moment?",
        "What would you like to come out of this?",
        "It sounds like you want to decide this fairly.",
        "What exactly happens in those situations?",
        "It sounds like the absences already show to the clients.",
        "What's your own part in this?",
        "What options do you see?",
        "What else could you do?",
        "Which of these feels best to you?",
        "When will you start?",
        "Who could support you?",
    ],
}
STEPS_OUT = {
    "fi": [
        "Hetkinen. Tää koskee Jarin luottamuksellisia asioita ja myös mua, koska mä oon yksi "
        "vaihtoehdoista. En voi valmentaa sua tässä asiassa.",
        "Kuulostaa siltä, että olet tämän päätöksen kanssa yksin, ja se painaa sinua.",
        "Sopiiko, että mietitään hetki sitä, mikä tässä on sinun omaa?",
        "Mitä sinä itse teet, kun joudut tällaisen päätöksen eteen?",
        "Eli haet tukea tiimistä, koska se on helpointa.",
        "Mitä vaihtoehtoja näet?",
        "Mitä muuta voisit tehdä?",
        "Mikä näistä tuntuu sinulle parhaalta?",
        "Milloin teet sen?",
        "Kuka voisi tukea sinua?",
    ],
    "en": [
        "Let me pause us here. This is Jari's confidential business, and it concerns me too, "
        "since I'm one of the options. I can't coach you on this one.",
        "It sounds like you're alone with this decision, and that weighs on you.",
        "Is it OK if we spend a moment on what in this is yours?",
        "What do you do yourself when a decision like this lands on you?",
        "So you look for support in the team because it's easiest.",
        "What options do you see?",
        "What else could you do?",
        "Which of these feels best to you?",
        "When will you do it?",
        "Who could support you?",
    ],
}


def play(exercise, lang: str, lines: list[str], seed: int = 0):
    s = start(exercise, lang, seed=seed)
    for line in lines:
        if s.done:
            break
        s.say(line)
    return s


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_step_out_can_be_completed_well_only_by_naming_the_line(exercises, lang):
    exercise = exercises["step-out"]
    generic = play(exercise, lang, GENERIC_SKILLED[lang]).summary()
    assert generic.overall <= 50 and not generic.commitment
    crossed = exercise.boundary.note_crossed.get(lang)
    assert any(loss.why == crossed for loss in generic.losses)
    for seed in (0, 1, 2):
        stepped = play(exercise, lang, STEPS_OUT[lang], seed).summary()
        assert stepped.overall >= 80 and stepped.commitment, (seed, stepped.overall)
        assert not any(loss.why == crossed for loss in stepped.losses)
