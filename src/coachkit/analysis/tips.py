"""Tips for the participant: authored text per language, chosen by the analysis.

These are content, not UI strings, so they live here in tables rather than in gettext catalogs.
Each tip is one or two sentences; `BETTER` holds a better question to try instead.
"""

from __future__ import annotations

TIPS: dict[str, dict[str, str]] = {
    "fi": {
        "open": "Avoin kysymys antaa esihenkilön vastata omin sanoin. Kuuntele vastaus loppuun "
        "ennen kuin kysyt seuraavaa.",
        "closed": "Suljettuun kysymykseen vastataan lyhyesti: kyllä, ei tai yksi tieto. Jos haluat "
        "esihenkilön pohtivan, aloita sanalla mitä, miten tai millainen.",
        "check": "Tarkistava kysymys sopii, kun haluat varmistaa, että ymmärsit oikein. Pidä se "
        "lyhyenä ja palaa sitten esihenkilön ajatuksiin.",
        "leading": "Kysymyksessä kulkee mukana oma ehdotuksesi, joten esihenkilö vastaa siihen "
        "eikä mieti omaa ratkaisuaan. Kysy avoimesti ja anna vaihtoehtojen tulla häneltä.",
        "advice": "Tämä on neuvo, ei kysymys. Valmentajana autat eniten, kun esihenkilö löytää "
        "ratkaisun itse, joten kysy, mitä vaihtoehtoja hän näkee.",
        "reflection": "Heijastus kertoo esihenkilölle, että kuulit hänet. Usein hän jatkaa siitä "
        "itse pidemmälle, joten anna hänelle hetki aikaa.",
        "other": "Tämä ei ole kysymys eikä heijastus. Lyhyt kiitos tai rakenteen kertominen on "
        "paikallaan, mutta jatka sitten kysymyksellä.",
        "why": "Miksi-kysymys voi kuulostaa syyttävältä ja saada esihenkilön puolustautumaan. "
        "Kysy mieluummin, mikä tilanteeseen on johtanut tai mikä asiassa on hänelle tärkeää.",
        "stacked": "Kysyit monta asiaa kerralla, ja yleensä vain viimeiseen vastataan. Kysy yksi "
        "kysymys ja odota vastausta.",
        "coach_centred": "Sanamuoto keskittyy sinuun. Pidä huomio esihenkilössä ja kysy hänen "
        "ajatuksistaan, ei omistasi.",
        "what_else": "Mitä muuta? -kysymys tuo esiin ajatuksia, jotka eivät tulleet mieleen heti. "
        "Sitä voi kysyä useammankin kerran.",
    },
    "en": {
        "open": "An open question lets the supervisor answer in their own words. Hear the answer "
        "out before you ask the next one.",
        "closed": "A closed question gets a short answer: yes, no or one fact. If you want the "
        "supervisor to think, start with what, how or what kind of.",
        "check": "A checking question is fine when you want to be sure you understood. Keep it "
        "short, then go back to the supervisor's own thinking.",
        "leading": "Your own suggestion rides along in this question, so the supervisor answers "
        "it instead of finding their own. Ask openly and let the options come from them.",
        "advice": "This is advice, not a question. As a coach you help most when the supervisor "
        "finds the answer, so ask what options they see.",
        "reflection": "A reflection shows the supervisor you heard them. They often take it "
        "further on their own, so give them a moment.",
        "other": "This is neither a question nor a reflection. A short thanks or a word about "
        "the structure is fine; then go on with a question.",
        "why": "A why-question can sound like blame and make the supervisor defend themselves. "
        "Ask what led to it, or what matters to them about it.",
        "stacked": "You asked several things at once, and usually only the last gets answered. "
        "Ask one question and wait for the answer.",
        "coach_centred": "The wording centres on you. Keep the focus on the supervisor: ask "
        "about their thinking, not yours.",
        "what_else": '"What else?" brings out ideas that did not come first. It is worth '
        "asking more than once.",
    },
}

# A better question for each GROW stage, used when the question asked was leading, closed,
# stacked or advice. "why" holds the alternatives to a why-question.
BETTER: dict[str, dict[str, str]] = {
    "fi": {
        "goal": "Mitä haluaisit saavuttaa?",
        "reality": "Mitä tilanteessa tapahtuu nyt?",
        "options": "Mitä vaihtoehtoja sinulla on?",
        "will": "Mikä olisi ensimmäinen askeleesi?",
        "why_goal": "Mikä tässä on sinulle tärkeää?",
        "why": "Mikä tähän on johtanut?",
    },
    "en": {
        "goal": "What would you like to achieve?",
        "reality": "What is happening right now?",
        "options": "What options do you have?",
        "will": "What would your first step be?",
        "why_goal": "What matters to you about this?",
        "why": "What led to this?",
    },
}


def tips_for(
    lang: str,
    kind: str,
    why: bool,
    stacked: bool,
    grow: str | None,
    coach_centred: bool,
    what_else: bool,
) -> tuple[tuple[str, ...], str | None]:
    """Choose the tips and the better question for an analysis.

    Args:
        lang: The language of the tips ("fi" or "en").
        kind: The kind of the utterance.
        why: Whether it is a why-question.
        stacked: Whether it asks several questions.
        grow: Its GROW stage, or None.
        coach_centred: Whether its wording centres on the coach.
        what_else: Whether it is a "what else?" question.

    Returns:
        The tips, most important first, and a better question or None.
    """
    table = TIPS[lang]
    better_table = BETTER[lang]
    check = kind == "closed" and grow is None
    tips = [table["check" if check else kind]]
    better = None
    if why:
        tips.append(table["why"])
        better = better_table["why_goal" if grow == "goal" else "why"]
    if stacked:
        tips.append(table["stacked"])
    if coach_centred:
        tips.append(table["coach_centred"])
    if what_else and kind == "open":
        tips.append(table["what_else"])
    if kind in ("leading", "advice"):
        better = better_table[grow or "options"] if kind == "leading" else better_table["options"]
    elif (kind == "closed" and grow) or (stacked and better is None):
        better = better_table[grow or "reality"]
    return tuple(tips), better
