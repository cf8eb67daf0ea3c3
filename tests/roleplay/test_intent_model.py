"""The router's learned half: cue classes, the shipped weights, and how it joins the matcher."""

import pytest

from coachkit.roleplay.intent_model import load, model_features
from coachkit.roleplay.intents import Router, catalogue, cues, router


def test_a_cue_matches_every_inflection_at_the_start_of_a_word():
    cue = {"options": ("vaihtoeh",)}
    for text in ("Mitä vaihtoehtoja näet?", "Mikä vaihtoehdoista?", "Onko vaihtoehtona muuta?"):
        assert model_features(text, "fi", cue)["cue:options"] == 1.0
    assert "cue:options" not in model_features("Mikä on sun lempivaihtoehto?", "fi", cue)


def test_a_phrase_cue_needs_the_whole_phrase():
    cue = {"facts": ("how many",)}
    assert model_features("So how many people came?", "en", cue)["cue:facts"] == 1.0
    assert "cue:facts" not in model_features("How are the many changes going?", "en", cue)


def test_spoken_forms_are_written_out_before_cues_are_read():
    cue = {"when": ("milloin",)}
    assert model_features("Millon sä aloitat?", "fi", cue)["cue:when"] == 1.0


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_intent_has_cues_in_both_languages(lang):
    for intent in catalogue():
        assert intent.cues.get(lang), f"{intent.id} has no {lang} cues"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_shipped_model_knows_exactly_the_catalogues_intents(lang):
    """A new or renamed intent needs `python -m bench.train_router` before it can be routed."""
    model = load(lang, cues(lang))
    assert model is not None
    assert set(model.classes) == {i.id for i in catalogue()}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_probabilities_add_up_to_one(lang):
    model = load(lang, cues(lang))
    assert model is not None
    assert sum(model.probabilities("What else?").values()) == pytest.approx(1.0)


def test_without_a_model_the_router_is_its_nearest_examples():
    plain = Router(list(catalogue()), "en")
    text = "What options do you see?"
    assert plain.route(text) == plain.nearest(text)


# Turns whose asking words no catalogue example uses: the cue classes and letters carry them.
UNSEEN_WORDING = {
    "fi": [
        ("Mille viikonpäivälle sä varaat sen keskustelun?", "when"),
        ("Montako reklamaatiota teille tuli viime kuussa?", "facts"),
        ("Paljonko pisteitä kympistä annat omalle jaksamiselle tän suunnitelman suhteen?", "scale"),
        ("Kuka talon sisältä voisi olla sulle tässä tukena?", "support"),
    ],
    "en": [
        ("Which weekday will you block out for that talk?", "when"),
        ("How many customers has it hit so far?", "facts"),
        ("Out of ten, how ready do you feel to go ahead with it?", "scale"),
        ("Who in the building could back you up on this?", "support"),
    ],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_shipped_router_reads_wording_beyond_its_examples(lang):
    routed = [(text, router(lang).route(text).intent) for text, _ in UNSEEN_WORDING[lang]]
    assert routed == [(text, intent) for text, intent in UNSEEN_WORDING[lang]]


# "When" looking back asks for an exception (a time it went better); "when" looking ahead asks
# when to act. Sentences written for this test.
WHEN_BACK_AND_AHEAD = {
    "fi": [
        ("Milloin olet onnistunut pitämään palaverin aikataulussa?", "exceptions"),
        ("Koska viimeksi tiimi on ollut samaa mieltä?", "exceptions"),
        ("Milloin aiot kertoa tästä tiimille?", "when"),
        ("Minä päivänä otat asian puheeksi?", "when"),
    ],
    "en": [
        ("When have you managed to keep a meeting on time?", "exceptions"),
        ("When was the last time the team agreed?", "exceptions"),
        ("When are you going to tell the team?", "when"),
        ("Which day will you bring it up?", "when"),
    ],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_when_looking_back_is_an_exception_and_looking_ahead_is_timing(lang):
    routed = [(text, router(lang).route(text).intent) for text, _ in WHEN_BACK_AND_AHEAD[lang]]
    assert routed == WHEN_BACK_AND_AHEAD[lang]


# "What do you mean by ...?" asks them to make concrete what they said: the situation now, not a
# check of the coach's summary ("Is that what you meant?"). Sentences written for this test.
WHAT_DO_YOU_MEAN = {
    "fi": [
        ("Mitä tarkoitat sillä, että viikot täyttyvät?", "facts"),
        ("Mitä sä tarkoitat, kun sanot ettei tiimi jaksa?", "facts"),
        ("Mitä tarkoitat palaverikulttuurilla?", "facts"),
        ("Onko tämä se, mitä tarkoitit?", "check_summary"),
    ],
    "en": [
        ("What do you mean by the weeks filling up?", "facts"),
        ("What do you mean when you say the team is tired?", "facts"),
        ("What do you mean by meeting culture?", "facts"),
        ("Is that what you meant?", "check_summary"),
    ],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_what_do_you_mean_asks_for_the_situation_now(lang):
    routed = [(text, router(lang).route(text).intent) for text, _ in WHAT_DO_YOU_MEAN[lang]]
    assert routed == WHAT_DO_YOU_MEAN[lang]


YES_OR_NO = {
    # a yes-or-no question about what happens is about the situation; about how it feels, the
    # feelings: none of these wordings is in the catalogue
    "fi": [
        ("Puhutko sä johtoryhmän kokouksissa?", "facts"),
        ("Onks se talousjohtaja aina tollanen?", "facts"),
        ("Kokoontuuko johtoryhmä joka viikko?", "facts"),
        ("Ärsyttääkö se sua?", "feelings"),
        ("Ootko sä vihainen Markulle?", "feelings"),
    ],
    "en": [
        ("Do you speak up in the management team meetings?", "facts"),
        ("Is your director always like that?", "facts"),
        ("Does the management team meet weekly?", "facts"),
        ("Are you upset with him?", "feelings"),
        ("Do you feel angry about it?", "feelings"),
    ],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_yes_or_no_question_is_routed_by_what_it_asks_about(lang):
    routed = [(text, router(lang).route(text).intent) for text, _ in YES_OR_NO[lang]]
    assert routed == YES_OR_NO[lang]
