"""Each named rule fires on sentences written for it (never the dev set's sentences)."""

from __future__ import annotations

import pytest

from coachkit.analysis import analyze, en_rules, fi_rules
from coachkit.analysis.phrases import PhraseTable

# (lang, text, rule that must be among the cues)
RULE_EXAMPLES = [
    # transcript talk (more in test_transcripts.py)
    ("en", "What does the handover look like day to day?", "en.grow.reality_strong"),
    ("en", "How do you want it to feel next year?", "en.grow.goal_state"),
    ("fi", "Miltä tää näyttäis asiakkaan näkökulmasta?", "fi.grow.options_view"),
    # Finnish: questions
    ("fi", "Mitä tiimissä puhutaan nyt?", "fi.open.kysymyssana"),
    ("fi", "Millaisena näet syksyn?", "fi.open.kysymyssana"),
    ("fi", "Kuka kutsuu kokouksen koolle?", "fi.closed.kysymyssana"),
    ("fi", "Kuinka monta hakijaa oli?", "fi.closed.kuinka_paljon"),
    ("fi", "Kuka muu voisi auttaa?", "fi.open.kuka_voisi"),
    ("fi", "Onko asia jo päätetty?", "fi.closed.kysymysliite"),
    ("fi", "Huomennako se on?", "fi.closed.kysymysliite"),
    ("fi", "onks tää ok", "fi.closed.kysymysliite"),
    ("fi", "Oletko jo kokeillut mitään?", "fi.closed.tried_anything"),
    ("fi", "Miksi palaute jäi antamatta?", "fi.why.miksi"),
    ("fi", "Minkä vuoksi aikataulu venyi?", "fi.why.minka_takia"),
    ("fi", "Etkö voisi siirtää kokousta?", "fi.lead.negative_question"),
    ("fi", "Oletko harkinnut osa-aikaista mallia?", "fi.lead.oletko_harkinnut"),
    ("fi", "Mitä jos kysyisit asiakkaalta suoraan?", "fi.lead.mita_jos"),
    ("fi", "Miksi et ota lomaa?", "fi.lead.miksi_et"),
    ("fi", "Sä voisit pyytää apua?", "fi.lead.sa_voisit"),
    ("fi", "Kannattaisiko sun lähteä mukaan?", "fi.lead.haluaisitko_kokeilla"),
    ("fi", "Voisitko hoitaa sen jo tänään?", "fi.lead.voisitko_tehda"),
    ("fi", "Luuletko, että tiimin pitäisi tietää?", "fi.lead.suggestion_word"),
    ("fi", "Onhan se varmaan jo sovittu?", "fi.lead.odotus"),
    ("fi", "Se on ihan selvä asia, vai mitä?", "fi.tag.vai_mita"),
    ("fi", "Haluat siis pitää kiinni aikataulusta, onko näin?", "fi.tag.check"),
    ("fi", "Kerro, mitä asiakkaalle on luvattu.", "fi.open.kerro"),
    ("fi", "Voisitko kertoa vähän lisää siitä?", "fi.open.voisitko_kertoa"),
    ("fi", "Olisi kiva kuulla, miten se sujui.", "fi.open.olisi_kiva_kuulla"),
    ("fi", "Mitä muuta tähän liittyy?", "fi.what_else"),
    ("fi", "Kaikki tuntuu sinusta nyt hankalalta, eikö niin?", "fi.tag.vai_mita"),
    ("fi", "Tämä on sulle uutta.", "fi.reflect.about_you"),
    ("fi", "Tilanne on ollut vaikea koko keväänä.", "fi.reflect.statement"),
    ("fi", "Sähän se olit, joka aloitti", "fi.reflect.about_you"),
    # Finnish: statements
    ("fi", "Kuulostaa siltä, että tilanne on jumissa.", "fi.reflect.kuulostaa"),
    ("fi", "Sä tunnut olevan jo päättänyt.", "fi.reflect.sa_tunnut"),
    ("fi", "Jos mä tiivistän, aikataulu on suurin huoli.", "fi.reflect.jos_tiivistan"),
    ("fi", "Eli palaute tuli yllätyksenä.", "fi.reflect.eli"),
    ("fi", "Sun pitää puhua hänelle.", "fi.advice.sun_pitaa"),
    ("fi", "Jos mä olisin sinä, odottaisin.", "fi.advice.mina_tekisin"),
    ("fi", "Mä soittaisin hänelle heti.", "fi.advice.mina_tekisin"),
    ("fi", "Mun mielestä se on reilu ratkaisu.", "fi.advice.verdict"),
    ("fi", "Pyydä palautetta kirjallisesti.", "fi.advice.kaskymuoto"),
    ("fi", "Kerro hänelle, mitä ajattelet.", "fi.advice.kaskymuoto"),
    ("fi", "Kiitos tästä.", "fi.other.greeting_thanks"),
    ("fi", "Tosi hienoa!", "fi.other.praise"),
    ("fi", "Jatketaan tästä huomenna.", "fi.other.structuring"),
    ("fi", "Selvä.", "fi.other.praise"),
    ("fi", "Ok.", "fi.other.interjection"),
    ("fi", "Meitä on tänään kolme.", "fi.other.structuring"),
    ("fi", "Rehellisesti sanottuna tiimi oli oikeassa.", "fi.advice.verdict"),
    ("fi", "Minusta tuntuu hassulta tämä rooli.", "fi.other.about_coach"),
    ("fi", "Mua jännittää tämä harjoitus itseäkin.", "fi.other.about_coach"),
    ("fi", "Kahvia?", "fi.closed.rising_statement"),
    ("fi", "Hmm, aika jännä.", "fi.other.short"),
    # Finnish: GROW
    ("fi", "Mitä haluaisit muuttaa?", "fi.grow.goal"),
    ("fi", "Mitä olet kokeillut?", "fi.grow.reality"),
    ("fi", "Mitä olet jo kokeillut?", "fi.grow.reality_strong"),
    ("fi", "Mitä sä teet ensin?", "fi.grow.will_order"),
    ("fi", "Oletko miettinyt, mitä haluat?", "fi.closed.oletko_miettinyt_mita"),
    ("en", "Have you thought about what you want?", "en.closed.thought_about_what"),
    ("fi", "Millaisia keinoja näet?", "fi.grow.options"),
    ("fi", "Millä tavalla voisit edetä?", "fi.grow.options"),
    ("fi", "Mitä voisit tehdä?", "fi.grow.options_weak"),
    ("fi", "Mitä aiot tehdä seuraavaksi?", "fi.grow.will"),
    ("fi", "Mitä jos soittaisit hänelle huomenna?", "fi.grow.will_time"),
    ("fi", "Ymmärsinkö oikein?", "fi.grow.check"),
    # English: questions
    ("en", "What is going on in the team?", "en.open.wh_word"),
    ("en", "In what ways has it changed?", "en.open.wh_word"),
    ("en", "Who signs the contract?", "en.closed.wh_word"),
    ("en", "How long did the project run?", "en.closed.how_degree"),
    ("en", "What time is the call?", "en.closed.what_time"),
    ("en", "Who else might help?", "en.open.who_could"),
    ("en", "Did the client reply?", "en.closed.yes_no"),
    ("en", "Have you tried anything so far?", "en.closed.tried_anything"),
    ("en", "Why did the launch slip?", "en.why.why"),
    ("en", "How come nobody told you?", "en.why.how_come"),
    ("en", "What for?", "en.why.what_for"),
    ("en", "Isn't the deadline too tight?", "en.lead.negative_question"),
    ("en", "Have you considered a part-time model?", "en.lead.have_you_considered"),
    ("en", "What if you asked the client directly?", "en.lead.what_if"),
    ("en", "Why don't you take a day off?", "en.lead.why_dont_you"),
    ("en", "Maybe you could ask for help?", "en.lead.maybe_could"),
    ("en", "Would it be better to postpone?", "en.lead.better_to"),
    ("en", "Do you agree with me that it's late? Don't you think so?", "en.lead.dont_you_think"),
    ("en", "Could you send it today?", "en.lead.could_you_act"),
    ("en", "Do you think the team should know?", "en.lead.suggestion_word"),
    ("en", "Surely that's been agreed already?", "en.lead.expectation"),
    ("en", "It's all pretty obvious, isn't it?", "en.tag.question_tag"),
    ("en", "You want to keep the schedule, is that right?", "en.tag.check"),
    ("en", "Tell me what the client was promised.", "en.open.tell_me"),
    ("en", "Could you tell me a bit more about it?", "en.open.could_you_tell"),
    ("en", "I wonder how that went.", "en.open.i_wonder"),
    ("en", "What else is connected to this?", "en.what_else"),
    ("en", "This is new to you.", "en.reflect.about_you"),
    ("en", "The spring has been hard on everyone.", "en.reflect.statement"),
    ("en", "Coffee?", "en.closed.rising_statement"),
    # English: statements
    ("en", "It sounds like things are stuck.", "en.reflect.sounds_like"),
    ("en", "You seem to have decided already.", "en.reflect.you_seem"),
    ("en", "What I'm hearing is that time is the main worry.", "en.reflect.what_i_hear"),
    ("en", "So the feedback came out of nowhere.", "en.reflect.so"),
    ("en", "You have to talk to her.", "en.advice.you_should"),
    ("en", "I'd wait a week.", "en.advice.i_would"),
    ("en", "Frankly, that's a fair outcome.", "en.advice.verdict"),
    ("en", "Ask for the feedback in writing.", "en.advice.imperative"),
    ("en", "Thanks for that.", "en.other.greeting_thanks"),
    ("en", "Really great!", "en.other.praise"),
    ("en", "Let's carry on tomorrow.", "en.other.structuring"),
    ("en", "Okay.", "en.other.interjection"),
    ("en", "I found this role-play hard myself.", "en.other.about_coach"),
    ("en", "Hmm, curious.", "en.other.short"),
    # English: GROW
    ("en", "What would you like to change?", "en.grow.goal"),
    ("en", "What would that give you?", "en.grow.goal_weak"),
    ("en", "How will you know it has worked?", "en.grow.goal_evidence"),
    ("en", "What have you tried so far?", "en.grow.reality"),
    ("en", "What alternatives do you see?", "en.grow.options"),
    ("en", "What could you do?", "en.grow.options_weak"),
    ("en", "What is your next step?", "en.grow.will"),
    ("en", "How about calling her tomorrow?", "en.grow.will_time"),
    ("en", "Did I get that right?", "en.grow.check"),
    ("en", "Shall we move on?", "en.grow.none"),
    ("en", "What did this conversation give you?", "en.grow.session"),
    ("en", "Was that helpful?", "en.grow.useful"),
    ("en", "What ground rules do we need?", "en.grow.contract"),
    ("en", "What would a successful launch mean?", "en.grow.goal_success"),
    ("en", "What did that success teach you?", "en.grow.success_seen"),
    ("en", "May I ask how the move went?", "en.permission"),
    ("fi", "Siirrytäänkö eteenpäin?", "fi.grow.none"),
    ("fi", "Mitä tämä tuokio antoi sinulle?", "fi.grow.session"),
    ("fi", "Oliko tästä hyötyä, oliko hyödyllistä?", "fi.grow.useful"),
    ("fi", "Sovitaanko yhteiset pelisäännöt?", "fi.grow.contract"),
    ("fi", "Miten onnistut pitämään aikataulun?", "fi.grow.goal_success"),
    ("fi", "Mitä opit siitä onnistumisesta?", "fi.grow.success_seen"),
    ("fi", "Mistä asiakas huomaisi muutoksen?", "fi.grow.goal_evidence"),
    ("fi", "Saanko kysyä, miten muutto meni?", "fi.permission"),
    # whole-session talk (more in test_session_talk.py)
    ("en", "How much time will you get for the handover?", "en.grow.future_fact"),
    ("en", "Have you checked which dates they want?", "en.grow.others_want"),
    ("en", "Why not call him right now?", "en.grow.will_now"),
    ("fi", "Miksi et kysyisi sitä saman tien?", "fi.grow.will_now"),
    ("en", "Such as?", "en.open.follow_up"),
    ("fi", "Entä sitten?", "fi.open.jatkokysymys"),
    ("en", "Freezing out there today.", "en.other.small_talk"),
    ("fi", "Onpa kaunis ilma.", "fi.other.small_talk"),
]


@pytest.mark.parametrize(("lang", "text", "rule"), RULE_EXAMPLES)
def test_rule_fires(lang, text, rule):
    rules = [cue.rule for cue in analyze(text, lang).cues]
    assert rule in rules, f"{rule} not in {rules}"


# Rules that steer the decision without showing as a cue; tested by what they change below.
SILENT_RULES = {
    "en.parenthetical",
    "fi.parenthetical",
    "en.process",
    "fi.process",
    "en.focus.past",
    "en.focus.future",
    "fi.focus.past",
    "fi.focus.future",
    "en.coachee_i",
    "fi.coachee_i",
}


def test_every_table_rule_has_an_example():
    covered = {rule for _, _, rule in RULE_EXAMPLES} | SILENT_RULES
    names = set()
    for module in (fi_rules, en_rules):
        for value in vars(module).values():
            if isinstance(value, PhraseTable):
                names.update(value.rule_names())
    missing = sorted(names - covered)
    assert not missing, f"rules without an example: {missing}"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "how come you always say yes, do you think"),
        ("en", "What keeps you up at night, would you say?"),
        ("fi", "Mikä tässä on vaikeinta, mitä luulet?"),
        ("fi", "Miksi se jäi kesken, luuletko?"),
    ],
)
def test_parenthetical_is_not_a_second_question(lang, text):
    assert analyze(text, lang).stacked is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Shall we look at the options now?"),
        ("en", "Can we pause here?"),
        ("fi", "Siirrytäänkö vaihtoehtoihin?"),
        ("fi", "Sopiiko, että jatketaan huomenna?"),
    ],
)
def test_process_questions_are_closed_without_stage(lang, text):
    result = analyze(text, lang)
    assert (result.kind, result.grow) == ("closed", None)


@pytest.mark.parametrize(
    ("lang", "text", "focus"),
    [
        ("en", "What happened at last week's meeting?", "past"),
        ("en", "What will you do next month?", "future"),
        ("en", "What is this about?", None),
        ("fi", "Mitä viime kokouksessa tapahtui?", "past"),
        ("fi", "Mitä aiot tehdä ensi kuussa?", "future"),
        ("fi", "Mistä tässä on kyse?", None),
    ],
)
def test_focus(lang, text, focus):
    assert analyze(text, lang).focus == focus


@pytest.mark.parametrize(
    ("lang", "text", "centred"),
    [
        ("en", "I think I would have done it differently myself.", True),
        ("en", "Can I tell you what I did in my last job?", True),
        ("en", "Tell me what you want.", False),
        ("en", "Did I get that right?", False),
        ("fi", "Mä tein itse aikoinaan ihan samoin.", True),
        ("fi", "Saanko kertoa, mitä mä tein?", True),
        ("fi", "Kerro mulle, mitä sä haluat.", False),
        ("fi", "Ymmärsinkö oikein?", False),
    ],
)
def test_coach_centred(lang, text, centred):
    assert analyze(text, lang).coach_centred is centred


@pytest.mark.parametrize(
    ("lang", "text", "what_else"),
    [
        ("en", "And what else?", True),
        ("en", "Anything else?", True),
        ("en", "What happened?", False),
        ("fi", "Mitä muuta?", True),
        ("fi", "Entäs muuta?", True),
        ("fi", "Mitä tapahtui?", False),
    ],
)
def test_what_else(lang, text, what_else):
    result = analyze(text, lang)
    assert result.what_else is what_else
    if what_else:
        assert (result.kind, result.grow) == ("open", "options")
