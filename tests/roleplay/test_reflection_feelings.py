"""A feeling is heard in any word of its family: "worn out" reflects "tired", "poikki" reflects
"väsynyt", "guilty" reflects "a guilty conscience". A reflection that names a feeling the case holds
but has not said yet is a fitting guess; a feeling of another family is not heard. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from coachkit.roleplay.listening import check, feelings_in, heard_keys
from coachkit.roleplay.session import start

SAID = {
    "fi": [
        "Mä olen tehnyt iltaisin töitä koko kuukauden. Väsynyt mä olen, ja huono omatunto "
        "painaa, kun en ehdi auttaa uusia.",
    ],
    "en": [
        "I've worked every evening this month. I'm tired, and I have a guilty conscience "
        "because I can't help the new people.",
    ],
}
HIDDEN = {
    "fi": ["Oikeastaan mä pelkään, että jos jotain menee pieleen, se on mun vika."],
    "en": ["Actually I'm afraid that if something goes wrong, it will be my fault."],
}


def verdict(lang: str, text: str) -> str:
    said = heard_keys(SAID[lang], lang)
    case = heard_keys(SAID[lang] + HIDDEN[lang], lang)
    return check(text, lang, said, case).verdict


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Kuulostaa siltä, että olet ihan poikki."),
        ("fi", "Sä oot aivan uupunut."),
        ("fi", "Tunnet syyllisyyttä siitä, ettet ehdi auttaa uusia."),
        ("en", "It sounds like you're worn out."),
        ("en", "You sound exhausted."),
        ("en", "You feel guilty that the new people are left without help."),
    ],
)
def test_a_feeling_said_in_another_word_of_its_family_is_heard(lang, text):
    assert verdict(lang, text) == "accurate"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Kuulostaa siltä, että sua vähän jännittää."),
        ("en", "It sounds like you're a bit anxious about it."),
    ],
)
def test_a_feeling_the_case_holds_but_has_not_said_is_a_fitting_guess(lang, text):
    assert verdict(lang, text) == "deep"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Kuulostaa siltä, että olet tosi innostunut."),
        ("en", "It sounds like you're really excited."),
    ],
)
def test_a_feeling_of_another_family_is_not_heard(lang, text):
    assert verdict(lang, text) in ("off", "absurd")


def test_a_feeling_phrase_names_its_family():
    assert feelings_in("You seem worn out by it all.", "en") == {"fatigue"}
    assert feelings_in("Sä oot ihan poikki.", "fi") == {"fatigue"}


@pytest.mark.parametrize(
    "text",
    [
        "Tää osuu raskaimmin niihin, joilla on pienet lapset.",
        "Se on kaikista raskain osa tätä.",
        "Tää viikko on ollut vielä rankempi kuin viime viikko.",
        "Se iski rankimmin uusiin tyyppeihin.",
    ],
)
def test_a_finnish_feeling_word_compared_names_its_family(text):
    assert feelings_in(text, "fi") == {"load"}


LOAD_SAID = {
    "fi": ["Kalenteri on täynnä, ja raportit painaa iltaisin. Paineet on kovat."],
    "en": ["My calendar is full, and the reports weigh on me every evening. The pressure is on."],
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Sulla on ihan liikaa kaikkea."),
        ("fi", "Kaikki kasautuu nyt sun harteille."),
        ("en", "That's a lot on your plate."),
        ("en", "You're juggling too much at once."),
        ("en", "Sounds like you're spread thin."),
    ],
)
def test_an_idiom_of_load_is_a_feeling_of_the_load_family(lang, text):
    """Everyday ways of saying "too much" name the load the supervisor spoke of."""
    assert "load" in feelings_in(text, lang)
    said = heard_keys(LOAD_SAID[lang], lang)
    assert check(text, lang, said, said).verdict in ("accurate", "deep")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Evenings, and a fear that something goes wrong and it's your fault.", "deep"),
        ("fi", "Illat, ja pelko siitä, että jokin menee pieleen ja se on sun vika.", "deep"),
        ("en", "Evenings, and a fear that something goes wrong with the weather.", "off"),
    ],
)
def test_a_said_word_taken_on_to_a_feeling_the_case_holds_is_a_fitting_guess(lang, text, expected):
    """Partly heard, the rest the case's own (a feeling not said yet): a guess that fits, not a
    miss; one foreign word ("the weather") and it is off."""
    assert verdict(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Sä kannat tätä ihan yksin."),
        ("fi", "Oot kantanut kaiken itse."),
        ("en", "You're carrying this on your own."),
        ("en", "You carry the whole thing by yourself."),
    ],
)
def test_carrying_it_is_a_word_of_the_load_family(lang, text):
    """Carrying the load (whole words: "kannattaa" is worth, no load) reflects the load the
    supervisor spoke of."""
    assert "load" in feelings_in(text, lang)
    said = heard_keys(LOAD_SAID[lang], lang)
    assert check(text, lang, said, said).verdict in ("accurate", "deep")


def test_worth_doing_is_no_load():
    assert "load" not in feelings_in("Sun kannattaa kysyä tiimiltä.", "fi")
    assert "load" not in feelings_in("Kannattaako se?", "fi")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Sä tunnet olevas tosi yksinäinen siellä."),
        ("fi", "Kuulostaa, että sua pelottaa tosi paljon kuunvalo."),
        ("en", "You feel really lonely there."),
        ("en", "It sounds like you're scared of the moon."),
    ],
)
def test_a_guess_at_a_feeling_wide_of_the_mark_is_off_not_absurd(lang, text):
    """An empathic guess with at most one foreign content word is corrected, not met with a
    puzzled "what?"; more foreign content than that is absurd."""
    assert verdict(lang, text) == "off"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Pelkäät, että kuun siirtokunta myöhästyy raketin takia."),
        ("en", "You're scared the moon colony is delayed by the rocket."),
    ],
)
def test_a_feeling_wrapped_in_foreign_content_is_absurd(lang, text):
    assert verdict(lang, text) == "absurd"


@pytest.mark.parametrize(
    ("lang", "guess"),
    [
        ("en", "You sound really lonely in this."),
        ("fi", "Kuulostaa, että oot tosi yksinäinen tässä."),
    ],
)
def test_a_guess_at_a_feeling_they_do_not_have_is_corrected_with_the_one_they_do(
    exercises, lang, guess
):
    """meetings-run-late's supervisor is frustrated and embarrassed, not lonely: the correction
    says their own feeling whole (not a restated fact, not a clause cut to fit "It's more
    that"), and that feeling counts as said."""
    exercise = exercises["meetings-run-late"]
    feelings = next(p for p in exercise.pieces if "feelings" in p.intents)
    own = [s.get(lang) for s in feelings.say]
    for seed in range(4):
        session = start(exercise, lang, seed=seed)
        turn = session.say(guess)
        assert turn.effects.reaction == "off", turn.effects
        assert any(turn.reply.endswith(line) for line in own), turn.reply
        assert feelings.id in session.state.revealed


PASSED_OVER = {
    "fi": "Se loukkasi. Mä teen tosi paljon töitä, ja sitten mut kuitataan yhdellä sanalla: "
    "näkymätön.",
    "en": "It hurt. I work really hard, and then I'm summed up in one word: invisible.",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Sä koit, että sut sivuutettiin."),
        ("fi", "Sä koet, että sua ei nähdä."),
        ("fi", "Kuulostaa siltä, että sua vähätellään."),
        ("en", "So you felt brushed aside, and you're not sure it's fair."),
        ("en", "You feel overlooked."),
        ("en", "So you feel your work is not valued."),
    ],
)
def test_being_passed_over_is_a_feeling_of_its_own_family(lang, text):
    # "invisible" said, "brushed aside" or "sivuutettiin" heard: a feeling in other words, and
    # "sut", "koit" (you, you felt) are no content words that were never said
    said = heard_keys([PASSED_OVER[lang]], lang)
    assert feelings_in(text, lang) == {"dismissed"}
    assert check(text, lang, said, said).verdict == "accurate"
