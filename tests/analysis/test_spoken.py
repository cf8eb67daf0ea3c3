"""Real-talk surface forms: spoken Finnish, clitics, fillers, hedges, dropped auxiliaries,
reactions and praise. Each rule (the table key) has three or more sentences written for it here,
never taken from the dev or held-out sets.

Each row: (lang, text, kind, grow), grow "-" when the stage is not what the rule is about.
"""

from __future__ import annotations

import pytest
from form_tables import check_form, rows, thin_rules

CASES = {
    "fi_clitic_question": [
        ("fi", "Kertoisitkohan vähän, miten viikko on mennyt?", "open", "reality"),
        ("fi", "Kuvailisitkohan sitä tilannetta tarkemmin", "open", "reality"),
        ("fi", "Onkohan tää sulle nyt se isoin juttu?", "closed", "-"),
        ("fi", "onkos tästä puhuttu tiimissä", "closed", "reality"),
    ],
    "fi_spoken_wh": [
        ("fi", "Mites se uus työkalu on lähteny käyntiin?", "open", "reality"),
        ("fi", "mitäs sä siitä ajattelet", "open", "reality"),
        ("fi", "Kuinkas usein te tapaatte?", "closed", "reality"),
        ("fi", "Mitenkäs sä haluaisit, että tää etenee?", "open", "goal"),
    ],
    "fi_pronoun_clitic": [
        ("fi", "Mäkin jännitän näitä harjoituksia vähän.", "other", "-"),
        ("fi", "Minäkin olin pari vuotta tiiminvetäjänä.", "other", "-"),
        ("fi", "Säkin oot tehny tosi paljon töitä tän eteen.", "reflection", "-"),
    ],
    "fi_fillers": [
        ("fi", "no niin tota mitä sä toivoisit tältä vuodelta", "open", "goal"),
        ("fi", "öö mitä siinä palaverissa sit tapahtu", "open", "reality"),
        ("fi", "Mitä sä niinku oikeesti haluut saavuttaa?", "open", "goal"),
        ("fi", "Joo joo. Mitä vaihtoehtoja sulla on?", "open", "options"),
    ],
    "fi_miksei_vaan": [
        ("fi", "Miksei vaan sanota asiakkaalle suoraan?", "leading", "options"),
        ("fi", "miksei sä vaan delegoi sitä Pekalle", "leading", "options"),
        ("fi", "Miksi et vaan kysy siltä itseltään?", "leading", "options"),
    ],
    "fi_tag_no_comma": [
        ("fi", "sä haluut siis pitää kiinni siitä vai mitä", "leading", "-"),
        ("fi", "tää on sulle aika iso muutos eiks niin", "leading", "-"),
        ("fi", "se budjetti on jo lyöty lukkoon eikö niin", "leading", "-"),
    ],
    "fi_who_conditional": [
        ("fi", "Keneltä voisit pyytää tukea tähän?", "open", "will"),
        ("fi", "Kenen kanssa sä puhuisit tästä ensin?", "open", "-"),
        ("fi", "Kuka tukisi sua parhaiten tässä?", "open", "will"),
    ],
    "fi_muu_word": [
        ("fi", "Milloin muutos astuu voimaan?", "closed", "reality"),
        ("fi", "Kuka muutoksesta päättää?", "closed", "reality"),
        ("fi", "Kenelle muulle voisit kertoa tästä?", "open", "-"),
    ],
    "fi_oletko_miettinyt": [
        ("fi", "Ootko miettiny ulkopuolista konsulttia?", "leading", "options"),
        ("fi", "Oletko pohtinut, että ottaisit lomaa?", "leading", "options"),
        ("fi", "Oletko miettinyt, mitä sä itse haluat?", "closed", "goal"),
        ("fi", "Ootsä miettiny, miten kerrot tästä tiimille?", "closed", "-"),
    ],
    "fi_promise_after_yes_no": [
        ("fi", "Aiotko varata ajan huomiseksi, ja kerrotko siitä Liisalle?", "closed", "will"),
        (
            "fi",
            "Otatko asian puheeksi perjantaina, ja kerrotko mulle miten kävi?",
            "closed",
            "will",
        ),
        ("fi", "Onko tää sulle tärkeää, ja voisitko kertoa miksi?", "open", "-"),
    ],
    "fi_other": [
        ("fi", "Otan vähän kahvia, hetki vaan.", "other", "-"),
        ("fi", "Hetkinen, mun netti pätkii.", "other", "-"),
        ("fi", "Tosi hyvin sanottu.", "other", "-"),
        ("fi", "Hienosti pohdittu!", "other", "-"),
        ("fi", "Mukavaa viikonloppua!", "other", "-"),
    ],
    "en_hedges": [
        ("en", "well I mean what do you actually want from this", "open", "goal"),
        ("en", "so kind of what would success look like for you", "open", "goal"),
        ("en", "you know, what's been going on with the team", "open", "-"),
        ("en", "What kind of support would you need?", "open", "will"),
    ],
    "en_texting": [
        ("en", "did u talk to your manager yet", "closed", "-"),
        ("en", "what r the options here", "open", "options"),
        ("en", "how do u feel about it now", "open", "reality"),
    ],
    "en_why_not_just": [
        ("en", "Why not just tell him no?", "leading", "options"),
        ("en", "How come you don't just hand it over to Sam?", "leading", "options"),
        ("en", "how come you won't ask for help", "leading", "options"),
        ("en", "How come you didn't mention it before?", "open", "-"),
    ],
    "en_dropped_aux": [
        ("en", "you think that'd work?", "closed", "-"),
        ("en", "so what's next", "open", "-"),
        ("en", "you want more time, don't you", "leading", "-"),
    ],
    "en_promise_after_yes_no": [
        (
            "en",
            "Will you book the room today, and will you let me know when it's done?",
            "closed",
            "will",
        ),
        ("en", "Are you going to call her, and will you tell me how it went?", "closed", "will"),
        ("en", "Is this urgent, and can you tell me why?", "open", "-"),
    ],
    "en_else_in_yes_no": [
        (
            "en",
            "How long has this been going on, and has anyone else noticed?",
            "closed",
            "reality",
        ),
        ("en", "Who decides, and does anybody else need to sign off?", "closed", "-"),
        ("en", "Is there anything more you'd like to add?", "closed", "-"),
    ],
    "en_thought_about_what": [
        ("en", "Have you thought about what you'd say to her?", "closed", "-"),
        ("en", "Have you considered whether the timing works?", "closed", "-"),
        ("en", "Have you thought about asking for a mentor?", "leading", "options"),
    ],
    "en_suggestions": [
        ("en", "Would it help to block an hour for this every morning?", "leading", "options"),
        ("en", "Might it be worth checking with legal first?", "leading", "options"),
        ("en", "Isn't it time you took a proper holiday?", "leading", "options"),
        ("en", "Don't you think the deadline is a bit unrealistic?", "leading", "reality"),
    ],
    "en_other": [
        ("en", "What a great way to put it.", "other", "-"),
        ("en", "How interesting.", "other", "-"),
        ("en", "Love the way you framed that.", "other", "-"),
        ("en", "Happy Monday!", "other", "-"),
        ("en", "Have a great weekend.", "other", "-"),
        ("en", "Sorry about that. You're back now.", "other", "-"),
        ("en", "Oh wow. Thanks for telling me.", "other", "-"),
    ],
    "en_advice": [
        ("en", "It'd be smart to talk to finance first.", "advice", "-"),
        ("en", "It'll be best to wait until Monday.", "advice", "-"),
        ("en", "That'd be a good idea to raise with your boss.", "advice", "-"),
    ],
    "en_grow": [
        ("en", "How confident are you that you'll have it done by Friday?", "closed", "will"),
        ("en", "Which of those are you going with?", "closed", "will"),
        ("en", "What would make it easier to stick to the routine?", "open", "will"),
        ("en", "What would someone you respect do here?", "open", "options"),
        ("en", "What other routes can you see?", "open", "options"),
        ("en", "Why is promotion such a big deal for you?", "open", "goal"),
    ],
    "fi_grow": [
        ("fi", "Mitä teet ensin, kun palaat töihin?", "open", "will"),
        ("fi", "Soitatko asiakkaalle ensi viikolla?", "closed", "will"),
        ("fi", "Mitä sä oot jo koittanu sen asian korjaamiseksi?", "open", "reality"),
        ("fi", "Mitä ihailemasi esihenkilö tekisi tässä?", "open", "options"),
        ("fi", "Johtuuko se siitä, että aikataulu on tiukka?", "closed", "reality"),
        ("fi", "Mikä on sulle tärkeintä tässä?", "open", "goal"),
    ],
}
ROWS = rows(CASES)


def test_three_or_more_per_rule():
    assert thin_rules(CASES) == []


@pytest.mark.parametrize(("rule", "lang", "text", "kind", "grow"), ROWS)
def test_spoken_form(rule, lang, text, kind, grow):
    check_form(rule, lang, text, kind, grow)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fi", "Kertoisitkohan lisää", ("kertoisitko", "lisaa")),
        ("fi", "Mites sulla", ("miten", "sulla")),
        ("fi", "mäkin niinku mietin", ("ma", "mietin")),
        ("en", "I mean did u kind of try", ("did", "you", "try")),
        ("en", "what kind of help", ("what", "kind", "of", "help")),
        ("en", "you know what happened", ("what", "happened")),
    ],
)
def test_respell(lang, text, words):
    from coachkit.analysis import RULES
    from coachkit.analysis.tokens import fold, respell, sentences

    sent = sentences(text, fold(text))[0]
    new = RULES[lang].respell(sent.words())
    assert (respell(sent, new) if new else sent).words() == words
