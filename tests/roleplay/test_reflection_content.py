"""A reflection is judged by its content words only. Modal, desire, light and auxiliary verbs
("haluat", "voisit", "pitää", "täytyy", "tehdä", "olla"; "want", "need", "have to", "make",
"feel", "think"), pronouns and discourse words are how a supervisor talks, not what they said:
repeating them hears nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coachkit.roleplay.listening import check, clauses, content_keys, denies, heard_keys

SAID = {
    "fi": [
        "Mä haluan, että meidän viikkoraportti valmistuu ajoissa. Mun täytyy joka perjantai "
        "odottaa lukuja myynniltä, ja sitten mä teen sen illalla kotona.",
        "Mä voisin tietysti pyytää niitä aiemmin, mutta en halua olla se hankala tyyppi.",
    ],
    "en": [
        "I want our weekly report to be done on time. Every Friday I have to wait for the "
        "figures from sales, and then I do it at home in the evening.",
        "I could ask for them earlier, of course, but I don't want to be the awkward one.",
    ],
}
HIDDEN = {
    "fi": ["Oikeastaan mua pelottaa, että myyntijohtaja valittaa mun pomolle, jos mä vaadin."],
    "en": ["Actually I'm afraid the sales director will complain to my boss if I push."],
}


def verdict(lang: str, text: str) -> str:
    said = heard_keys(SAID[lang], lang)
    case = heard_keys(SAID[lang] + HIDDEN[lang], lang)
    return check(text, lang, said, case).verdict


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Eli sinä haluat muuttaa kuuhun."),
        ("fi", "Kuulostaa siltä, että sinun täytyy tehdä purjevene."),
        ("fi", "Eli sun pitää saada koira."),
        ("fi", "Sä voisit olla astronautti, jos haluaisit."),
        ("en", "So you want to move to the moon."),
        ("en", "It sounds like you have to make a sailing boat."),
        ("en", "So you need to get a dog."),
        ("en", "You feel you could be an astronaut if you wanted."),
    ],
)
def test_a_reflection_made_of_the_supervisors_light_verbs_and_foreign_content_is_absurd(lang, text):
    assert verdict(lang, text) == "absurd"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Eli sinä haluat, että viikkoraportti valmistuu ajoissa."),
        ("fi", "Kuulostaa siltä, että sun täytyy joka perjantai odottaa myynnin lukuja."),
        ("fi", "Teet sen illalla kotona."),
        ("en", "So you want the weekly report done on time."),
        ("en", "It sounds like you have to wait for the sales figures every Friday."),
        ("en", "You do it at home in the evening."),
    ],
)
def test_a_reflection_of_what_was_said_is_accurate_with_or_without_light_verbs(lang, text):
    assert verdict(lang, text) == "accurate"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Eli sinä haluat, että viikkoraportti siirretään johtoryhmälle."),
        ("fi", "Sun pitää tehdä viikkoraportti, koska esimies vaatii tarkkoja kuvioita."),
        ("en", "So you want the report handed over to the board of directors."),
        ("en", "You have to make the report because the director demands precise charts."),
    ],
)
def test_a_reflection_half_heard_and_half_new_is_off_the_mark(lang, text):
    assert verdict(lang, text) == "off"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Eli pelkäät, että myyntijohtaja valittaa pomollesi."),
        ("en", "So you're worried the director would complain to your boss."),
    ],
)
def test_a_guess_at_what_the_case_holds_but_was_not_said_is_a_fitting_guess(lang, text):
    assert verdict(lang, text) == "deep"


@pytest.mark.parametrize(
    ("lang", "light"),
    [
        ("fi", "haluan haluaisit voit voisit pitää täytyy tarvitset tehdä teet olla olet saada"),
        ("fi", "mä sä meidän niinku tota oikeastaan ehkä koska vaikka jotta"),
        ("en", "want wanted need needs must make made have had feel felt think thought"),
        ("en", "I you they someone well actually maybe because although since"),
    ],
)
def test_light_words_are_not_content_in_either_language(lang, light):
    assert content_keys(light, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Kuulostaa siltä, että haluat asioiden muuttuvan."),
        ("fi", "Eli haluat, että työ toimisi paremmin."),
        ("fi", "Sä haluat, että tilanne muuttuu."),
        ("en", "It sounds like you want things to change."),
        ("en", "So you want to make it work."),
        ("en", "You'd like the situation to get better."),
        ("fi", "Kuulostaa siltä, että sulle on tärkeää, että työ toimii."),
        ("fi", "Kuulostaa siltä, että haluat asioiden muuttuvan."),
        ("fi", "Eli sä haluat saada sen toimimaan."),
        ("fi", "Kuulostaa siltä, että tunnet jotain sen suhteen."),
        ("en", "It sounds like you feel something about it."),
        ("fi", "Sä voisit ehkä puhua asiasta."),
        ("en", "So you could talk about it."),
        ("en", "It sounds like it's important to you that the work goes well."),
    ],
)
def test_a_vague_reflection_that_would_fit_any_case_is_not_heard_as_accurate(lang, text):
    """Generic words every case uses ("change", "work", "tilanne") and nothing of this case:
    the supervisor corrects it (or is puzzled), it earns no piece."""
    assert verdict(lang, text) in ("off", "absurd")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fi", "Eli pelkäät.", "deep"),
        ("fi", "Pelkäät siis myyntijohtajaa.", "deep"),
        ("en", "So you're afraid.", "deep"),
        ("fi", "Eli olet vihainen.", "off"),
        ("en", "So you're angry.", "off"),
    ],
)
def test_a_feeling_counts_when_the_case_holds_it(lang, text, expected):
    assert verdict(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a topic they named and a placeholder: nothing said about it, the supervisor corrects
        ("fi", "Kuulostaa siltä, että tunnet jotain siitä raportista.", "off"),
        ("fi", "Eli perjantaissa on jotenkin jotain.", "off"),
        ("en", "So you feel that you feel something about the report.", "off"),
        ("en", "It sounds like there's stuff going on with Friday.", "off"),
        # the same topic with what they said of it is heard
        ("fi", "Eli teet viikkoraportin perjantai-iltana kotona.", "accurate"),
        (
            "en",
            "So the report ends up in your Friday evening because the figures come late.",
            "accurate",
        ),
    ],
)
def test_a_topic_with_a_placeholder_says_nothing_about_it(lang, text, expected):
    assert verdict(lang, text) == expected


def test_a_compound_and_its_head_are_heard_as_the_same_word_in_finnish():
    # they said "viikkoraportti"; "raportti" is the same report (without the compound's head
    # matching, only "iltaan" would be heard, and the supervisor would correct it)
    assert verdict("fi", "Eli se raportti venyy iltaan.") == "accurate"


def test_a_short_stem_inside_a_longer_word_is_no_compound():
    # "kuu" (moon) is in no word they said, and "haluta" is light: nothing heard
    assert verdict("fi", "Eli sinä haluat kuuhun.") == "absurd"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a word said twice, or any form of a light word, is no content
        ("fi", "Eli sä sanot sen, mitä sä sanot."),
        ("en", "So you're telling me what you're telling me."),
        ("en", "What I'm hearing is that you're saying something."),
        # feelings in general name no feeling
        ("fi", "Sulla taitaa olla tunteita tätä kohtaan."),
        ("en", "You seem to have emotions about all of it."),
        ("en", "It sounds like there are feelings around this."),
    ],
)
def test_a_reflection_that_only_echoes_itself_or_names_feelings_in_general_hears_nothing(
    lang, text
):
    assert verdict(lang, text) in ("off", "absurd")


TROUBLE = {
    "fi": [
        "Maanantain palaveri venyy joka viikko, ja se turhauttaa mua ihan hirveästi.",
        "Mä en itse usko siihen uuteen vuorolistaan.",
    ],
    "en": [
        "The Monday meeting runs over every single week, and it frustrates me no end.",
        "I don't believe in the new rota myself.",
    ],
}
TROUBLE_HIDDEN = {
    "fi": ["Mulla on epäilyksiä koko vuorolistasta, mutta en uskalla sanoa sitä ääneen."],
    "en": ["I have real doubts about the whole rota, but I daren't say so out loud."],
}


def trouble_verdict(lang: str, text: str) -> str:
    said = heard_keys(TROUBLE[lang], lang)
    case = heard_keys(TROUBLE[lang] + TROUBLE_HIDDEN[lang], lang)
    return check(text, lang, said, case).verdict


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # what they said, turned round: the words are theirs, the meaning the opposite
        ("fi", "Eli maanantain palaveri menee oikeastaan tosi hyvin.", "off"),
        ("en", "So the Monday meeting is actually going great.", "off"),
        ("en", "You feel the Monday meeting runs smoothly.", "off"),
        # said the right way round, or as a wish, it is heard
        ("fi", "Eli maanantain palaveri ei mene hyvin, ja se turhauttaa.", "accurate"),
        ("en", "So the Monday meeting isn't going well, and it's frustrating.", "accurate"),
        ("en", "You want the Monday meeting to go well for once.", "accurate"),
    ],
)
def test_a_reflection_that_says_the_opposite_of_what_was_said_is_corrected(lang, text, expected):
    assert trouble_verdict(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no feeling named, only the trouble told: the weekly report waits for the figures
        ("fi", "Eli viikkoraportti valmistuu nykyään tosi hienosti."),
        ("en", "So the weekly report comes together smoothly these days."),
    ],
)
def test_things_said_to_go_well_where_they_told_of_trouble_are_corrected(lang, text):
    assert verdict(lang, text) == "off"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It sounds like you have a lot going on."),
        ("en", "Sounds like there's a lot on."),
    ],
)
def test_a_lot_going_on_fits_any_supervisor_and_hears_nothing(lang, text):
    assert trouble_verdict(lang, text) in ("off", "absurd")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # doubt said in other words: "unconvinced", "not sold", "epäilet" for "I don't believe"
        ("fi", "Sä et oikein usko siihen vuorolistaan.", "accurate"),
        ("fi", "Sä taidat epäillä koko juttua.", "deep"),
        ("en", "You sound unconvinced about the rota.", "accurate"),
        ("en", "You're not sold on it yourself.", "deep"),
    ],
)
def test_doubt_is_heard_in_any_of_its_words(lang, text, expected):
    assert trouble_verdict(lang, text) == expected


# A reflection that says no to what was said, or its opposite, is off whatever words it shares.
# Sentences written for these tests.
TOLD = {
    "fi": [
        "Mä kirjoitan asiakasraportit iltaisin kotona. Päivät menee puhelimessa, ja kalenteri on "
        "täynnä aamusta iltaan.",
        "Mä en osaa sanoa ei, kun joku pyytää apua.",
    ],
    "en": [
        "I write the client reports at home in the evenings. The days go on the phone, and my "
        "calendar is full from morning to night.",
        "I can't say no when someone asks for help.",
    ],
}


def verdict_told(lang: str, text: str) -> str:
    said = heard_keys(TOLD[lang], lang)
    return check(text, lang, said, said, said_texts=TOLD[lang]).verdict


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Eli sä et oikeastaan kirjoita asiakasraportteja itse."),
        ("fi", "Sä et tee iltaisin yhtään raportteja."),
        ("fi", "Eli kalenteri on aika tyhjä."),
        ("en", "So you don't really write the client reports yourself."),
        ("en", "You never work on the reports in the evenings."),
        ("en", "So your calendar is pretty empty."),
    ],
)
def test_a_reflection_that_says_no_to_what_was_said_or_its_opposite_is_off(lang, text):
    assert verdict_told(lang, text) == "off"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Eli sä kirjoitat asiakasraportit iltaisin kotona."),
        ("fi", "Kuulostaa siltä, että sä et osaa kieltäytyä, kun joku pyytää apua."),
        ("fi", "Eli et malta olla auttamatta, kun joku pyytää apua."),
        ("en", "So you write the client reports at home in the evenings."),
        ("en", "It sounds like you can't turn people down when they ask for help."),
        ("en", "So you find it hard not to help when someone asks."),
    ],
)
def test_a_reflection_that_mirrors_a_no_or_says_yes_to_a_yes_is_heard(lang, text):
    assert verdict_told(lang, text) in ("accurate", "deep")


NO_SAID = {
    "fi": ["En tiedä, mitä mä teen. Ei tästä tuu mitään."],
    "en": ["I don't know what to do. I never get anywhere with it."],
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fi", "Eli sä et."), ("fi", "Ei mitään."), ("en", "So you don't."), ("en", "You never did.")],
)
def test_a_no_on_its_own_says_nothing_that_was_said(lang, text):
    # "don't" is "don" to the matcher, and the supervisor said "I don't..." too: a no is no
    # content word, so a reflection of a no alone hears nothing
    said = heard_keys(NO_SAID[lang], lang)
    assert check(text, lang, said, said, said_texts=NO_SAID[lang]).verdict == "off"


@pytest.mark.parametrize(
    ("lang", "asked", "missed", "said_again"),
    [
        (
            "en",
            "What takes up your evenings?",
            [
                "So your calendar is pretty empty.",
                "So the reports are a hobby your neighbours share with you.",
                "So the meetings are a party with music and dancing.",
            ],
            "calendar",
        ),
        (
            "fi",
            "Mitä sun illoissa tapahtuu?",
            [
                "Eli kalenteri on aika tyhjä.",
                "Eli raportit on harrastus, jota naapurit tekee sun kanssa.",
                "Eli palaverit on juhlat, joissa on musiikkia ja tanssia.",
            ],
            "kalenteri",
        ),
    ],
)
def test_a_correction_says_what_the_reflection_got_wrong_and_does_not_repeat_itself(
    exercises, lang, asked, missed, said_again
):
    # "Not exactly." and one stock sentence, again and again, says nothing about what was wrong:
    # the supervisor says again what they did say about it, and something else the next time
    from coachkit.roleplay import start

    session = start(exercises["own-workload"], lang, seed=2)
    session.say(asked)
    replies = []
    for text in missed:
        turn = session.say(text)
        assert turn.effects.reaction in ("off", "absurd")
        replies.append(turn.reply)
    assert said_again in replies[0].lower()
    said = session.state.corrections
    assert len(said) >= 2 and len(set(said)) == len(said)


@pytest.mark.parametrize(
    ("lang", "lines", "stock", "reflection"),
    [
        (
            "en",
            ["What takes up your evenings?", "So your calendar is pretty empty."],
            "rather",
            "So you'd rather be sailing.",
        ),
        (
            "fi",
            ["Mitä sun illoissa tapahtuu?", "Eli kalenteri on aika tyhjä."],
            "ennemmin",
            "Eli sä ennemmin purjehtisit.",
        ),
    ],
)
def test_the_words_of_the_supervisors_stock_lines_are_not_what_they_said(
    exercises, lang, lines, stock, reflection
):
    # after "Not quite. Rather, ..." the word "rather" was heard, and "So you'd rather be
    # sailing." was an accurate reflection: a stock line says nothing about the case
    from coachkit.roleplay import start

    session = start(exercises["own-workload"], lang, seed=2)
    for line in lines:
        session.say(line)
    assert stock in session.turns[-1].reply.lower()
    turn = session.say(reflection)
    assert turn.effects.reaction not in ("accurate", "deep")


ROUND = {
    "en": ["It starts with a round of updates, and once that's over there's no time left."],
    "fi": ["Alussa on kuulumiskierros, ja kun se on ohi, aikaa ei enää jää."],
}


@pytest.mark.parametrize(
    ("lang", "text", "denied"),
    [
        ("en", "So the round of updates doesn't really take much time.", True),
        ("en", "So once the updates are over there's no time left.", False),
        ("fi", "Eli alussa kuulumiskierros ei oikeastaan vie aikaa.", True),
        ("fi", "Eli kun kierros on ohi, aikaa ei enää jää.", False),
    ],
)
def test_a_no_denies_what_was_said_when_it_holds_more_of_their_yes_than_of_their_no(
    lang, text, denied
):
    # "doesn't take much time" shares "time" with their "no time left", but says no to the
    # round of updates they told of; said back as they said it, their no is a mirror
    assert denies(text, lang, ROUND[lang]) is denied


@pytest.mark.parametrize(
    ("lang", "text", "off"),
    [
        ("en", "So you don't feel any frustration at all.", True),
        ("en", "So you don't want it to be frustrating.", False),
        ("fi", "Eli sä et oo yhtään turhautunut.", True),
        ("fi", "Eli sä et halua, että se turhauttaa.", False),
    ],
)
def test_a_reflection_that_says_no_to_a_feeling_the_case_holds_is_off(lang, text, off):
    # "You don't feel any pressure about Friday" to someone under pressure got "Yeah, that's
    # right.": a feeling is no content word, and a guess at one the case holds fitted, even said
    # with a no; wishing it away for others ("you don't want them let down") denies nothing
    case = heard_keys(FELT[lang], lang)
    said = heard_keys(FELT[lang][:1], lang)
    verdict = check(text, lang, said, case, said_texts=FELT[lang][:1]).verdict
    assert (verdict in ("off", "absurd")) is off


FELT = {
    "en": ["I write the weekly report alone.", "It's frustrating, honestly."],
    "fi": ["Mä kirjoitan viikkoraportin yksin.", "Se turhauttaa, rehellisesti."],
}


@pytest.mark.parametrize(
    ("lang", "text", "negated"),
    [
        ("en", "There's nobody to think it through with - that sounds lonely.", [True, False]),
        ("en", "So you don't get help, and it wears you down.", [True, False]),
        ("fi", "Sä et saa apua - se kuulostaa raskaalta.", [True, False]),
    ],
)
def test_a_no_belongs_to_its_own_clause(lang, text, negated):
    # a dash or "and" starts a new clause: "that sounds lonely" says no to nothing
    assert [no for no, _ in clauses(text, lang, loose=True)] == negated


def test_a_correction_never_opens_on_a_sentence_that_goes_on_from_another(exercises):
    # "Ei ihan. Ennemmin niin, että siitä, miten mä voisin olla teille enemmän läsnä.": the
    # supervisor's "Siitä, miten..." goes on from "Mä haluaisin puhua omasta ajankäytöstä.", and
    # said alone after "että" it is no Finnish; the two are said again together
    from coachkit.roleplay import start

    session = start(exercises["own-workload"], "fi", seed=2)
    session.say("Mitä sulla on mielessä tästä omasta työkuormasta?")
    turn = session.say("Eli sä et oikeestaan halua olla meille läsnä.")
    assert turn.effects.reaction == "off"
    said = session.state.corrections[-1]
    assert said.split()[0].strip(",").lower() not in ("siitä", "että", "ja", "mutta")


@pytest.mark.parametrize(
    ("lang", "text", "off"),
    [
        ("en", "So you never get the client reports done in the evenings.", True),
        ("en", "So the client reports wait for the evenings.", False),
        ("fi", "Eli sä et koskaan kirjoita asiakasraportteja iltaisin.", True),
        ("fi", "Eli sä kirjoitat asiakasraportit iltaisin kotona.", False),
    ],
)
def test_a_guess_that_says_no_to_what_the_case_holds_is_off(lang, text, off):
    # "So you never have a round of updates." before the round was told got "Yes, exactly.":
    # a guess at the unsaid is checked against the whole case, and a no to it is no fit
    said = TOLD[lang][1:]
    case = heard_keys(TOLD[lang], lang)
    verdict = check(
        text, lang, heard_keys(said, lang), case, said_texts=said, case_texts=TOLD[lang]
    ).verdict
    assert (verdict in ("off", "absurd")) is off, verdict
