"""What the surface-form rules decide beside the kind: parentheticals, process questions, focus,
coach-centred wording, "what else". Sentences written for these tests."""

from __future__ import annotations

import pytest

from coachkit.analysis import RULES, analyze
from coachkit.analysis.reading import read


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "how come you always say yes, do you think"),
        ("fi", "Mikä tässä on vaikeinta, mitä luulet?"),
        ("fi", "Miksi se jäi kesken, luuletko?"),
    ],
)
def test_parenthetical_is_not_a_second_question(lang, text):
    assert analyze(text, lang).stacked is False


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Do you mind if we go back a bit? What did you try first?", False),
        ("en", "Could I share something first – would a trial week help?", False),
        ("en", "May I ask what went wrong, and who else knows?", True),
        ("fi", "Saanko kysyä yhden asian: kuka sen päätöksen teki?", False),
        ("fi", "Saanko kysyä, mikä meni pieleen ja kuka muu tietää?", True),
    ],
)
def test_asking_leave_before_a_question_is_no_second_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Have you tried a rota swap, or could the agency cover the weekends?", True),
        ("fi", "Ootko kokeillu delegoida sitä, tai voisko sen ulkoistaa?", True),
        ("en", "Did the vendor reply, and did finance approve the order?", True),
        # the second idea said short: a hedge, a gerund, a Finnish conditional
        ("en", "Could you ask the caretaker to open early, or maybe move the class?", True),
        ("en", "Have you thought about merging the two rotas, or hiring a floater?", True),
        ("fi", "Mitä jos siirtäisit palaverin, tai jakaisit sen kahteen osaan?", True),
        ("fi", "Ootko miettiny et pyytäisit Jarilta apua, tai että ottaisit sijaisen?", True),
        # someone's possible action after a plain yes/no question about what they did
        ("en", "Did you ring the agency, or could Sanna take the extra shifts?", True),
        ("fi", "Ootko jo puhunu Villen kanssa, vai voisko Aino hoitaa sen?", True),
        # the other answer to the same question, or a guess about a fact, asks nothing new
        ("en", "Has the order gone out, or is the warehouse still packing it?", False),
        ("en", "Is the new starter settling in, or does she still need a buddy?", False),
        ("fi", "Onko tilaus lähtenyt, vai pakataanko sitä vielä?", False),
        # one idea with a choice of day is one question
        ("en", "Could you move the review to Monday, or Tuesday?", False),
        # a check on the same idea, or on the talk, is no second question
        ("en", "Have you thought about a trial month, or is that off the table?", False),
        ("en", "Is this kind of questioning useful, or should I change tack?", False),
    ],
)
def test_another_idea_offered_with_or_is_a_second_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Is it... is it still on?", False),
        ("fi", "Kuka... tai, kuka sen sitten hoitaa?", False),
        # cut off by a hesitation and begun again, or a bare question word first
        ("en", "Where, er, where do you want the team to be by June?", False),
        ("fi", "Mitä, miten sä itse näit sen palaverin?", False),
        ("fi", "Mites, öö, miten uudet on päässy alkuun?", False),
        ("en", "Who knows? Who else knows?", True),
        ("en", "What happened, and what did you do then?", True),
    ],
)
def test_a_false_start_is_no_second_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Can I suggest something? I'd move the review to March."),
        ("fi", "Saanko ehdottaa jotain? Mä siirtäisin sen katselmoinnin maaliskuulle."),
    ],
)
def test_an_idea_after_asking_leave_is_advice(lang, text):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.permission, result.stacked) == ("advice", True, False)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "Could I say what I'm noticing? You come alive when the training comes up.",
            "reflection",
        ),
        ("fi", "Saanko sanoa, mitä mä kuulen? Sä kannat tätä ihan yksin.", "reflection"),
        # leave to go on, then a word on their choice: no reflection of theirs in it
        ("en", "Can we stop here, or keep going? Up to you.", "closed"),
    ],
)
def test_what_the_coach_hears_after_asking_leave_to_say_it_is_the_turn(lang, text, kind):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.permission) == (kind, True)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "I'd move the stand-up to Thursday – how does that sound?", "advice"),
        ("fi", "Mä siirtäisin palaverin torstaille – miltä kuulostaa?", "advice"),
        ("fi", "Sun kannattais kysyä Villeltä, vai mitä mieltä oot?", "advice"),
        # a condition first is no advice, whatever phrase it holds
        ("en", "If someone else were in your shoes, what would they try?", "open"),
        ("en", "Think back to the last launch – what went well?", "open"),
    ],
)
def test_advice_with_a_question_after_a_dash_or_comma_is_advice(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Just send her the draft tonight, yeah?", "advice"),
        ("fi", "Laita sille luonnos jo tänä iltana, eiks niin?", "advice"),
        ("fi", "Mä pyytäisin lisäaikaa. Eiks?", "advice"),
        # a tag on an opinion, or on "you could", carries the coach's expected answer
        ("en", "Be honest, that's far too much overtime, isn't it?", "leading"),
        ("en", "You could always hire a temp, couldn't you?", "leading"),
        ("fi", "Sähän haluut et tiimi pysyy kasassa, vai mitä?", "leading"),
    ],
)
def test_a_tag_on_the_coachs_command_is_advice_and_on_an_opinion_leading(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "What if the interns ran the stand-up for a month?", "leading"),
        ("en", "What about rotating the chair?", "leading"),
        ("fi", "Mites jos Mikko ja Sanna vaihtais vuoroja?", "leading"),
        ("en", "Why wait until spring?", "leading"),
        ("fi", "Miks sä et kysy sitä suoraan?", "leading"),
        # a scene to think in proposes nothing
        ("en", "What if nothing stood in the way?", "open"),
        ("fi", "Entä jos raha ei olisi este, mitä tekisit?", "open"),
        ("en", "What, if anything, would you change?", "open"),
    ],
)
def test_what_if_proposes_unless_it_opens_a_scene(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fi", "Saanks mä kysyy, miten se palaveri sit loppu?", "open"),
        ("fi", "Sopiiko, jos kysyn, mikä sut sai päättämään?", "open"),
        ("fi", "Onks ok, jos kysyn vielä siitä riidasta: miten se alko?", "open"),
        ("fi", "Voidaanko miettiä yhdessä, mitä kaikkea tässä vois kokeilla?", "open"),
        ("en", "Would you be okay talking me through your plan?", "open"),
    ],
)
def test_leave_asked_round_a_question_leaves_the_question_its_kind(lang, text, kind):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == (kind, False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "How would you rate the mood on the floor this week, out of ten?"),
        ("en", "And how stressed are you this week, one to ten?"),
        ("fi", "Mihin numeroon asteikolla laittaisit tiimin ilmapiirin nyt?"),
    ],
)
def test_a_number_on_a_scale_asked_anywhere_makes_the_question_closed(lang, text):
    assert analyze(text, lang, learned=False).kind == "closed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'd wait a week before telling them.", "advice"),
        ("I'd like to sum up before we finish.", "other"),
        ("I'd love to hear how the launch went.", "open"),
    ],
)
def test_id_is_advice_unless_it_says_the_coachs_wish(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


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
        ("fi", "Mitä tapahtui?", False),
    ],
)
def test_what_else(lang, text, what_else):
    result = analyze(text, lang)
    assert result.what_else is what_else
    if what_else:
        assert (result.kind, result.grow) == ("open", "options")


@pytest.mark.parametrize(
    ("lang", "text", "advice"),
    [
        ("en", "I would book a shorter slot for it.", True),
        ("en", "I wouldn't wait for the review.", True),
        ("en", "I would probably phone the supplier myself.", True),
        ("en", "I'd phone the supplier myself.", True),
        ("fi", "Mä soittaisin toimittajalle itse.", True),
        ("fi", "Minä varaisin sille lyhyemmän ajan.", True),
        ("en", "I would be curious to hear how that went.", False),
        ("en", "I would say that was a lot to carry.", False),
    ],
)
def test_the_coach_own_choice_in_the_conditional_is_advice_written_out_or_not(lang, text, advice):
    """'I would <do>' offers the coach's own step as the answer, in both languages and whether
    or not English contracts it; 'I would say', 'I would be curious to hear ...' give none."""
    assert (analyze(text, lang).kind == "advice") is advice


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "So what's your first move, and by when?", False),
        ("en", "How are you going to raise it with the board, and when?", False),
        ("fi", "Mitä sä teet ensin, ja milloin?", False),
        ("fi", "Miten otat sen puheeksi, ja mihin mennessä?", False),
        ("en", "What's your first move, and when will you tell the team?", True),
        ("fi", "Mitä teet ensin, ja milloin kerrot siitä tiimille?", True),
    ],
)
def test_a_bare_time_after_a_question_belongs_to_it(lang, text, stacked):
    """docs/analyser.md, decision 4: "..., and by when?" is the time of the same plan."""
    assert analyze(text, lang).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Out of everything you've listed, which one feels right to you?", "open"),
        ("en", "Which of these would you be proud to have picked a year from now?", "open"),
        ("fi", "Mikä noista tuntuu sulle itselle oikeimmalta?", "open"),
        ("fi", "Kumman näistä sä ottaisit, jos saisit päättää ihan itse?", "open"),
        ("en", "Which is more urgent, the payroll fix or the new starter's laptop?", "closed"),
        ("fi", "Kumpi on kiireellisempi, palkkakorjaus vai uuden työntekijän kone?", "closed"),
    ],
)
def test_a_choice_among_their_own_options_is_open_a_named_pick_closed(lang, text, kind):
    """docs/analyser.md, decision 3: the options are theirs and not named in the question."""
    assert analyze(text, lang).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "if the move went without a hitch what would the crew notice first", "open"),
        ("en", "Supposing head office said yes, how would you start", "open"),
        ("fi", "jos sulla ois kaks ylimääräistä tekijää niin mihin sä ne laittaisit", "open"),
        ("fi", "Oletetaan että aikaa ois tarpeeks, miten sä hoitaisit perehdytyksen", "open"),
        ("en", "If the client pushes back, you could offer them a trial month.", "advice"),
        ("fi", "Jos asiakas vastustaa, niin sä voisit tarjota kokeilukuukautta.", "advice"),
    ],
)
def test_a_condition_put_before_a_question_leaves_it_a_question(lang, text, kind):
    """Spoken, unpunctuated: "if ..., what would you ..." asks; "if ..., you could ..." advises."""
    assert analyze(text, lang).kind == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I'm curious how the handover went from your side"),
        ("en", "I wonder what the quieter ones would say about it."),
        ("fi", "Mua kiinnostaa, miten se luovutus meni sun näkökulmasta"),
        ("fi", "Mietin, mitä ne hiljaisemmat sanois tästä."),
    ],
)
def test_a_question_asked_as_curiosity_is_open(lang, text):
    assert analyze(text, lang).kind == "open"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "zero to ten how sure are you the supplier will deliver"),
        ("fi", "nollasta kymppiin kuinka varma sä oot et toimittaja toimittaa ajallaan"),
    ],
)
def test_a_scale_put_first_without_the_word_scale_is_a_scaling_question(lang, text):
    result = analyze(text, lang)
    assert result.kind == "closed"
    assert result.better and ("scale" in result.better or "asteiko" in result.better)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "You could always ask the night team to pilot it.", "advice"),
        ("en", "You might want to speak to payroll first.", "advice"),
        ("fi", "Sä voisit vaikka pyytää yövuoroa kokeilemaan sitä.", "advice"),
        ("fi", "Te voisitte tehdä vuorolistan yhdessä.", "advice"),
        ("en", "You could push the launch back a week, like you said.", "reflection"),
        ("en", "You could tell the meeting had got to you.", "reflection"),
        ("fi", "Sä voisit siirtää julkaisua viikolla, niinku sanoit.", "reflection"),
        ("en", "So you could ask Tom to cover Fridays, and that worries you.", "reflection"),
        ("fi", "Eli voisit kerätä huolet listaksi ja viedä ne Hannalle.", "reflection"),
    ],
)
def test_an_option_of_the_coachs_is_advice_a_mirror_of_theirs_a_reflection(lang, text, kind):
    """'You could ...' said as a statement offers the coach's own option; a mirror of the
    option the supervisor named says whose it is."""
    assert analyze(text, lang).kind == kind


@pytest.mark.parametrize("lang", ["en", "fi"])
@pytest.mark.parametrize(
    "gist",
    [
        {"en": "you could ask Tom to cover Fridays", "fi": "voisit pyytää Tomia tuuraamaan"},
        {"en": "you could move the review to March", "fi": "sä voisit siirtää arvioinnin"},
    ],
)
def test_the_role_plays_own_option_reflection_reads_as_a_reflection(lang, gist):
    """Choice mode's model reflection of an option the supervisor named must not teach that it
    is advice (roleplay.messages.reflect_stem)."""
    from coachkit.roleplay.messages import reflect_stem

    text = reflect_stem(lang, option=True).format(gist=gist[lang])
    assert analyze(text, lang).kind == "reflection"


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fi", "entä jos antaisit ne hälytykset Villelle", "leading"),
        ("fi", "Entäs jos kokeiltais kuukausi etäperjantaita", "leading"),
        ("fi", "entä jos kukaan ei ilmottautuis, mitä sitten", "open"),
    ],
)
def test_enta_jos_unpunctuated_is_a_question_as_mita_jos_is(lang, text, kind):
    """Spoken Finnish drops the "?": "entä jos ..." still asks, and still proposes when it
    carries the coach's idea."""
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Can I float a thought? What if the porters kept the keys?"),
        ("en", "Could I run something by you? How about a shorter Monday call?"),
    ],
)
def test_leave_to_float_an_idea_then_the_idea_is_one_question(lang, text):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == ("leading", False)


@pytest.mark.parametrize(
    ("lang", "text", "grow"),
    [
        (
            "en",
            "On a scale of 0 to 10, where 10 is certain, how sure are you it will work?",
            "will",
        ),
        ("en", "Out of ten, where one is not at all, how much does this matter to you?", "goal"),
        (
            "fi",
            "Asteikolla nollasta kymppiin, missä kymppi on täysin valmis, kuinka valmis oot?",
            "will",
        ),
        (
            "fi",
            "Yhdestä kymmeneen, jossa yksi on huonoin, mihin laittaisit tilanteen nyt?",
            "reality",
        ),
    ],
)
def test_a_scale_defined_in_its_own_clause_is_one_closed_question(lang, text, grow):
    """ "where ten is ..." / "missä kymppi on ..." names the scale's end; it asks nothing."""
    result = analyze(text, lang)
    assert (result.kind, result.stacked, result.grow) == ("closed", False, grow)


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Can we get playful for a second: what would a bold version look like?", False),
        ("en", "Could I try something - what would your old mentor say here?", False),
        ("en", "Shall we have a bit of fun with it: what's the wildest fix?", False),
        ("en", "Dare I ask: what's really keeping you awake?", False),
        ("fi", "Saanks mä sanoo yhen jutun: mitä jos annat sen Villelle?", False),
        ("fi", "Uskallanko kysyä – mitä sä oikeesti pelkäät tässä?", False),
        ("fi", "Kokeillaanko jotain: mitä sanoisit hänelle, jos hän istuis tässä?", False),
        # asked about something else, not leave: two questions
        ("fi", "Onko lista jo seinällä – ovatko vuorovastaavat nähneet sen?", True),
        ("en", "Could Tom take the early shift - what would that free up?", True),
    ],
)
def test_a_request_to_act_together_before_a_colon_or_dash_asks_leave(lang, text, stacked):
    """A yes/no form of "we" or "I" acting ("Can we ...", "Saanks mä ...", "Kokeillaanko ...")
    that ends at a colon or a dash only asks leave: the question after it is the one."""
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Want to hear what worked on my old ward? We paired every new nurse up.", "advice"),
        ("en", "Can I tell you how we did it? We split the list in two.", "advice"),
        ("fi", "Haluutko kuulla, mitä me kokeiltiin? Me vaihdettiin vuorot viikoittain.", "advice"),
        ("fi", "Kiinnostaako, miten tiimissäni tehtiin? Palaveri pidettiin seisten.", "advice"),
        # leave to say what the coach hears: the reflection after it is the turn
        (
            "en",
            "Can I tell you what I noticed? You light up when you talk about the lab.",
            "reflection",
        ),
        # an offer with no experience told after it is still a question
        ("en", "Do you want to hear what worked for me?", "closed"),
        # no word of the coach's own: what someone else did is no offer of the coach's idea
        ("en", "Do you want to hear what the team said? They liked the new rota.", "closed"),
    ],
)
def test_the_coachs_own_experience_told_after_leave_is_advice(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "What would you drop first, and maybe what would you keep?", True),
        ("fi", "Mitä jättäisit pois, ja ehkä mitä pitäisit ehdottomasti?", True),
        # the idea softened with "maybe" after "or" is still the second (decision 10)
        ("en", "Have you tried a rota, or maybe asking for volunteers?", True),
        # the one asked named before the comma: the clause after it is what to ask them
        ("fi", "Voisitko kysyä siltä toisen koulun rehtorilta, miten he hoitivat sen?", False),
        ("fi", "Mitä jos kysyisit naapuriosaston esihenkilöltä, miten lomat jaettiin?", False),
    ],
)
def test_a_hedge_hides_no_second_question_and_the_one_asked_holds_the_first(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind", "grow"),
    [
        ("en", "Shall we explore what else could take the pressure off?", "open", "options"),
        ("fi", "Mietitäänkö yhdessä, mitä voisit kokeilla ensi viikolla?", "open", "options"),
        ("fi", "Käydäänkö läpi, mitä siinä palaverissa tapahtui?", "open", "reality"),
        # moving the talk on is a process question (decision 6)
        ("en", "Shall we move on to what you could do about it?", "closed", None),
        ("fi", "Siirrytäänkö puhumaan siitä, mitä seuraavaksi teet?", "closed", None),
    ],
)
def test_thinking_together_about_a_question_asks_it_openly(lang, text, kind, grow):
    """Decision 12: the answer is the supervisor's content, not yes or no."""
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.grow) == (kind, grow)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Trust your gut on this one.", "other"),
        ("en", "You know the ward better than I do, so go with what feels right.", "other"),
        ("fi", "Tee ihan niin kuin parhaaksi näet.", "other"),
        ("fi", "Tee niinku parhaaks näet.", "other"),
        # an act of the coach's joined to it makes it advice
        ("en", "Trust your instinct and just run the session.", "advice"),
        ("fi", "Luota vaistoosi ja soita sille toimittajalle tänään.", "advice"),
    ],
)
def test_a_command_that_only_leaves_the_choice_to_them_is_no_advice(lang, text, kind):
    """Decision 13."""
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Would Monday or Tuesday be better for the briefing?", "closed"),
        ("fi", "Olisko aamu vai iltapäivä parempi sille palaverille?", "closed"),
        ("en", "Wouldn't it be better to wait?", "leading"),
        ("fi", "Eikö olisi parempi odottaa?", "leading"),
    ],
)
def test_two_named_things_weighed_with_better_is_a_pick(lang, text, kind):
    """Decision 3: a pick between alternatives named in the question is closed."""
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Will you call the council today, and do you want me to draft it?", True),
        ("fi", "Soitatko kunnalle tänään, ja haluatko että mä etin numeron?", True),
        ("en", "Could we step back for a second? What matters most to you here?", False),
        ("fi", "Voidaanko pysähtyä hetkeksi? Mikä tässä on sulle tärkeintä?", False),
        # no moment of the talk asked for: a question of its own
        ("en", "Can we afford it? What would it cost?", True),
    ],
)
def test_leave_is_read_by_where_it_stands_and_what_it_asks(lang, text, stacked):
    """An offer after a question of its own is a second question; "we" or "I" asked to act on
    the talk for a moment, as a sentence of its own, only asks leave."""
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "If that's alright, let's look at where you'd like to go from here.", "other"),
        ("fi", "Jos sopii, aloitetaan siitä, mikä sinua eniten mietityttää.", "other"),
        # a condition, then the question: still a question
        ("fi", "Jos sulla ois vapaat kädet niin miten sä järjestäisit sen", "open"),
        ("fi", "Kuulisin mielelläni, mitä ajattelet tästä.", "open"),
    ],
)
def test_lets_after_a_condition_structures_and_a_wish_to_hear_asks(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("fi", "Mitä teet ensin, kuka muu pitää saada mukaan?", True),
        ("fi", "Mitä palaverissa tapahtu, kuka sano mitä?", True),
        # held by the clause before it: one question
        ("fi", "Millaisia ajatuksia sulla on siitä, kuka sen vois hoitaa?", False),
        ("fi", "Ootko jo päättänyt, kuka hoitaa sijaisuudet?", False),
        # leave with "try", or an invitation to think together, before the question
        ("en", "Can I try something odd? If a friend had this problem, what would you say?", False),
        ("en", "Would you like to brainstorm together - what comes up first?", False),
    ],
)
def test_who_after_a_comma_asks_again_and_leave_asked_does_not(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind", "why"),
    [
        ("en", "One option is to move the stock count to Sunday evenings.", "advice", False),
        ("fi", "Sä voisit vaan kysyy siltä suoraan.", "advice", False),
        ("en", "And why now?", "open", True),
    ],
)
def test_an_option_said_plainly_is_advice_and_the_why_as_a_noun_asks_nothing(lang, text, kind, why):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.why) == (kind, why)


def test_the_why_named_as_a_noun_asks_no_why_question():
    result = analyze("Maybe they need to hear the why from you - would that fit?", "en")
    assert result.why is False


@pytest.mark.parametrize(
    ("lang", "text", "kind", "stacked"),
    [
        ("fi", "Tai miksi et jättäisi koko palaveria väliin?", "leading", False),
        ("en", "You built it from scratch, which is no small feat - what's next?", "open", False),
        ("en", "Is it okay if we talk through how you'll tell the team?", "open", False),
        ("fi", "Sopisko, että mietittäis yhdessä, miten vuorot vois jakaa?", "open", False),
    ],
)
def test_or_opens_a_question_which_opens_a_relative_and_talking_it_through_asks(
    lang, text, kind, stacked
):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == (kind, stacked)


@pytest.mark.parametrize("text", ["Okay, see you in two weeks then.", "Thanks, see you next week."])
def test_a_goodbye_is_other(text):
    assert analyze(text, "en", learned=False).kind == "other"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Olet taitava kuuntelemaan, joten hyödynnä sitä ja aloita kierroksella."),
        ("en", "You know the drivers well, so ride along on a route next week."),
        ("en", "It's worth keeping a short log of every late delivery."),
        ("en", "Might be worth a quick word with HR first."),
    ],
)
def test_a_command_after_praise_and_a_worthwhile_idea_are_advice(lang, text):
    assert analyze(text, lang, learned=False).kind == "advice"


def test_spoken_minka_takii_asks_why():
    result = analyze("Minkä takii et ota sitä puheeks heti?", "fi", learned=False)
    assert (result.why, result.kind) == (True, "leading")


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fi", "Voisiko osastonsihteeri hoitaa ajanvaraukset?", "leading"),
        ("fi", "Voisivatko harjoittelijat auttaa inventaariossa?", "leading"),
        ("fi", "Voisiko palaverin siirtää iltapäivään?", "leading"),
        ("fi", "Voisitko kertoa vähän lisää siitä?", "open"),
    ],
)
def test_could_someone_else_act_puts_the_coachs_idea_in_finnish_too(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "advice"),
    [
        ("en", "Some managers find a weekly huddle settles things.", True),
        ("en", "Plenty of supervisors swear by a written agenda.", True),
        ("fi", "Monet esihenkilöt kokevat, että lyhyt aamupalaveri auttaa.", True),
        ("fi", "Moni meistä tekisi tässä saman.", True),
        # a comparison that praises is no advice
        ("en", "Not many managers would own up to that so openly.", False),
        ("fi", "Moni esihenkilö olisi luovuttanut jo aikaa sitten.", False),
    ],
)
def test_what_works_for_others_offered_as_the_way_is_advice(lang, text, advice):
    assert (analyze(text, lang, learned=False).kind == "advice") is advice


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Leikitäänkö hetki: mitä tekisit, jos saisit kaksi uutta ihmistä?"),
        ("fi", "Ideoidaanko vähän – millä tavoilla vuorot vois jakaa toisin?"),
    ],
)
def test_a_collaborative_leave_before_the_question_leaves_it_open(lang, text):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == ("open", False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Jos haluat, voin kertoa, miten me hoidettiin lomalistat viime vuonna."),
        ("fi", "Jos siitä on apua, mä voin näyttää, millaisen pohjan tein."),
        ("en", "If it helps, I can tell you how the other depot did it."),
    ],
)
def test_an_offer_to_tell_after_a_condition_asks_nothing(lang, text):
    """The coach offers to tell; the "how" inside the offer is no question (decision: other,
    permission)."""
    assert analyze(text, lang).kind == "other"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Harjoittele se alku ensin jonkun kanssa.", "advice"),
        ("Neuvottele toimittajan kanssa uusi aikataulu.", "advice"),
        ("Delegoi ne raportit Annelle.", "advice"),
        ("Harjoittelepa se alku ensin.", "advice"),
        # picturing or recalling is a request to talk, not a command
        ("Kuvittele, että kaikki toimii. Mikä on toisin?", "open"),
        ("Kuvittelepa, että kaikki toimii. Mikä on toisin?", "open"),
    ],
)
def test_a_finnish_command_is_read_by_its_form_when_its_verb_is_in_no_list(text, kind):
    assert analyze(text, "fi", learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Timebox the stand-up to ten minutes.", "advice"),
        ("en", "Have a word with the caretaker before Friday.", "advice"),
        ("en", "Record the briefing so the night shift can watch it.", "advice"),
        ("fi", "Tsekkaa ne luvut vielä ennen perjantaita.", "advice"),
        ("fi", "Pistä viesti Jannelle heti aamulla.", "advice"),
        # a supposition is no command
        ("en", "Say the budget came through tomorrow - what would you do first?", "open"),
        ("en", "Say no to the extra shifts.", "advice"),
    ],
)
def test_a_command_is_read_by_its_form(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


def test_a_wish_with_have_a_is_no_command():
    assert analyze("Have a lovely weekend!", "en", learned=False).kind != "advice"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Koko tiimi on ollut tosi väsynyt.", "reflection"),
        ("Anteeks, mä myöhästyin vähän.", "reflection"),
        ("Mitä enemmän teet itse, sitä vähemmän muut oppii.", "reflection"),
        ("Mitä enemmän haluaisit tehdä?", "open"),
        ("Onko koko tiimi mukana?", "closed"),
    ],
)
def test_finnish_words_that_only_look_like_a_question_ask_nothing(text, kind):
    assert analyze(text, "fi", learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fi", "Kerro, jos haluat pitää tauon.", "other"),
        ("fi", "Tää on mulle uutta, joten kerro heti, jos kysyn jotain outoa.", "other"),
        ("fi", "Sano heti, jos kysyn jotain outoa.", "other"),
        ("en", "Tell me if you'd rather stop here.", "other"),
        # telling someone else is a command, wherever the recipient stands
        ("fi", "Kerro muutoksesta ensin vuorovastaaville.", "advice"),
        ("fi", "kerro se suoraan koko porukalle heti huomenna", "advice"),
        ("fi", "Kerro mulle, mitä tiimille luvattiin.", "open"),
        ("fi", "Kerro, mitä siinä palaverissa tapahtui.", "open"),
        ("en", "Tell me what happened in the meeting.", "open"),
    ],
)
def test_let_me_know_if_lets_them_steer_and_asks_for_no_story(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Why haven't you told HR yet?", "leading"),
        ("en", "How come you haven't asked the night staff?", "leading"),
        ("en", "Why haven't they told HR yet, do you think?", "open"),
        ("en", "Can you think of another way to cover Fridays?", "open"),
        ("fi", "Keksitkö vielä yhden tavan hoitaa perjantait?", "open"),
        ("en", "The second plan is clearly the better one.", "advice"),
        ("fi", "Toi toinen suunnitelma on selvästi parempi.", "advice"),
    ],
)
def test_what_a_turn_asks_or_gives_beyond_its_first_words(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Does the, um, does the team know yet?", False),
        ("fi", "Ehtisitkö käydä katsomassa, miten se uusi kone toimii?", False),
        ("fi", "Etkö sä näe, kuinka paljon porukka arvostaa sua?", False),
    ],
)
def test_a_restart_or_a_clause_a_verb_holds_is_one_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        # a second yes/no question after a comma or a dash, or after "and" and a filler
        ("fi", "Onko tilaus jo lähtenyt, tietääkö asiakas siitä?", True),
        ("en", "Is the rota out – have the night staff seen it?", True),
        ("en", "Has the boiler been fixed, and, er, is the caretaker back?", True),
        # a subject named by a noun or a name opens a yes/no question too
        ("en", "Is Ritva still off sick, and does payroll know who's covering?", True),
        ("en", "Did procurement reply, and has legal seen the terms?", True),
        # a spoken translative (-ksi said -ks) after a comma is no second question
        ("fi", "Haluuks sä et mä teen ne kalvot sulle valmiiks, niinku avuks?", False),
        # a tag, a check or an aside after it is no second question
        ("en", "Is the quote back yet, do you know?", False),
        ("fi", "Onko tarjous jo hyväksytty, tiiätsä?", False),
        ("en", "The rota's out, isn't it?", False),
        ("fi", "Onko se jo sovittu, onko näin?", False),
    ],
)
def test_a_second_yes_no_question_is_a_second_question_a_tag_is_not(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Couldn't you hand the audit to Lisa, or why not split it between two people?"),
        ("fi", "Etkö voisi siirtää auditointia, tai miksei sitä voisi jakaa kahdelle?"),
    ],
)
def test_a_why_asked_second_is_a_why_question(lang, text):
    result = analyze(text, lang, learned=False)
    assert result.why and result.stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # "What ..." as the subject of a verb of seeming is a statement, not a question
        ("en", "What you're telling me sounds like burnout.", "reflection"),
        # an aside that closes the question asks nothing of its own
        ("en", "About how many calls a day come in, would you say?", "closed"),
        # a mirror that leads to a command is advice: the final move decides
        ("fi", "Sä vastaat viesteihin yölläkin, joten lopeta se.", "advice"),
        ("fi", "Sä puhut tosi nopeesti – hidasta vähän.", "advice"),
        # an action tried, asked with "ever" or "koskaan": the coach's idea
        ("en", "Have you ever tried a standing meeting?", "leading"),
        ("fi", "Oletko koskaan kokeillut seisovaa palaveria?", "leading"),
    ],
)
def test_the_form_under_the_first_words_decides(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("text", "stacked"),
    [
        ("How will you choose between what's urgent and what can wait?", False),
        ("How will you choose between what's urgent and what can wait, and who'll help?", True),
    ],
)
def test_a_noun_clause_ends_at_the_comma_and_the_next_question_counts(text, stacked):
    assert analyze(text, "en", learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "What if nobody stood in your way? What would you change first?", False),
        ("en", "What if nothing stood in your way - what would you change first?", False),
        ("fi", "Mitä jos mikään ei olis esteenä? Mitä sä muuttaisit ekana?", False),
        # a "what if" that proposes the coach's idea is a question of its own
        ("en", "What if you asked the union? What would they say?", True),
        # "what, if anything" later in the turn asks its own question
        ("en", "How did the audit go, and what, if anything, will you change?", True),
    ],
)
def test_a_what_if_scene_and_the_question_asked_in_it_are_one(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "kind", "stacked"),
    [
        # a time clause put first, a statement after it: nothing is asked
        ("When you talk about the night rota, you sound tired.", "reflection", False),
        ("When I ran the canteen we had the same fight over breaks.", "reflection", False),
        # a time clause after "I'm curious" or leave asked, then the question: one question
        ("I'm curious, when the board turned it down, what did you feel?", "open", False),
        ("May I ask, when the news came, how you took it?", "open", False),
        (
            "Tell me if this is off, but when it's all over, what do you want to be true?",
            "open",
            False,
        ),
        (
            "Stop me if I'm wrong, but when it's all over, what do you want to be true?",
            "open",
            False,
        ),
        # spoken, the auxiliary dropped: still a when-question
        ("when you gonna tell the night staff", "closed", False),
        ("When will you tell them?", "closed", False),
    ],
)
def test_a_time_clause_put_first_asks_nothing_itself(text, kind, stacked):
    result = analyze(text, "en", learned=False)
    assert (result.kind, result.stacked) == (kind, stacked)


@pytest.mark.parametrize(
    ("text", "stacked"),
    [
        ("Etkö huomaa, kuinka paljon rauhallisempi olet nykyään?", False),
        ("Etsä muista, mitä ne sano viimeks?", False),
        ("Eiks sun mielestä näy, miten hyvin porukka jaksaa?", False),
        ("Etkö muista, mitä Jarmo sanoi, ja kerroitko sen eteenpäin?", True),
    ],
)
def test_a_negated_verb_of_seeing_embeds_the_question_after_it(text, stacked):
    assert analyze(text, "fi", learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        # two question words joined before their one verb ask one question (decision 4)
        ("en", "When and how will you break the news to the night staff?", False),
        ("fi", "Millä tavalla ja missä vaiheessa kerrot siitä hoitajille?", False),
        ("fi", "Miten ja milloin sä otat sen puheeks?", False),
        # each with a verb of its own, or after a comma, they are two
        ("en", "When did it start, and how did the team react?", True),
        ("fi", "Mitä teet, milloin ja kenen kanssa?", True),
        # a place or company tacked on asks its own question; a bare time does not
        ("en", "What will you say to the board, and where?", True),
        ("en", "What will you say to the board, and by when?", False),
    ],
)
def test_question_words_joined_before_one_verb_ask_one_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


def test_question_words_joined_ask_as_openly_as_the_most_open_of_them():
    result = analyze("When and how will you tell them?", "en", learned=False)
    assert result.kind == "open"


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        # a state after "you" in a "what if" sets a scene for the question after it
        ("en", "What if you weren't afraid of the board? What would you say?", False),
        ("fi", "Entä jos sulla ois rajaton budjetti? Mitä sä tekisit ekana?", False),
        # an act after "you" proposes the coach's idea, a question of its own
        ("en", "What if you asked the board? What would they say?", True),
    ],
)
def test_a_what_if_of_a_state_sets_a_scene_and_one_of_an_act_proposes(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        # words that only narrow the question, said with "I mean", are the same question
        ("en", "Have you talked to the agency? Their manager, I mean, not the recruiter?", False),
        # leave asked with "all right", then the question: one question
        ("en", "Is it all right if I ask about the budget? How much is left?", False),
        # a check after the question, spoken
        ("fi", "Mikä siinä jäi vaivaamaan, tajuutko mitä mä tarkotan?", False),
        # after a pick among their own options, "or" and a yes/no clause of its own ask again
        ("en", "Which of the suppliers could you go back to, or is that door shut?", True),
        ("fi", "Kumman valitset, soitatko vai lähetätkö viestin?", False),
    ],
)
def test_one_question_or_two_after_a_narrowing_a_leave_a_check_or_a_pick(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb in no list, known by its form: first, with its object after it
        ("Cap the staff meeting at thirty minutes.", "advice"),
        ("Buddy each new driver with one of the old hands.", "advice"),
        # a day, a plural, a determiner or "so far" first: a statement
        ("Friday the new rota starts.", "reflection"),
        ("Sales dropped in June.", "reflection"),
        ("So far the trial has covered the mornings.", "reflection"),
    ],
)
def test_an_english_command_is_read_by_its_form_when_its_verb_is_in_no_list(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    "text", ["Picture the ward a year from now.", "Grab a seat, the kettle's on.", "Got it."]
)
def test_a_request_to_picture_or_a_welcome_is_no_command(text):
    assert analyze(text, "en", learned=False).kind != "advice"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What's the average wait for a repair?", "closed"),
        ("What was the total cost of the agency staff?", "closed"),
        ("What's the plan for the agency staff?", "open"),
    ],
)
def test_a_figure_asked_for_is_a_closed_question(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # an idea offered before it is given, then the idea, with or without a verb of its own
        ("en", "Want a tip? A short huddle at every shift change.", "advice"),
        ("fi", "Haluutko vinkin? Lyhyt palaveri jokaisen vuoron vaihteessa.", "advice"),
        # leave to say what the coach hears, then a reflection: the reflection is the turn
        ("en", "Can I tell you what I notice? You sound exhausted.", "reflection"),
    ],
)
def test_what_follows_leave_to_give_an_idea_is_advice(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize("text", ["Tuo oli rohkea päätös.", "Tuo kuulostaa raskaalta."])
def test_tuo_before_a_verb_is_the_demonstrative_not_the_command_bring(text):
    assert analyze(text, "fi", learned=False).kind != "advice"


def test_spoken_leave_before_an_idea_put_as_a_question_is_one_question():
    text = "Sopiiks et mä heitän yhen idean: entä jos se uus tyyppi varjostais ensin Jannea?"
    assert analyze(text, "fi", learned=False).stacked is False


@pytest.mark.parametrize(
    ("text", "kind", "stacked"),
    [
        # someone else's possible act asked with "could" or "might": the coach's idea
        ("Could the night porters take over the linen run?", "leading", False),
        ("Might the volunteers run the stall themselves?", "leading", False),
        # a state or a possibility asked about stays closed
        ("Could the supplier be running late again?", "closed", False),
        ("Could the training still run if the venue fell through?", "closed", False),
        # leave to speak plainly, then the question: one question
        ("Can I be blunt? What do you actually want from this job?", "open", False),
        # a scene set by "Think of ..." or "Forget ... for a moment" is no advice
        ("Think of the best manager you had - what would they do here?", "open", False),
        ("Forget the budget for a moment - what would you love this place to be?", "open", False),
    ],
)
def test_someone_elses_act_a_plain_leave_and_a_scene_set_by_a_command(text, kind, stacked):
    result = analyze(text, "en", learned=False)
    assert (result.kind, result.stacked) == (kind, stacked)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an aside, no question
        ("For what it's worth, I've worked nights myself.", "reflection"),
        # two things named before "which": a closed pick; their own options unnamed: open
        ("Between growth and stability, which one matters more now?", "closed"),
        ("Between the two rotas you sketched, which one are you leaning towards?", "open"),
        # a plural noun first, then its verb: a statement, no command
        ("Wait times at the clinic doubled in May.", "reflection"),
        ("Pick rates dropped after midnight.", "reflection"),
        # "I'd be honest with them": advice; "I'd be happy to": the coach's wish
        ("I'd be honest with them about the cuts.", "advice"),
        ("I'd be happy to sit in.", "other"),
    ],
)
def test_asides_named_picks_plural_subjects_and_id_be(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


def test_a_past_verb_of_noticing_embeds_the_finnish_question_after_it():
    result = analyze("Huomasitko, miten rauhallisesti hoidit sen?", "fi", learned=False)
    assert (result.kind, result.stacked) == ("closed", False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Can I be blunt? Cap every meeting at thirty minutes. What do you think?"),
        ("fi", "Saanko sanoa suoraan? Rajaa palaverit puoleen tuntiin. Mitä mieltä oot?"),
    ],
)
def test_leave_then_advice_then_a_question_about_it_is_advice_with_permission(lang, text):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.grow, result.stacked) == ("advice", None, False)
    assert result.permission is True


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a question left off, then put again after a word of repair: one question, and the
        # one asked in full sets the kind
        ("en", "What is the cause... or rather, why do you think they stopped asking?", "open"),
        ("en", "Have you thought about... scratch that, what options do you see?", "open"),
        ("fi", "Mitä jos sä... tai no, mitä muita keinoja sulle tulee mieleen?", "open"),
        ("fi", "Mikä on se syy... eiku, miten sä itse näet sen?", "open"),
        # a fragment cut off at an auxiliary, then the question from its head
        ("en", "How much did... how did the students take the new timetable?", "open"),
    ],
)
def test_a_question_left_off_and_asked_again_is_one_question(lang, text, kind):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == (kind, False)


def test_a_trailing_question_then_another_joined_by_and_is_still_two():
    result = analyze("What happened... and how did they react?", "en", learned=False)
    assert result.stacked is True


@pytest.mark.parametrize(
    ("lang", "text", "grow"),
    [
        # the moment asked for, to move the talk on: no stage (decision 12)
        ("en", "Is now a good time to look at what options you have?", None),
        ("fi", "Olisiko nyt hyvä hetki katsoa, mitä vaihtoehtoja sinulla on?", None),
    ],
)
def test_a_good_moment_to_move_the_talk_on_has_no_stage(lang, text, grow):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.grow) == ("closed", grow)


def test_the_moment_of_the_supervisors_own_act_keeps_a_stage():
    result = analyze("Olisiko nyt oikea hetki puhua hänen kanssaan?", "fi", learned=False)
    assert result.grow is not None


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a command after a colon or a dash reads as if it opened the sentence
        ("en", "Here's an idea, if you want one: post the rota in the canteen.", "advice"),
        ("en", "My two cents: cancel the Friday report.", "advice"),
        # a command after the coach's hunch is advice; the hunch about them is not
        ("en", "It's your call, but my gut says keep her on nights.", "advice"),
        ("fi", "Sä päätät, mut mun vaisto sanoo, et odota tammikuuhun.", "advice"),
        ("en", "My gut says you already know the answer.", "reflection"),
        # how their words sound to the coach, with "you have to" inside: a reflection
        (
            "fi",
            "Minusta kuulostaa, että jos luovut siitä, sun pitää hyväksyä toisen tapa.",
            "reflection",
        ),
        ("en", "To me it sounds like you have to pick between two loyalties.", "reflection"),
        # a summary announced by where the talk has got to, with a "what" clause in it
        (
            "en",
            "So where we are: you want Saturdays off, and what holds you back is trust.",
            "reflection",
        ),
        (
            "fi",
            "Eli jos kokoan: haluat lauantait vapaaksi, ja mikä sua jarruttaa on luottamus.",
            "reflection",
        ),
    ],
)
def test_commands_after_a_colon_or_a_hunch_and_summaries_announced(lang, text, kind):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == (kind, False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Mitä sä luulet, miks ne uudet hoitajat vaihtaa osastoa?"),
        ("fi", "Minkä vuoks tää tavoite on sulle nyt niin tärkee?"),
        ("en", "What do you reckon, why did the volunteers stop coming?"),
    ],
)
def test_an_opinion_asked_of_a_why_is_one_why_question(lang, text):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.why, result.stacked) == ("open", True, False)


def test_a_request_to_tell_why_embeds_the_why():
    result = analyze("Voisitko kertoa tiimille, miksi päätös tehtiin?", "fi", learned=False)
    assert result.why is False


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # "-hän" asserts the answer: leading
        ("fi", "Kyllähän sä itekin näet, ettei toi aikataulu pidä?", "leading"),
        ("fi", "Eiköhän olis aika ottaa asia puheeks tiimin kanssa?", "leading"),
        # a reflection said rising asks a check: closed, though "what" opens it
        ("en", "So what I'm hearing is you'd rather not be the one who tells them?", "closed"),
        # a question after "before we go on", without a question mark
        ("fi", "ennen ku jatketaan, niin mitä sä toivot tältä kerralta", "open"),
        ("en", "Before we go any further, what would make this hour worth it", "open"),
    ],
)
def test_han_rising_reflections_and_questions_after_before(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


def test_leave_asked_after_a_before_clause_is_leave_and_the_question_follows():
    text = "Ennen kuin mennään pidemmälle, saanko kysyä, miten sä jaksat tällä hetkellä?"
    result = analyze(text, "fi", learned=False)
    assert (result.kind, result.grow, result.permission) == ("open", "reality", True)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # "Tuo" before a verb of the third person is "that", not "bring"
        ("fi", "Tuo vaati rohkeutta. Miltä keskustelu rehtorin kanssa tuntui?", "open"),
        ("fi", "Tuo se raportti huomenna mukanasi.", "advice"),
        # a clause that ends on "siitä" holds the "kuinka" clause after it: no question
        ("fi", "Tuo kertoo paljon siitä, kuinka paljon välität asukkaista.", "reflection"),
        # the coach suggesting how the talk goes on is structuring, not advice
        ("en", "I suggest we park the budget question and come back to it next time.", "other"),
        ("fi", "Mä ehdotan, et jätetään tää tähän ja jatketaan ensi viikolla.", "other"),
        ("fi", "Ehdotan, että pidätte palaverin vasta ensi viikolla.", "advice"),
        ("fi", "Mä ehdottaisin, että iltapäiviksi avataan yks kassa lisää.", "advice"),
    ],
)
def test_tuo_as_that_and_suggesting_how_the_talk_goes_on(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a scene to think in, then the question: its words are no advice
        ("fi", "Kuvittele, et joku kokenut kollega ois sun paikalla. Mitä se tekis?"),
        ("en", "Say budget weren't an issue at all - what would you try first?"),
    ],
)
def test_a_scene_before_a_question_is_no_advice(lang, text):
    assert analyze(text, lang, learned=False).kind == "open"


def test_say_no_is_still_a_command():
    assert analyze("Say no to the extra project.", "en", learned=False).kind == "advice"


def test_so_you_know_where_i_come_from_asks_nothing():
    text = "Just so you know where I'm coming from, I ran a ward myself for six years."
    result = analyze(text, "en", learned=False)
    assert result.kind not in ("open", "closed", "leading")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a wh-clause as the subject of "is" / "on se, että", said without "?": no question
        ("en", "What's really bothering you is that the software was chosen without the users."),
        ("fi", "Mitä sä oikeesti haet, on se, et tiimi ottais ite vastuuta."),
    ],
)
def test_a_statement_with_a_wh_clause_as_its_subject_asks_nothing(lang, text):
    assert analyze(text, lang, learned=False).kind == "reflection"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # unpunctuated, these still ask
        ("en", "do you have any training budget left this year or is that gone"),
        ("fi", "Mikä sun mielestä on se varsinainen ongelma tossa tiedotuksessa"),
    ],
)
def test_a_question_without_a_question_mark_is_no_cleft(lang, text):
    assert analyze(text, lang, learned=False).kind in ("open", "closed")


def test_two_negative_questions_each_with_a_subject_are_two():
    text = "Wouldn't it be better to meet on site, and shouldn't HR be in the room too?"
    result = analyze(text, "en", learned=False)
    assert (result.kind, result.stacked) == ("leading", True)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # the answers named after a colon or a dash: a pick among them
        (
            "fi",
            "Mikä ois sulle hyvä lopputulos: et ne sopii riidan, vai et ne tekee töitä?",
            "closed",
        ),
        (
            "en",
            "What matters more to you here - keeping the head chef or keeping the menu?",
            "closed",
        ),
        # "or" opening the part after the dash offers another question; an aside is no list
        ("en", "What's the view from the ward sisters on this - or from the consultants?", "open"),
        ("fi", "Mitä sä haluat tehdä - riippumatta siitä, mitä minä tai muut ajattelee?", "open"),
    ],
)
def test_answers_listed_after_a_colon_make_a_pick(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


def test_a_wh_clause_that_says_which_date_is_no_second_question():
    text = "Onko sinulla jo päivämäärä mielessä, milloin kerrot muutoksesta henkilöstölle?"
    assert analyze(text, "fi", learned=False).stacked is False


def test_a_wh_clause_after_sille_is_what_the_question_asks_about():
    text = "mitä vaihtoehtoja sä näät sille, miten kuljettajien ylityöt sais kuriin"
    result = analyze(text, "fi", learned=False)
    assert (result.kind, result.stacked) == ("open", False)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # the scaling follow-up asks why the number is not lower: no proposal
        ("en", "You said five, not two - why not lower?", "open"),
        ("fi", "Sanoit kuusi etkä kolme – miksei pienempi?", "open"),
        # "why not" with an act is still the coach's proposal
        ("en", "Why not delegate more of it?", "leading"),
    ],
)
def test_why_not_lower_after_a_number_asks_and_proposes_nothing(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # "kuka" after "ketään" says who is asked about: one question
        (
            "fi",
            "Onks ravintolan puolella ketään, kuka vois ottaa inventaarion hoitaakseen?",
            "closed",
        ),
        # the coach's "I" goes on into its verb: no command before the question
        ("en", "So, right, just so I, um, get the full picture, what's the history here?", "open"),
        # a longer clause ending on "me" still leaves the command after it advice
        ("en", "If you want one idea from me, pair each new nurse with a buddy.", "advice"),
    ],
)
def test_kuka_after_anyone_and_a_purpose_clause_of_i(lang, text, kind):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == (kind, False)


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        # what was agreed, decided or asked holds the question-word clause after it
        ("fi", "Onks teillä jo päätetty, kuka vetää perehdytyksen?", False),
        ("fi", "Ootteko sopineet, milloin kassajärjestelmä vaihdetaan?", False),
        ("fi", "Kirjataanko ylös, mitä lupasit tiimille?", False),
        # but a yes/no question after it asks something of its own
        ("fi", "Onko palaveri jo sovittu, kutsutko Ainon mukaan?", True),
    ],
)
def test_a_wh_clause_after_what_was_agreed_is_no_second_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Mitä sanot asiakkaalle, ja missä vaiheessa?"),
        ("fi", "Kenelle soitat, ja mihin päivään mennessä?"),
        ("en", "What will you change, and how soon?"),
        ("en", "Who will you bring in, and at what point?"),
    ],
)
def test_a_bare_time_after_a_question_is_the_same_question(lang, text):
    assert analyze(text, lang, learned=False).stacked is False


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Could you phone the council today, and maybe ask for it in writing?", True),
        ("en", "How will you tell the cleaners, and perhaps their supervisor too?", True),
        ("fi", "Mitä kerrot kuljettajille, ja ehkä myös varaston väelle?", True),
        # a question word after the hedge is counted once, at its own word
        ("en", "What will you say, and maybe how will you say it?", True),
        # no hedge, no comma: one request with two parts
        ("en", "Could you phone the council and ask for it in writing?", False),
    ],
)
def test_a_further_item_offered_with_and_maybe_is_a_second_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Why is it, do you think, that the audits always slip?", False),
        ("en", "How come, do you reckon, nobody uses the new form?", False),
        ("en", "What went wrong, do you think, and who noticed first?", True),
        ("fi", "Miltä tuntuu ja mitä luulet, että tiimi ajattelee?", True),
    ],
)
def test_an_aside_inside_a_question_asks_nothing_of_its_own(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        ("How you run the rota is your call.", 0),
        ("What you said about the audit stuck with me.", 0),
        ("Where this goes is up to you - what are you leaning towards?", 1),
        # a spoken question keeps its head
        ("How you feeling about the move", 1),
    ],
)
def test_a_wh_clause_in_statement_order_as_subject_asks_nothing(text, questions):
    assert analyze(text, "en", learned=False).questions == questions


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "What happened at the audit? Like, what did they actually flag?"),
        ("fi", "Mitä muut tekis? Tai no, mitä sä itse tekisit?"),
        ("fi", "Saanks mä heittää villin kysymyksen? Mitä tekisit ilman budjettia?"),
    ],
)
def test_a_question_asked_again_after_repair_or_after_leave_is_one(lang, text):
    assert analyze(text, lang, learned=False).stacked is False


def test_a_narrowing_fragment_after_a_repair_word_does_not_decide_the_kind():
    text = "Miten perehdytys on sujunut? Siis se, joka alkoi maanantaina?"
    assert analyze(text, "fi", learned=False).kind == "open"


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "How did the launch go - what are customers telling you?", False),
        ("fi", "Miten palaveri meni – mitä siellä oikeesti sanottiin?", False),
        ("en", "How did the launch go - and what did the board make of it?", True),
    ],
)
def test_a_question_word_after_a_dash_puts_the_question_again(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How the night shift is staffed is entirely up to you.", "reflection"),
        ("Where the budget goes is your call.", "reflection"),
        # the copula straight after the noun asks ("What the heck is ...?"), and so does an
        # indirect question whose copula says nothing of whose it is
        ("What the heck is going on with the printer?", "open"),
        ("Can I ask what your main worry is with the audit?", "open"),
    ],
)
def test_a_wh_clause_with_a_noun_subject_before_whose_it_is_asks_nothing(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "So just to check, you want the handover done by Friday, right?",
        "To make sure I've got it, you'd keep the Saturday shift?",
    ],
)
def test_an_announced_check_with_a_tag_or_rising_is_closed(text):
    assert analyze(text, "en", learned=False).kind == "closed"


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Let's have you phone the landlord before lunch.", "advice"),
        ("en", "Let's get you a coffee before we start.", "other"),
        ("fi", "Tehdään niin, että sä puhut Jannen kanssa ensin.", "advice"),
        ("fi", "Tehdään niin, että mä kirjaan nää ylös.", "other"),
    ],
)
def test_the_coachees_act_put_as_the_plan_for_both_is_advice(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "questions"),
    [
        ("en", "You know what? Why not ask Priya?", 1),
        ("en", "You know what, could the temps cover Saturday?", 1),
        ("fi", "Tiedätkö mitä, entä jos kysyisit tiimiltä?", 1),
        ("fi", "Tiedätkö, mitä asiakas vastasi?", 1),
        ("en", "You know what? Take Friday off.", 0),
    ],
)
def test_a_call_for_attention_asks_nothing(lang, text, questions):
    assert analyze(text, lang, learned=False).questions == questions


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("fi", "Kysyisitkö siltä ihan vaan, miten sillä menee?", False),
        ("fi", "Haluutko et mä sanon, miltä se näytti meidän puolelta?", False),
        ("fi", "Kysyisitkö häneltä, miten hän haluaa, ja kuka muu pitäisi ottaa mukaan?", True),
    ],
)
def test_the_one_asked_or_what_the_coach_would_say_holds_the_wh_clause(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sorry, go back a bit - what did the auditor say?", "open"),
        ("Go back to the supplier and ask again.", "advice"),
    ],
)
def test_going_back_in_the_talk_is_no_advice(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    ("text", "stacked"),
    [
        ("Mitä sulle tulee mieleen, miten perehdytystä vois nopeuttaa?", False),
        ("Haluatko, että pysähdytään hetkeksi? Mitä sä haluat tältä vuodelta?", False),
        # an invitation that holds its own question stays one open question
        ("Haluatko, että katsotaan, mitä vaihtoehtoja sulla on?", False),
        ("Mitä sulle tulee mieleen, ja miten sä lähtisit liikkeelle?", True),
    ],
)
def test_what_comes_to_mind_and_a_pause_together_hold_one_question(text, stacked):
    assert analyze(text, "fi", learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fi", "Sä oot sitä mieltä, että uudistus tuli liian aikaisin.", "reflection"),
        ("fi", "Sä oot sitä mieltä, et se oli virhe, eiks nii?", "closed"),
        (
            "en",
            "I get the sense you're more worried about the team than the deadline.",
            "reflection",
        ),
    ],
)
def test_their_view_or_the_coachs_hunch_put_into_words_is_a_reflection(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind", "stacked"),
    [
        ("en", "What about asking Sam to chair it, and what would stop you?", "leading", True),
        ("fi", "Miten olisi, jos kokeilisit etäpäivää kerran viikossa?", "leading", False),
        ("fi", "Miten ois, et sä pyytäisit Jannea mukaan?", "leading", False),
        # a scene to think in is no proposal
        ("fi", "Miten olisi, jos mikään ei olisi esteenä?", "open", False),
    ],
)
def test_a_proposal_and_a_question_after_it(lang, text, kind, stacked):
    a = analyze(text, lang, learned=False)
    assert (a.kind, a.stacked) == (kind, stacked)


def test_what_would_help_said_as_the_coachs_own_is_advice():
    text = "Yks juttu, mikä vois auttaa, on et sä kerrot perustelut heti alkuun."
    assert analyze(text, "fi", learned=False).kind == "advice"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("You could always borrow a driver from the other depot.", "advice"),
        ("You could just rotate the late shift.", "advice"),
        ("You could tell she was upset.", "reflection"),
        ("You could have asked him first.", "reflection"),
    ],
)
def test_you_could_and_any_act_of_theirs_is_advice(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "why"),
    [
        ("en", "Tell me a little more about why the launch matters to you.", True),
        ("en", "Could you explain why the rota changed?", True),
        ("en", "Could you tell the team why the rota changed?", False),
        ("fi", "Kerro vähän tarkemmin, miksi tää on sulle tärkee.", True),
        ("fi", "Voisitko avata, miksi palaveri siirtyi?", True),
        ("fi", "Voisitko kertoa tiimille, miksi palaveri siirtyi?", False),
    ],
)
def test_a_request_to_talk_about_a_why_is_a_why_question(lang, text, why):
    assert analyze(text, lang, learned=False).why is why


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "I'd like to offer something, if that's okay: teams trust numbers they can see.",
            "advice",
        ),
        ("en", "Here's a thought: a trial month.", "advice"),
        ("en", "I'd like to share an idea - only if you want to hear it.", "other"),
        ("en", "Let me share what I'm hearing: you're worn out.", "reflection"),
        ("fi", "Haluan tarjota yhden näkökulman, jos sopii: asiakas arvostaa lupauksia.", "advice"),
        ("fi", "Yks ajatus: kokeilkaa kuukauden ajan.", "advice"),
    ],
)
def test_an_idea_offered_before_a_colon_is_advice_said_as_a_claim_or_a_command(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Talk me through the handover, and what went wrong?", True),
        ("en", "Walk me through the launch - and how did you react?", True),
        ("en", "Walk me through the plan, and how you'll fund it?", False),
        ("fi", "Kuvaile se tilanne, ja miltä se susta tuntui?", True),
        ("fi", "Kerro siitä palaverista, ja mitä sä teit sen jälkeen?", True),
    ],
)
def test_a_question_joined_to_a_request_with_its_own_object_is_a_second_question(
    lang, text, stacked
):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "A good rule of thumb is to answer complaints the same day.", "advice"),
        ("en", "A sensible approach would be to start with the night shift.", "advice"),
        ("fi", "Hyvä käytäntö ois käydä viikon asiat läpi perjantaisin.", "advice"),
        ("fi", "Hyvä idea olisi kirjata sovitut asiat heti ylös.", "advice"),
        ("fi", "Se oli hyvä idea sulta.", "other"),
    ],
)
def test_the_coachs_practice_put_as_a_good_one_is_advice(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "why"),
    [
        ("en", "What made - sorry, let me put that differently - why did you say yes?", True),
        ("en", "What's the... I mean, why does it bother you so much?", True),
        ("en", "Why did you say yes - I mean, what was going on for you?", True),
        ("en", "What did you say, I mean, what were your exact words?", False),
        ("fi", "Mitä sä, eiku, miksi sä suostuit siihen?", True),
    ],
)
def test_a_question_put_again_as_a_why_after_a_repair_is_a_why_question(lang, text, why):
    assert analyze(text, lang, learned=False).why is why


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("oot sä jo kertonu tästä Markulle", "closed"),
        ("voisit sä kysyy sitä Annalta", "leading"),
        ("sä oot jo kertonu tästä Markulle", "reflection"),
        ("Päätit sä mitä tahansa, mä oon sun tukena.", "reflection"),
    ],
)
def test_a_spoken_finnish_verb_before_its_subject_asks_without_a_clitic(text, kind):
    assert analyze(text, "fi", learned=False).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Do you not reckon they've noticed already?", "leading"),
        ("Would it not be simpler to split the meeting?", "leading"),
        ("Could you not just ask Tom?", "leading"),
        ("Do you know when it starts?", "closed"),
    ],
)
def test_a_negative_question_with_not_after_its_subject_is_leading(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "permission"),
    [
        ("fi", "Uskallanko heittää yhden kysymyksen: onko tää sulle tärkee?", True),
        ("fi", "Saanko kysyä vielä lopuksi, mihin sitoudut?", True),
    ],
)
def test_leave_dared_or_asked_at_the_end_is_permission(lang, text, permission):
    assert analyze(text, lang, learned=False).permission is permission


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mistä syystä et ole vielä kokeillut sitä?", "leading"),
        ("Minkä vuoksi et pyytäisi apua?", "leading"),
        ("Mistä syystä se palaveri siirtyi?", "open"),
    ],
)
def test_asking_for_the_reason_they_dont_act_leads_as_miksi_et_does(text, kind):
    assert analyze(text, "fi", learned=False).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("For you, how the decision gets made matters as much as the decision.", "reflection"),
        ("What the board thinks matters a lot to you.", "reflection"),
        ("What matters most to you here?", "open"),
    ],
)
def test_a_wh_clause_that_matters_is_a_statements_subject(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Shall we agree that what we say here stays between us and doesn't affect my appraisal?",
        "So the change starts in May and won't touch your team?",
        "Can we agree that this stays in the room and doesn't reach the board?",
    ],
)
def test_a_second_verb_of_the_same_subject_is_no_second_question(text):
    """After "and", "doesn't"/"won't" with a verb and its object ("... and doesn't affect my
    appraisal") goes on with the subject before it; only a subject of its own would ask again
    ("..., and doesn't Maria know?"). A wh-clause right after "that" is that clause's subject."""
    assert analyze(text, "en", learned=False).stacked is False


@pytest.mark.parametrize(
    ("text", "kind", "why", "stacked"),
    [
        ("Why not, uh, just ask the drivers what they'd change?", "leading", True, False),
        ("Why did you say yes — and, like, what did you hope for?", "open", True, True),
        ("So like how is the new starter settling in?", "open", False, False),
        ("How did the review go? Like, what did they actually say?", "open", False, False),
    ],
)
def test_hesitations_and_a_filler_like_leave_the_question_as_it_is(text, kind, why, stacked):
    """Transcribed speech: "um", "uh" and a filler "like" stand anywhere in a question and
    change nothing; "Like, ...?" after a question asks it again in other words."""
    result = analyze(text, "en", learned=False)
    assert (result.kind, result.why, result.stacked) == (kind, why, stacked)


@pytest.mark.parametrize(
    "text",
    [
        "Have a plan ready for the moment someone offers you a drink.",
        "Have the figures ready before you see her.",
    ],
)
def test_have_something_ready_is_a_command(text):
    """ "Have X ready / handy / prepared" tells them what to prepare: advice, not a question
    without its question mark ("Have the team seen it" still asks)."""
    assert analyze(text, "en", learned=False).kind == "advice"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Can I give you some honest feedback? You tend to answer your own questions."),
        ("en", "If it's okay, one observation: you often answer for the team."),
        ("fi", "Jos sopii, niin kerron yhden havainnon: sä keskeytät usein muita."),
        ("fi", "Saanko antaa palautetta? Sä puhut palavereissa tosi nopeesti."),
    ],
)
def test_feedback_offered_after_leave_is_advice(lang, text):
    """Feedback or an observation of their behaviour is the coach's own view of them: told
    after leave, in the next sentence or after a colon, it is advice with permission."""
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.permission) == ("advice", True)


@pytest.mark.parametrize(
    ("text", "stacked"),
    [
        ("Do the others, um, do they know about the budget cut?", False),
        ("How is, um, how are the teachers taking it?", False),
        ("What happened, what did you do?", True),
    ],
)
def test_a_short_start_cut_off_by_a_sound_of_hesitation_is_no_second_question(text, stacked):
    """ "um" and "uh" are left out of the words, but the start they cut off is still a false
    start; without a hesitation two questions with the same first word are two."""
    assert analyze(text, "en", learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Has it occurred to you that the team could plan their own shifts?"),
        ("fi", "Onks sulle tullu mieleen, et tiimi vois ite suunnitella vuorot?"),
    ],
)
def test_an_idea_put_as_a_thought_come_to_them_is_leading(lang, text):
    """ "Has it occurred to you that ...?" carries the coach's idea as "Have you considered
    ...?" does; "What has occurred to you?" asks for theirs."""
    assert analyze(text, lang, learned=False).kind == "leading"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Did Kenji already see the new KPI sheet", "closed"),
        ("Does your director know about the overtime", "closed"),
        ("What ideas do you have for the stand-up so it is not forty minutes", "open"),
        ("What I'd do is split the project in two.", "advice"),
        ("What's left is working out how to live with it.", "reflection"),
    ],
)
def test_a_question_without_its_question_mark_keeps_its_form(text, kind):
    """Typed on a phone or spoken, a question often loses its "?": an auxiliary that begins no
    statement ("did", "does", "is", "has") with a noun after it still asks, and so does a
    wh-word with its noun and the auxiliary after it, though "is" comes later in the sentence;
    "What I'd do is ..." stays a statement built on "what"."""
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Meaning?"), ("en", "And besides that?"), ("en", "Any ideas?"), ("fi", "Esimerkiks?")],
)
def test_a_bare_follow_up_asks_openly(lang, text):
    """One to three words that ask for the sense or for more of the same are open, as "Such
    as?" is; "Any ideas for the party?" with a topic of its own is a yes/no question."""
    assert analyze(text, lang, learned=False).kind == "open"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Put a timer on the table and stop at the hour.", True),
        ("Give a short update at the start.", True),
        # to talk a little more is no command
        ("Talk a bit about what happened.", False),
        ("Say a little more.", False),
    ],
)
def test_a_verb_that_can_ask_them_to_talk_is_a_command_before_a_thing(text, command):
    assert (analyze(text, "en", learned=False).kind == "advice") is command


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        # two question words joined by "and" before their one verb, inside the question's
        # object clause: one question (decision 4)
        ("fi", "Miten uusi työaika on muuttanut sitä, mitä ja milloin syöt?", False),
        ("fi", "Mitä ajatuksia sulla on siitä, missä ja miten kerrot sen tiimille?", False),
        # a clause of its own with its own verb is a second question
        ("fi", "Mitä tapahtui ja milloin kerrot heille?", True),
    ],
)
def test_question_words_joined_inside_the_object_clause_ask_once(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    "text",
    [
        "Eat something before the networking drinks.",
        "Walk to work twice a week.",
        "Drink a glass of water between the beers.",
    ],
)
def test_a_command_about_eating_drinking_or_exercise_is_advice(text):
    assert analyze(text, "en", learned=False).kind == "advice"


def test_a_noun_that_used_to_be_something_is_no_command():
    assert analyze("Exercise used to be a big part of your life.", "en", learned=False).kind != (
        "advice"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Mitä sä meinaat tehdä? Mä kyllä siirtäisin koko koulutuksen kevääseen."),
        ("en", "What are you going to do? I'd just tell the client the truth today."),
    ],
)
def test_a_question_the_coach_answers_with_advice_is_advice(lang, text):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.grow, result.stacked) == ("advice", None, False)


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "What do you like about the new rota? and the parts you don't", True),
        ("fi", "Miten myyjät otti sen vastaan? entä varasto", True),
        # a clause of its own after "and" is no question asked again
        ("en", "So what are you going to do? And honestly, it's your call.", False),
    ],
)
def test_a_bare_and_the_x_after_a_question_asks_it_again(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


def test_a_verb_of_telling_before_a_wh_clause_makes_no_question_of_a_statement():
    assert analyze(
        "Se kertoo, kuinka paljon välität tiimistäsi.", "fi", learned=False
    ).kind not in (
        "open",
        "closed",
        "leading",
    )


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "What could you do about the rota, maybe swap the weekend shifts?", "leading"),
        ("en", "How could you get more time, perhaps by cancelling the Friday call?", "leading"),
        ("fi", "Mitä sä voisit tehdä, vaikka siirtää sen palaverin?", "leading"),
        ("fi", "Miten voisit saada lisää aikaa, ehkä perumalla perjantain palaverin?", "leading"),
        # "vaikka" as "even if", or an example that is no act of theirs, offers no idea
        ("fi", "Mikä auttaisi sua pysymään päätöksessä, vaikka vastarintaa tulisi?", "open"),
        ("en", "What else could you try, even something small?", "open"),
    ],
)
def test_the_coachs_idea_offered_as_the_answer_after_maybe_is_leading(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind", "stacked"),
    [
        (
            "en",
            "What might make the mornings easier? Perhaps a later start on Mondays?",
            "leading",
            False,
        ),
        ("en", "Who could cover the late shift? Say, one of the new starters?", "leading", False),
        (
            "fi",
            "Mikä vois tuoda lisää aikaa? Vaikkapa se, että perut yhden palaverin?",
            "leading",
            False,
        ),
        (
            "fi",
            "Miten sä voisit kiittää tiimiä? Esimerkiksi yhteisellä aamupalalla?",
            "leading",
            False,
        ),
        # a question of its own after the first one is a second question, not an example
        ("en", "What could make the mornings easier? Could the team start later?", "leading", True),
        ("en", "What went well? Like, what did the client say?", "open", False),
    ],
)
def test_an_example_offered_as_the_answer_in_a_sentence_of_its_own_is_leading(
    lang, text, kind, stacked
):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == (kind, stacked)
    assert result.questions == (2 if stacked else 1)


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Is the deadline fixed? Or could it still move?", False),
        ("en", "Did you pick this target yourself? Or was it set for you?", False),
        ("fi", "Oliko se sun oma idea? Vai tuliko se johdolta?", False),
        # another idea offered after "or" is a second question (decision 10)
        ("en", "Have you asked the agency? Or thought about overtime?", True),
    ],
)
def test_the_other_way_a_yes_no_question_may_go_is_one_pick(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("its ur budget, so how do u want to spend it", "open"),
        ("you sound fed up with it, what do you think would help", "open"),
        # a wh-clause in statement order is no question
        ("That's your decision, and what you do with it is up to you.", "reflection"),
    ],
)
def test_a_question_typed_without_its_mark_after_a_statement_asks(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If you want my view: talk to the people who know the system best.", "advice"),
        ("If it's fine with you, I'd like to hear what you want from this.", "open"),
        ("if the launch slipped what would the board say", "open"),
    ],
)
def test_a_wh_word_inside_the_clause_after_an_unasked_condition_asks_nothing(text, kind):
    assert analyze(text, "en", learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind", "stacked"),
    [
        ("en", "When exactly will you call her, and what will you tell her?", "open", True),
        ("en", "When roughly is the review due?", "closed", False),
        ("fi", "Onks sulla aikaa aamuisin, ja entäs iltaisin?", "closed", True),
        ("fi", "Tiedätkö, mitä haluat siltä palaverilta?", "closed", False),
        ("fi", "Tiedätkö mitä, entä jos soittaisit hänelle?", "leading", False),
    ],
)
def test_when_exactly_entas_after_ja_and_tiedatko_with_a_comma(lang, text, kind, stacked):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == (kind, stacked)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Saanko ehdottaa, että siirtäisit palaverin iltapäivään?", "leading"),
        ("Saanks mä ehottaa, et sä pyytäisit Ainolta apua?", "leading"),
        # a step of the talk itself, in the passive, is leave asked (closed)
        ("Saanko ehdottaa, että siirrytään vaihtoehtoihin?", "closed"),
        ("Saanko ehdottaa jotain?", "closed"),
    ],
)
def test_an_idea_inside_the_leave_asked_to_suggest_is_leading(text, kind):
    result = analyze(text, "fi", learned=False)
    assert (result.kind, result.permission) == (kind, True)


@pytest.mark.parametrize(
    ("lang", "text", "stacked", "why"),
    [
        # broken off with a dash and asked again: the broken part is no question of its own
        ("en", "Do you— sorry, what did the auditors make of it?", False, False),
        ("en", "So why— I mean, what made you take the job?", False, False),
        ("fi", "Ootsä— siis mitä se asiakas sano siitä?", False, False),
        ("fi", "Mitä— miks sä haluut luopua siitä palaverista?", False, True),
        # broken off after "and": the first question was asked in full
        ("en", "What did you agree and— and when do you start?", True, False),
        ("fi", "Mitä te sovitte ja— ja milloin sä aloitat?", True, False),
    ],
)
def test_a_question_broken_off_with_a_dash_and_asked_again_counts_once(lang, text, stacked, why):
    result = analyze(text, lang, learned=False)
    assert (result.stacked, result.why) == (stacked, why)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # what follows the dash is the rest of the sentence, not a new start
        ("en", "How did it feel when the board— when they handed you the decision?", "open"),
        ("fi", "Miltä se tuntu, kun hallitus— kun ne anto sen päätöksen valmiina?", "open"),
        # a dash between spaces or a hyphen that joins is no break at all
        ("fi", "Miten työ- ja perhe-elämä on sulla nyt tasapainossa?", "open"),
        # what follows the broken question is a statement: the turn is that statement
        ("en", "What— so the move is fine, it's the timing that worries you.", "reflection"),
    ],
)
def test_a_dash_that_only_breaks_the_sentence_keeps_it_whole(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("en", "Do you cycle to work? In winter too? Every day?", True),
        ("fi", "Käytsä uimassa? Yksin? Viikoittain?", True),
        # one fragment only narrows the question down
        ("en", "How did the meeting go? The one on Tuesday?", False),
    ],
)
def test_fragments_asked_one_after_another_are_a_chain_of_questions(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # the talk stopped for a question is no advice before it
        ("en", "Wait, who approved the overtime?", "closed"),
        ("en", "Hang on. What did the client say next?", "open"),
        ("fi", "Oota vähän, kuka sen ilmotti tiimille?", "closed"),
        ("fi", "Hetkinen. Mitä siinä palaverissa päätettiin?", "open"),
        # an imperative with more to it is still advice with a question tacked on
        ("en", "Wait until Friday, what do you think?", "advice"),
    ],
)
def test_a_word_that_stops_the_talk_is_no_advice_before_the_question(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("text", "stacked"),
    [
        # leave asked as a tag after the question asks nothing new
        ("Palataanko siihen aikatauluun, sopiiko?", False),
        ("Otetaanks tauko, käykö se?", False),
        # a wh-clause after a step of the talk or a way of doing is part of the one question
        ("Milloin katsotaan yhdessä, miten kokeilu on lähtenyt käyntiin?", False),
        ("Voisitko aloittaa kysymällä, mitä tiimi toivoo?", False),
        # a question of its own after the tag is one more
        ("Mitä sä teet, sopiiko se sulle?", True),
    ],
)
def test_leave_tags_and_steps_of_the_talk_make_no_second_question_in_finnish(text, stacked):
    assert analyze(text, "fi", learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # the coach's guess at the answer, said after the question, carries the answer expected
        ("en", "What's keeping you up at night? I suspect it's the merger.", "leading"),
        ("en", "Who could take over the rota? Maybe Lena, she did it last summer.", "leading"),
        ("fi", "Mikä sua jarruttaa? Mä veikkaan, että kiire.", "leading"),
        ("fi", "Kuka vois auttaa? Vaikka Sami, sillä on nyt aikaa.", "leading"),
        # advice said after the question stays advice (decision 7)
        ("en", "What will you do? Honestly, I think you should call her today.", "advice"),
        # a statement of another kind after the question adds no answer
        ("en", "What happened next? Take your time.", "open"),
    ],
)
def test_a_guess_at_the_answer_after_the_question_makes_it_leading(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an example answer after a one-fact question is the coach's idea, and one question
        ("en", "When could you meet him? Maybe Friday, after lunch?"),
        ("en", "When will you start? Next week, perhaps, once the audit is done?"),
        ("fi", "Milloin ehtisit soittaa? Ehkä huomenna aamulla?"),
    ],
)
def test_an_example_answer_after_a_one_fact_question_is_leading(lang, text):
    result = analyze(text, lang, learned=False)
    assert (result.kind, result.stacked) == ("leading", False)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "Who books the meetings in your calendar?", True),
        ("en", "When did the late evenings start?", True),
        ("fi", "Kuka sun palaverit varaa?", True),
        ("en", "Did you ask anyone for help?", False),
        ("fi", "Ootko pyytäny keneltäkään apua?", False),
        ("en", "What takes up most of your week?", False),
    ],
)
def test_a_closed_question_built_on_a_question_word_asks_one_fact(lang, text, fact):
    assert analyze(text, lang, learned=False).fact is fact


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a list after a summing up and a colon reads back their plan, commands and all
        ("en", "So by Friday: ring the bank, draft the letter, and show it to Sam.", "reflection"),
        ("en", "Okay so the plan is: ask Mia, then tell the team.", "reflection"),
        (
            "fi",
            "Eli kuun loppuun mennessä: soitat pankkiin, kirjoitat kirjeen ja näytät sen Samille.",
            "reflection",
        ),
        # one command is no list, and the coach's own word before the colon makes it advice
        ("en", "So: ring the bank today.", "advice"),
        ("en", "So here's what I'd do: ring the bank, then draft the letter.", "advice"),
        ("fi", "Eli mun vinkki: soita pankkiin ja kirjoita kirje.", "advice"),
        # a dash is no colon: "so" before it sums nothing up
        ("en", "So — ring the bank, then draft the letter.", "advice"),
    ],
)
def test_a_list_after_a_summing_up_and_a_colon_is_a_reflection(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "affirm"),
    [
        # what they did set against what most would do, or said to count, affirms
        ("en", "You fixed the rota more fairly than most people would.", True),
        ("en", "Not many bosses would own a mistake like that.", True),
        ("en", "You backed the new hire when it was hard, and that matters.", True),
        ("fi", "Harva esihenkilö jaksaisi kuunnella näin tarkasti.", True),
        ("fi", "Sä pyysit palautetta itse, ja se kertoo paljon.", True),
        # near misses: what matters to them, what most people do, what is rare
        ("en", "What matters most to you in this?", False),
        ("en", "Most people would rather skip the survey.", False),
        ("fi", "Harvoin meillä on näin hiljaista.", False),
    ],
)
def test_doing_more_than_most_would_or_what_counts_is_an_affirmation(lang, text, affirm):
    # the rules' cue, which the model reads beside the words (with the rules alone a statement
    # opened "You ..." is a reflection, and a reflection drops the flag)
    assert read(text, RULES[lang]).flagged("AFFIRM") is affirm


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("fi", "Mistä tiedät, mikä raportissa on olennaista ja mikä ei?", False),
        ("fi", "Miten päätit, ketkä kutsut palaveriin ja ketkä jätät pois?", False),
        ("fi", "Saanko kysyä, mitä johto on luvannut ja mitä ei?", False),
        ("en", "How do you decide which calls to take and which to let go?", False),
        ("en", "May I ask how much of this is the workload and how much is the boss?", False),
        # a comma before "and", two question words, or a pair asked directly: two questions
        ("fi", "Voisitko kertoa, mitä asiakas sanoi, ja mitä vastasit hänelle?", True),
        ("en", "Could you tell me how the news landed and what people said after?", True),
        ("en", "What's going well with the rota and what isn't?", True),
    ],
)
def test_the_two_halves_of_an_indirect_question_are_one_question(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "stacked"),
    [
        ("Onko sulla jo tiedossa, kuka tuuraa Mattia?", False),
        ("Eikö olekin hienoa, kuinka hyvin uusi vuorolista toimii?", False),
        ("Miten tämä sopii yhteen sen kanssa, mitä lupasit tiimille?", False),
        ("Onko teillä selvyys sen suhteen, kuka päättää budjetista?", False),
        ("Eikö kannattaisi kysyä Liisalta palaverissa, milloin hän ehtii?", False),
        # a second question after the comma clause is still a second question
        ("Onko sulla jo tiedossa, kuka tuuraa, ja mitä teet, jos kukaan ei pääse?", True),
    ],
)
def test_a_clause_after_what_is_known_or_asked_belongs_to_the_question(text, stacked):
    assert analyze(text, "fi", learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fi", "Kun mä olin samassa jamassa, mä jaoin raportit kahdelle, ja se auttoi.", "advice"),
        (
            "fi",
            "Edellisessä työpaikassa pidettiin perjantaisin lyhyt info, ja kaikki tykkäs.",
            "advice",
        ),
        ("en", "At my last job we put every request on one board, and it worked.", "advice"),
        (
            "en",
            "When I was running a ward, I did walking one-to-ones, and it helped a lot.",
            "advice",
        ),
        # the bare story, and what worked for the coachee read back, are no advice
        ("fi", "Mulla oli ihan sama tilanne edellisessä työpaikassa.", "other"),
        ("fi", "Mulla on ollut ihan hyvä viikko, kiitos kysymästä.", "other"),
        ("fi", "Sä jaoit raportit kahdelle, ja se auttoi.", "reflection"),
        ("en", "You put every request on one board, and it worked.", "reflection"),
    ],
)
def test_what_worked_for_the_coach_told_as_a_story_is_advice(lang, text, kind):
    assert analyze(text, lang, learned=False).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "stacked"),
    [
        ("fi", "Miksi ja miten?", True),
        ("fi", "Kuka ja mistä?", True),
        ("en", "Why and how?", True),
        ("en", "Who and where?", True),
        # joined before a verb they share, they ask one question
        ("fi", "Miten ja missä aiot kertoa sen?", False),
        ("en", "How and where will you say it?", False),
    ],
)
def test_question_words_alone_each_ask_on_their_own(lang, text, stacked):
    assert analyze(text, lang, learned=False).stacked is stacked


@pytest.mark.parametrize(
    ("text", "kind", "stacked"),
    [
        ("Should I carry on with questions, or do you need a pause?", "closed", False),
        ("Should we call it a day here?", "closed", False),
        ("Would you rather I stayed quiet for a bit?", "closed", False),
        ("Would you prefer to start with the rota or the hiring?", "closed", False),
        # the coachee's own act with "should", or another idea offered after "or", stays
        # leading and asks again
        ("Should you ring the supplier first?", "leading", False),
        ("Have you tried a rota, or could the night team cover it?", "leading", True),
    ],
)
def test_asking_what_the_coachee_wants_of_the_coach_or_the_session_is_a_closed_pick(
    text, kind, stacked
):
    a = analyze(text, "en", learned=False)
    assert (a.kind, a.stacked) == (kind, stacked)


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        ("Mikä siinä eniten harmittaa? Kerro ihan rauhassa.", 1),
        ("Mitä muuta tulee mieleen? Ihan mitä vaan.", 1),
        ("Kumpi vaan, päätös on sun.", 0),
        ("Mitä tahansa päätät, mä oon tukena.", 0),
        # asked with "?", or a request with its question, it still asks
        ("Kerro rauhassa, mitä siellä tapahtui.", 1),
        ("Mitä vaan sä haluut kysyä?", 1),
        ("Miten se meni? Kerro ihan rauhassa. Entä mitä teet seuraavaksi?", 2),
    ],
)
def test_the_answer_left_free_asks_nothing_of_its_own(text, questions):
    assert analyze(text, "fi", learned=False).questions == questions
