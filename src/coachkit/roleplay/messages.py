"""The engine's own words in both languages: what a turn did, better alternatives, score parts.

These are written in the session's language (the language of the exercise being played), which can
differ from the UI language, so they live here as a small table rather than in the gettext catalog.
"""

from __future__ import annotations

STAGE_NAMES = {
    "fi": {
        "goal": "tavoite",
        "reality": "nykytila",
        "options": "vaihtoehdot",
        "will": "seuraava askel",
    },
    "en": {"goal": "goal", "reality": "reality", "options": "options", "will": "way forward"},
}

DID = {
    "open": {
        "fi": "Avoin kysymys vaiheessa {stage} toi esiin jotain, mitä esihenkilö ei ollut vielä "
        "sanonut.",
        "en": "An open question on the {stage} stage brought out something the supervisor had not "
        "said yet.",
    },
    "exhausted": {
        "fi": "Avoin kysymys, mutta vaiheesta {stage} ei tullut enää uutta. "
        "Siirry eteenpäin: {next}.",
        "en": "An open question, but nothing new was left on the {stage} stage. Move on: {next}.",
    },
    "not_ready": {
        "fi": "Kysyit seuraavasta askeleesta, mutta esihenkilö ei ole vielä valmis päättämään. "
        "Tutki ensin: {missing}.",
        "en": "You asked about the next step, but the supervisor is not ready to decide yet. "
        "Explore first: {missing}.",
    },
    "not_owned": {
        "fi": "Kysyit seuraavasta askeleesta, mutta neuvojesi jälkeen asia ei tunnu vielä "
        "esihenkilön omalta. Kysy lisää avoimesti, niin askel on hänen.",
        "en": "You asked about the next step, but after your advice the issue does not feel like "
        "the supervisor's own yet. Ask more open questions so that the step is theirs.",
    },
    "guarded": {
        "fi": "Luottamus on matalalla, joten esihenkilö vastasi varovasti. Kuuntele ja heijasta "
        "ennen kuin kysyt lisää.",
        "en": "Trust is low, so the supervisor answered guardedly. Listen and reflect before "
        "asking more.",
    },
    "commit": {
        "fi": "Esihenkilö sitoutui omaan askeleeseensa. Päätös on hänen omansa, ei sinun.",
        "en": "The supervisor committed to a step of their own. The decision is theirs, not yours.",
    },
    "closed": {
        "fi": "Suljettu kysymys sai lyhyen vastauksen eikä tuonut uutta esiin.",
        "en": "A closed question got a short answer and brought nothing new out.",
    },
    "leading": {
        "fi": "Johdatteleva kysymys kantoi omaa ratkaisuasi. Esihenkilön omistajuus laski.",
        "en": "A leading question carried your own solution. The supervisor's ownership dropped.",
    },
    "advice": {
        "fi": "Neuvo siirsi vastuun sinulle. Esihenkilön omistajuus laski.",
        "en": "Advice moved the responsibility to you. The supervisor's ownership dropped.",
    },
    "why": {
        "fi": "Miksi-kysymys sai esihenkilön puolustautumaan, ja luottamus laski.",
        "en": "A why-question made the supervisor defend themselves, and trust dropped.",
    },
    "reflection": {
        "fi": "Heijastus näytti, että kuuntelit: esihenkilö jatkoi ja luottamus kasvoi.",
        "en": "The reflection showed you were listening: the supervisor went on and trust rose.",
    },
    "reflection_revealed": {
        "fi": "Heijastus näytti, että kuuntelit: esihenkilö kertoi lisää ja luottamus kasvoi.",
        "en": "The reflection showed you were listening: the supervisor told you more and trust "
        "rose.",
    },
    "stacked": {
        "fi": "Kysyit monta asiaa kerralla, ja esihenkilö vastasi vain viimeiseen.",
        "en": "You asked several things at once, and the supervisor answered only the last.",
    },
    "other": {
        "fi": "Ei kysymys eikä heijastus, joten keskustelu ei edennyt.",
        "en": "Neither a question nor a reflection, so the conversation did not move on.",
    },
    "unclear": {
        "fi": "Esihenkilö ei ymmärtänyt, mitä tarkoitit.",
        "en": "The supervisor did not understand what you meant.",
    },
    "hollow": {
        "fi": "Esihenkilö myöntyi neuvoihisi, mutta askel ei ole hänen omansa, joten se ei ole "
        "sitoutuminen.",
        "en": "The supervisor gave in to your advice, but the step is not their own, so it is "
        "not a commitment.",
    },
    "turns_over": {
        "fi": "Aika loppui ennen kuin esihenkilö sitoutui omaan askeleeseen.",
        "en": "Time ran out before the supervisor committed to a step of their own.",
    },
}

BETTER = {
    "closed": {
        "fi": "Avaa kysymys: aloita sanoilla Mitä, Miten tai Millainen.",
        "en": "Open the question up: start with What, How or Tell me.",
    },
    "leading": {
        "fi": "Kysy hänen omia ajatuksiaan: Mitä vaihtoehtoja sinä itse näet?",
        "en": "Ask for their own ideas: What options do you see yourself?",
    },
    "advice": {
        "fi": "Pidätä neuvo ja kysy: Mitä sinä voisit tehdä?",
        "en": "Hold the advice back and ask: What could you do?",
    },
    "why": {
        "fi": "Kysy mieluummin: Mikä tähän on johtanut?",
        "en": "Ask instead: What has led to this?",
    },
    "stacked": {
        "fi": "Kysy yksi asia kerrallaan ja odota vastaus.",
        "en": "Ask one thing at a time and wait for the answer.",
    },
    "other": {
        "fi": "Kysy avoin kysymys tai kerro omin sanoin, mitä kuulit.",
        "en": "Ask an open question, or say in your own words what you heard.",
    },
    "unclear": {
        "fi": "Kysy selkeä avoin kysymys esihenkilön asiasta.",
        "en": "Ask a clear open question about the supervisor's issue.",
    },
    "not_owned": {
        "fi": "Kysyit seuraavasta askeleesta, mutta neuvojesi jälkeen asia ei tunnu vielä "
        "esihenkilön omalta. Kysy lisää avoimesti, niin askel on hänen.",
        "en": "You asked about the next step, but after your advice the issue does not feel like "
        "the supervisor's own yet. Ask more open questions so that the step is theirs.",
    },
    "guarded": {
        "fi": "Heijasta, mitä kuulit: Kuulostaa siltä, että...",
        "en": "Reflect what you heard: It sounds like...",
    },
}

PARTS = {
    "commitment": {
        "fi": ("Oma sitoutuminen", "Esihenkilö sitoutui omaan askeleeseensa: {yes}."),
        "en": ("Own commitment", "The supervisor committed to a step of their own: {yes}."),
    },
    "open": {
        "fi": ("Avoimet kysymykset", "Avoimia kysymyksiä {open}/{questions} ({share})."),
        "en": ("Open questions", "Open questions: {open} of {questions} ({share})."),
    },
    "no_advice": {
        "fi": (
            "Neuvojen pidättäminen",
            "Neuvoja {advice} ja johdattelevia kysymyksiä {leading}; kukin vie {each} pistettä.",
        ),
        "en": (
            "Holding back advice",
            "Advice {advice} and leading questions {leading}; each takes {each} points.",
        ),
    },
    "reflections": {
        "fi": (
            "Heijastukset",
            "Heijastuksia {reflections} ja kysymyksiä {questions}: "
            "suhde {ratio} (MITI: 1:1 kohtalainen, 2:1 hyvä).",
        ),
        "en": (
            "Reflections",
            "Reflections {reflections}, questions {questions}: ratio {ratio} "
            "(MITI: 1:1 fair, 2:1 good).",
        ),
    },
    "grow": {
        "fi": ("GROW-vaiheet", "Kysyit vaiheista: {stages} ({count}/4)."),
        "en": ("GROW stages", "You asked about: {stages} ({count}/4)."),
    },
    "insight": {
        "fi": (
            "Esiin tulleet asiat",
            "Esiin tuli {revealed}/{total} asiaa, joita esihenkilö ei ollut vielä sanonut.",
        ),
        "en": (
            "What came out",
            "Things the supervisor had not said that came out: {revealed} of {total}.",
        ),
    },
}

YES = {"fi": ("kyllä", "ei"), "en": ("yes", "no")}
NONE = {"fi": "ei yhtään", "en": "none"}


def text(table: dict, key: str, lang: str, **values) -> str:
    """One entry of a table in ``lang`` with ``values`` filled in."""
    entry = table[key]["fi" if lang == "fi" else "en"]
    return entry.format(**values) if values else entry


def stage_name(stage: str | None, lang: str) -> str:
    """The GROW stage's name in ``lang``."""
    names = STAGE_NAMES["fi" if lang == "fi" else "en"]
    return names.get(stage or "", "-")


def stage_list(stages: list[str], lang: str) -> str:
    """Stage names joined with commas, or "none"."""
    if not stages:
        return NONE["fi" if lang == "fi" else "en"]
    return ", ".join(stage_name(s, lang) for s in stages)
