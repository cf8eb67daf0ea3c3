"""Transcript talk of every skill level: the surface forms behind the misses on transcript-like
text, fixed as patterns. Each rule (the table key) has three or more sentences written here,
never taken from the dev or held-out sets.

Each row: (lang, text, kind, grow), grow "-" when the stage is not what the rule is about.
"""

from __future__ import annotations

import pytest
from form_tables import check_form, rows, thin_rules

CASES = {
    "en_wh_contraction": [
        ("en", "what've you done about it so far", "open", "reality"),
        ("en", "How've the first weeks in the new role been?", "open", "reality"),
        ("en", "what're you hoping to get from the review", "open", "goal"),
    ],
    "en_where_wish": [
        ("en", "Where do you see yourself in three years?", "open", "goal"),
        ("en", "Where would you like the project to be by June?", "open", "goal"),
        ("en", "where do u want this team to end up", "open", "goal"),
    ],
    "texting_spelling": [
        ("en", "wat do u wanna get out of this chat", "open", "goal"),
        ("en", "wat happened abt the rota", "open", "reality"),
        ("en", "who r u gonna talk to first", "closed", "will"),
    ],
    "backchannel_not_tag": [
        ("en", "Right, right.", "other", "-"),
        ("en", "Yeah, yeah, yeah.", "other", "-"),
        ("en", "Sure, sure.", "other", "-"),
    ],
    "fronted_topic": [
        ("en", "and the handover, how did that go", "open", "reality"),
        ("en", "that new hire, what's your read on him", "open", "reality"),
        ("fi", "ja toi uus tiimi, miten ne on ottanu sut vastaan", "open", "reality"),
        ("fi", "se kehityskeskustelu, mitä siellä sanottiin", "open", "reality"),
    ],
    "fronted_topic_not_statement": [
        ("en", "The thing is, what you said matters.", "reflection", "-"),
        ("fi", "Se on hyvä, mitä sanoit.", "other", "-"),
        ("fi", "Se palaveri, mitä siellä sanottiin, oli tärkeä.", "reflection", "-"),
    ],
    "en_thanks_dropped_subject": [
        ("en", "Appreciate you being so open about the reorg.", "other", "-"),
        ("en", "Really appreciate you making time for this.", "other", "-"),
        ("en", "Congrats on landing the contract!", "other", "-"),
    ],
    "en_spoken_obligation": [
        ("en", "You've gotta tell her before Friday.", "advice", "-"),
        ("en", "You really need to say no more often.", "advice", "-"),
        ("en", "you're gonna have to pick one of them", "advice", "-"),
    ],
    "en_looked_at_ing": [
        ("en", "Have you looked at splitting the role in two?", "leading", "options"),
        ("en", "did u look into outsourcing the payroll", "leading", "options"),
        (
            "en",
            "Have you ever looked at moving the stand-up to the afternoon?",
            "leading",
            "options",
        ),
    ],
    "en_grow_will_intention": [
        ("en", "How are you planning to raise it with the board?", "open", "will"),
        ("en", "what are you gonna say to her", "open", "will"),
        ("en", "So what's next?", "open", "will"),
        ("en", "Have you made up your mind about the offer?", "closed", "will"),
    ],
    "en_grow_will_deadline_support": [
        ("en", "Why not ring the supplier this morning?", "leading", "will"),
        ("en", "Who would you want in the room for that talk?", "open", "will"),
        ("en", "What could derail the rollout?", "open", "will"),
        ("en", "On a scale of 1-10, how likely are you to follow through?", "closed", "will"),
    ],
    "en_grow_goal_pictured": [
        ("en", "If the launch went perfectly, what would your customers notice?", "open", "goal"),
        ("en", "You'd rather keep the team small, wouldn't you?", "leading", "goal"),
        ("en", "What sort of agreement would you be happy to sign?", "open", "goal"),
        ("en", "How do you want things to feel in the team by autumn?", "open", "goal"),
    ],
    "en_grow_options_unconstrained": [
        ("en", "If budget were no object, what would you try?", "open", "options"),
        ("en", "Do you have a backup plan if the vendor pulls out?", "closed", "options"),
        ("en", "What might help the two of them work together?", "open", "options"),
        ("en", "What would your old mentor suggest?", "open", "options"),
    ],
    "en_grow_reality_lived": [
        ("en", "What does the workload look like day to day?", "open", "reality"),
        ("en", "How does the new policy work in practice?", "open", "reality"),
        ("en", "How long has the friction been going on?", "closed", "reality"),
    ],
    "en_grow_listening_check": [
        ("en", "Am I still following you?", "closed", None),
        ("en", "Sorry, am I still with you?", "closed", None),
        ("en", "Do you mind if we come back to the budget later?", "closed", None),
    ],
    "fi_spoken_wh": [
        ("fi", "Millon sä ajattelit kertoa siitä tiimille?", "closed", "will"),
        ("fi", "millon juttelet hänen kanssaan", "closed", "will"),
        ("fi", "Mimmonen fiilis sulla on tästä?", "open", "reality"),
    ],
    "fi_mikset": [
        ("fi", "Mikset sä vaan kysy siltä?", "leading", "options"),
        ("fi", "mikset delegois sitä raporttia", "leading", "options"),
        ("fi", "Miksette te ottais asiakasta mukaan?", "leading", "options"),
    ],
    "fi_enta_jos": [
        ("fi", "Entä jos aika ei ois ongelma?", "open", "options"),
        ("fi", "Entäs jos budjetti ei rajoittais mitään, mitä tekisit?", "open", "options"),
        ("fi", "Entä jos delegoisit sen Mikolle?", "leading", "options"),
    ],
    "fi_passive_lets": [
        ("fi", "Vaihdetaan aihetta ja puhutaan sun jaksamisesta.", "other", "-"),
        ("fi", "Keskitytään nyt siihen asiakasprojektiin.", "other", "-"),
        ("fi", "Kerrataan vielä, mitä sovittiin.", "other", "-"),
    ],
    "fi_spoken_praise_congrats": [
        ("fi", "Hienoo, tosi hyvä juttu!", "other", "-"),
        ("fi", "Onnittelut uudesta roolista!", "other", "-"),
        ("fi", "Aika iso oivallus sulta.", "other", "-"),
        ("fi", "Tosi hyvä havainto.", "other", "-"),
    ],
    "fi_advice_hedged_i": [
        ("fi", "no mä ainakin soittaisin sille heti", "advice", "-"),
        ("fi", "Itse kyl varmaan ottaisin lomaa.", "advice", "-"),
        ("fi", "Uusilla pitää olla perehdytys kunnossa ennen ekaa päivää.", "advice", "-"),
    ],
    "fi_grow_will": [
        ("fi", "Millon sä meinaat ottaa sen puheeksi?", "closed", "will"),
        ("fi", "Kai sä soitat sille ennen perjantaita?", "leading", "will"),
        ("fi", "Mikä vois kaataa tän suunnitelman?", "open", "will"),
        ("fi", "Hoidatko sen juhannukseen mennessä?", "closed", "will"),
    ],
    "fi_grow_goal": [
        ("fi", "Miksi tää on sulle niin iso juttu?", "open", "goal"),
        ("fi", "Mikä ois parhaassa tapauksessa lopputulos?", "open", "goal"),
        ("fi", "Mitä sä parhaassa tapauksessa saisit tästä?", "open", "goal"),
    ],
    "fi_grow_options": [
        ("fi", "Onks sulla varasuunnitelmaa, jos rekry venyy?", "closed", "options"),
        ("fi", "Jos raha ei olis este, mitä kaikkea kokeilisit?", "open", "options"),
        ("fi", "Miltä tää näyttäis asiakkaan silmin?", "open", "options"),
        ("fi", "Miten asiaa vois katsoa toisesta näkökulmasta?", "open", "options"),
    ],
    "fi_grow_reality": [
        ("fi", "Miten tää kiire näkyy sun arjessa?", "open", "reality"),
        ("fi", "Miten se toimii käytännössä?", "open", "reality"),
        ("fi", "Kuinka kauan tää on jatkunut?", "closed", "reality"),
    ],
    "fi_grow_listening_check": [
        ("fi", "Pysynkö mä kärryillä?", "closed", None),
        ("fi", "Pysyinkö mä ihan mukana?", "closed", None),
        ("fi", "Oonko mä kartalla?", "closed", None),
    ],
}

ROWS = rows(CASES)


def test_three_or_more_per_rule():
    assert thin_rules(CASES) == []


@pytest.mark.parametrize(("rule", "lang", "text", "kind", "grow"), ROWS)
def test_transcript_form(rule, lang, text, kind, grow):
    check_form(rule, lang, text, kind, grow)
