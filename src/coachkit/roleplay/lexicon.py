"""Word lists the engine reads turns with: spoken forms, function words, feelings, closing words.

Data, not logic: each list stands for a class of words (several members each), in both languages.
"""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPOKEN = {
    "fi": {
        "sä": "sinä",
        "sää": "sinä",
        "mä": "minä",
        "mää": "minä",
        "sun": "sinun",
        "sulle": "sinulle",
        "sulla": "sinulla",
        "sult": "sinulta",
        "sulta": "sinulta",
        "sua": "sinua",
        "susta": "sinusta",
        "sussa": "sinussa",
        "mun": "minun",
        "mulle": "minulle",
        "mulla": "minulla",
        "millon": "milloin",
        "mitäs": "mitä",
        "mikäs": "mikä",
        "mites": "miten",
        "miks": "miksi",
        "oot": "olet",
        "ootko": "oletko",
        "ite": "itse",
        "eka": "ensimmäinen",
        "ekaks": "ensimmäiseksi",
        "vois": "voisi",
        "voisitsä": "voisitko",
        "tää": "tämä",
        "toi": "tuo",
        "noi": "nuo",
        "haluisit": "haluaisit",
        "tehtäis": "tehtäisiin",
        "kans": "kanssa",
        "kyl": "kyllä",
        "ihan": "ihan",
        "semmonen": "sellainen",
        "onks": "onko",
        "ootsä": "oletko",
        "oisko": "olisiko",
        "tehä": "tehdä",
        "ekana": "ensimmäisenä",
        "millanen": "millainen",
        "minkälainen": "millainen",
        "mimmonen": "millainen",
        "voisiks": "voisiko",
        "haluutko": "haluatko",
        "haluut": "haluat",
        "kerrotsä": "kerrotko",
        "mitäköhän": "mitä",
        "tollanen": "tuollainen",
        "tällanen": "tällainen",
    },
    "en": {
        "u": "you",
        "ya": "you",
        "ur": "your",
        "gonna": "going",
        "wanna": "want",
        "gotta": "got",
        "whats": "what",
        "hows": "how",
        "dunno": "know",
        "cos": "because",
        "cause": "because",
    },
}
"""Spoken and chat forms -> the written word the stemmer knows."""

FUNCTION = {
    "fi": _set(
        """minä sinä hän me te he se ne tämä tuo nämä nuo mikä mitä miten millainen milloin kuka
        ketä kenen missä mistä mihin kuinka paljon onko oletko olisiko voisitko voisiko ja tai vai
        mutta että kun jos niin eli siis kyllä ei en et ole on olen olet oli olisi ollut sinun
        sinulle sinulla sinua sinusta minun minulle minulla itse nyt sitten vielä myös vähän ihan
        aika kuin vain jo kanssa tässä siinä siitä sitä tätä tähän siihen näin noin vaan sillä
        niin kuulostaa kuulostaisi siltä tuntuu tuntuisi näyttää kuulin kuulen ymmärrän ymmärsin
        eli siis jotenkin ikään kuin oikein aivan kovasti paljon koko jotain jokin joku mitään
        olla olisit olette voi voit voisit pitää pitäisi täytyy saada tehdä teet tekee jotta
        eivät eikä eli joka jotka jossa mikään kaikki kaikkia siellä täällä sieltä täältä
        sinne tänne olevasi olevas olevan minut sinut hänet meidät teidät heidät mut sut mua sua
        ettei ettet etten jonka jota johon josta jolla jolle jolta joksi jona joita joiden
        joissa joista joihin joilla joille joilta""",
    ),
    "en": _set(
        """i me my you your yours he she we they it its this that these those what how which when
        who where why is are was were be been being do does did can could would will should shall
        have has had and or but so if then yes no not a an the of to in on at for with about from
        by as up out into over just really quite very much more some any all there here sounds
        sound like seems seem feel feels feeling hear heard say said guess kind sort thing things
        get gets got make makes take takes go goes going keep lot bit also still even right now
        me myself yourself own let lets i'm you're it's that's""",
    ),
}
"""Words that carry no content: left out when a reflection is compared with what was said."""

LIGHT = {
    "fi": _set(
        """haluta haluan haluat haluaa haluamme haluatte haluavat halusin halusit halusi haluaisin
        haluaisit haluaisi haluaisitte halunnut halua haluun haluis haluisit haluisin tahdot tahdon
        tahtoo voida voin voit voi voimme voitte voivat voisin voisit voisi voinut vois voisit
        pitää pidän pidät pidätte pitäisi pitäisin pitäisit piti pitäis pitänyt täytyy täytyisi
        täytyis tarvita tarvitsen tarvitset tarvitsee tarvitsisit tarvitsisi tartten tarviit
        tarttis joutua joudun joudut joutuu jouduit jouduin aion aiot aikoo aioit aikoisit tehdä
        teen teet tekee teemme tekevät tein teit teki tekisin tekisit tekisi tehnyt tee tehä
        tekemään tehtävä olla olen olet on olemme ovat olin olit oli olisin olisit olisi ollut
        oot ois olis saada saan saat saa sain sait sai saisin saisit saisi sais saanut ajattelen
        ajattelet ajattelee ajattelit luulen luulet luulee mietit mietin miettii mielestäsi
        tiedät tiedän tietää tunnut tunnet tykkäät tykkään tykkää rakastat rakastan rakastaa
        koet koen kokee koit koin koki koette kokenut kokeneet koettu koitte
        mennä menen menet menee menit tulla tulen tulet tulee tulit puhua puhun puhut puhuu
        puhuisit puhuisin puhui sanoa sanon sanot sanoo sanoi sanoit kertoa kerron kerrot kertoo
        kertoi kerroit kuulla kuulen kuulet kuulin kuulit taitaa taidat taidan taisit taisi
        minä sinä hän me te he minun sinun hänen meidän teidän heidän minua sinua häntä meitä
        teitä heitä minulle sinulle hänelle meille teille heille minulla sinulla hänellä meillä
        teillä heillä minusta sinusta hänestä meistä teistä heistä itse itsesi itseäsi itseään
        joku jonkun jotain jotakin jokin kukaan mitään kaikki kaikkea muuta jotenkin
        no noh tota tuota niinku siis kai ehkä varmaan vähän aika tosi ihan oikeastaan tavallaan
        okei joo juu aha sitten just justiin kuitenkin koska vaikka jotta kun
        sen sitä siitä siihen siinä niitä niiden niistä niihin tän tätä tästä ton tota sitte
        suhteen takia vuoksi kautta jälkeen ennen aikana mukaan kohtaan puolesta osalta
        yleensä tavallisesti normaalisti usein aina joskus koskaan välillä
        alkaa alkoi alkanut alko alkaneet alkavat""",
    ),
    "en": _set(
        """want wants wanted wanting wanna need needs needed needing must might may ought
        have has had having make makes made making do does did doing done try tries tried
        trying feel feels felt think thinks thought thinking believe believes believed know
        knows knew seem seems seemed wish wishes wished hope hopes hoped like likes liked love
        loves loved enjoy enjoys go goes going went gone come comes came coming get gets got
        getting let lets put say says said tell tells told talk talks talked talking speak
        speaks spoke mean means meant hear hears heard hearing listen listening would could
        should will can
        i me my mine you your yours yourself he him his she her hers they them their theirs we
        us our ours someone somebody something anyone anybody anything everyone everybody
        everything nobody nothing one
        well okay ok actually basically anyway really just totally pretty maybe perhaps
        probably sure yeah yes oh um hmm kind sort thing things stuff because although though
        since while regarding towards toward
        usually normally typically generally often always sometimes ever
        start starts started starting begin begins began begun""",
    ),
}
"""Words that carry no content of their own in a reflection: modal, desire, light and auxiliary
verbs and verbs of talking ("haluat", "voisit", "pitää", "täytyy", "tehdä", "olla", "puhua";
"want", "need", "have to", "make", "feel", "think", "talk"), pronouns and discourse words, in
their common written and spoken forms. "So you want to move to the moon" is judged by "move" and
"moon" alone: a reflection is heard for what it says the supervisor said, not for repeating how
they said it."""

GENERIC = {
    "fi": _set(
        """muutos muutosta muutoksen muuttua muuttuu muuttuisi muuttaa muutettua työ työtä töitä
        töissä työssä työt asia asiaa asiat asioita asioista tilanne tilannetta tilanteessa ongelma
        ongelmaa ongelmia ihmiset ihmisiä ihmisten tiimi tiimiä tiimin tiimissä aika aikaa tapa
        tapaa tavalla hyvä hyvin huono vaikea vaikeaa parempi paremmin auttaa apua toimia toimii
        toimisi onnistua onnistuu jutut juttu juttua homma hommaa tärkeä tärkeää tärkeitä
        tärkeämpää tärkein merkitsee""",
    ),
    "en": _set(
        """change changes changed changing work works worked working job thing situation problem
        problems issue issues people person team time times way ways better good bad hard
        difficult right wrong help helps matter matters stuff fine okay happen happens important
        importance""",
    ),
}
"""Content words every workplace case uses: a reflection made only of these ("you want things to
change", "so you want to make it work") fits any case and is not heard as accurate."""

VAGUE = {
    "fi": _set(
        """jotain jotakin jostain jostakin johonkin jonkin jonkinlaista jonkinlainen jotenkin
        jollain jollakin jossain jossakin juttu juttua jutun jutusta juttuja jutut juttuu asioita
        asiaa tunteita tunteet tunteista tunteisiin tuntemuksia tunnetta"""
    ),
    "en": _set("""something somehow somewhat stuff things whatever kind sort feelings emotions"""),
}
"""Placeholders that name nothing ("you feel something about the meetings", "tunnet jotain
palavereista", "you have feelings about this"): with one content word beside them, a reflection
says nothing about it."""

FEELING_FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "fi": {
        "frustration": ("turhau", "harmit", "ärsy", "kyllästy", "kiukku", "kiukutt", "tympii"),
        "fear": ("huol", "pelo", "pelk", "pelät", "ahdist", "hermost", "jännit", "kammo"),
        "fatigue": ("väsy", "uuvu", "uupu", "poikki", "loppuun", "voimaton", "jaksam"),
        "shame": ("nolo", "häpe", "syyllis", "omatunto", "omantunno"),
        "load": (
            "stress",
            "kuormit",
            "raskas",
            "raskaa",
            "raskai",  # the superlative: "raskain", "raskaimmin"
            "rankk",
            "rankemp",
            "rankimm",
            "paine",
            "paino",
            "painaa",
            "painav",
            "ylikuorm",
            "liikaa",
            "harteil",
            "niskaan",
            "kasautu",
            "kasaantu",
            "hukku",
            "kiire",
            "tukeh",
            # carrying a load (whole words: "kannattaa" is no load)
            "kannat ",
            "kannoit ",
            "kantanut ",
            "kantamaan ",
            "kannettavana",
            "kannettavaks",
        ),
        "uncertainty": ("epävar", "hämmen", "neuvoton", "avuton", "ymmälläs"),
        "disappointment": ("pettym", "surull", "harmill", "alakulo", "loukkaan", "kirvel"),
        "anger": ("vihai", "suutu", "raivo", "katker"),
        "hope": ("innost", "helpot", "toivei", "ilahdu", "iloin"),
        "loneliness": ("yksinä", "yksin", "eristy", "ulkopuolin"),
        "failure": ("epäonnist",),
        "unfairness": ("epäreilu", "vääryy", "epäoikeudenm"),
        # being passed over: "näkymätön", "sivuutettu", "vähätelty"
        "dismissed": (
            "näkymät",
            "sivuutet",
            "ohitet",
            "vähätel",
            "aliarvo",
            "syrjäytet",
            "ei nähdä",
            "ei huomata",
            "ei arvosteta",
        ),
        "doubt": (
            "epäil",
            "epäily",
            "skeptin",
            "epäröi",
            "vastahak",
            "en usko",
            "et usko",
            "ei usko",
        ),
    },
    "en": {
        "frustration": ("frustrat", "annoy", "irritat", "fed up", "exasperat"),
        "fear": ("worr", "afraid", "fear", "scared", "anxious", "nervous", "dread", "uneasy"),
        "fatigue": ("tired", "exhaust", "worn out", "drained", "burnt out", "burned out", "weary"),
        "shame": ("embarrass", "asham", "guilt", "guilty conscience"),
        "load": (
            "stress",
            "overwhelm",
            "heavy",
            "tough",
            "rough",
            "pressure",
            "weigh",
            "swamped",
            "snowed under",
            "overload",
            "overstretch",
            "stretched thin",
            "spread thin",
            "juggl",
            "drown",
            "piling up",
            "piled up",
            "a lot on your",
            "a lot on my",
            "a lot to carry",
            "landing on you",
            "coming at you",
            "too much",
            "on your plate",
            "on your shoulders",
            "carrying it",
            "carrying this",
            "carrying that",
            "carrying all",
            "carrying the",
            "carrying a lot",
            "carry it",
            "carry this",
            "carry all",
            "carry the",
        ),
        "uncertainty": ("unsure", "confus", "lost", "helpless", "at a loss"),
        "disappointment": ("disappoint", "sad", "hurt", "stung", "let down", "upset"),
        "anger": ("angry", "furious", "resent", "bitter"),
        "hope": ("excit", "relie", "hopeful", "glad", "pleased"),
        "loneliness": ("lonely", "alone", "isolated", "left out"),
        "failure": ("fail",),
        "unfairness": ("unfair", "unjust"),
        # being passed over: "invisible", "brushed aside", "overlooked"
        "dismissed": (
            "invisible",
            "unseen",
            "overlooked",
            "brushed aside",
            "brushed off",
            "dismissed",
            "sidelined",
            "passed over",
            "undervalued",
            "unappreciated",
            "taken for granted",
            "not seen",
            "not noticed",
            "not valued",
        ),
        "doubt": (
            "doubt",
            "unconvinc",
            "sceptic",
            "skeptic",
            "misgiving",
            "reluctan",
            "not sold",
            "not convinced",
            "not buying",
            "don believe",
            "do not believe",
        ),
    },
}
"""Feeling words by family, as word starts (a family can include a short phrase): "worn out" reflects
"tired", "poikki" reflects "väsynyt". A reflection that names a feeling is complex; a feeling the
supervisor named, or one the case holds, is heard or fits whichever word of its family is used."""

GOING_WELL = {
    "fi": _set(
        """hyvin hyvää hyvä loistavasti loistava mainiosti mainio hienosti hieno mahtavasti mahtava
        erinomaisesti erinomainen täydellisesti täydellinen kivasti kiva sujuvasti sujuu rullaa
        mallikkaasti upeasti upea"""
    ),
    "en": _set(
        """great fine good well smoothly perfect perfectly brilliant brilliantly wonderful excellent
        fantastic superb terrific lovely nicely flawless flawlessly"""
    ),
}
"""Words that say things are going well. A reflection that says so when the supervisor has only
told of trouble ("You feel the meetings are actually going great" to "they run late every week,
and it drives me mad") says the opposite of what they said, whatever words it shares."""

OPPOSITES = {
    "fi": (
        ("täynnä", "tyhjä"),
        ("nopea", "hidas"),
        ("nopeasti", "hitaasti"),
        ("pitkä", "lyhyt"),
        ("iso", "pieni"),
        ("suuri", "pieni"),
    ),
    "en": (
        ("full", "empty"),
        ("fast", "slow"),
        ("quickly", "slowly"),
        ("quick", "slow"),
        ("often", "rarely"),
        ("long", "short"),
        ("big", "small"),
    ),
}
"""Pairs of words that say opposite things: a reflection that says one where the supervisor said
only the other ("So your calendar is pretty empty" to "My calendar is full from nine to four")
turns what they said round; one that says both ("it should be short, and it's long") weighs
them."""

ASKED_FOR: dict[str, dict[str, tuple[str, ...]]] = {
    "fi": {
        "amount": ("kuinka monta", "kuinka paljon", "montako", "paljonko"),
        "time": (
            "kuinka kauan",
            "kuinka usein",
            "kuinka pitkään",
            "miten usein",
            "miten kauan",
            "miten pitkään",
            "kauanko",
        ),
    },
    "en": {
        "amount": ("how many", "how much"),
        "time": ("how long", "how often", "how far"),
    },
}
"""How a question opens that asks for a number or a length of time: its words say what kind of
answer is wanted ("How many", "Kuinka kauan"), not what the question is about."""

NUMBERS = {
    "fi": (
        "yks",
        "kaks",
        "kolm",
        "neljä",
        "viis",
        "kuus",
        "seitsem",
        "kahdeks",
        "yhdeks",
        "kymmen",
        "sata",
        "sadan",
        "tuhat",
        "puoli",
        "tusin",
        "pari",
    ),
    "en": (
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "dozen",
        "half",
        "couple",
    ),
}
"""How number words start ("kolmesataa", "kymmenkunta", "twenty-one"): a short answer to "How
many...?" holds one, or a digit."""

FRAGMENT = {
    "fi": _set("""siitä sitä siihen siinä että jotta kun koska ja mutta tai eli vaan"""),
    "en": _set("""about and but because that when or so like"""),
}
"""Words a sentence that goes on from the one before opens with ("Siitä, miten mä voisin olla
teille enemmän läsnä.", "About twenty a week."): said alone after "Ennemmin niin, että" or
"Rather that", it is no sentence."""

NEGATION = {
    "fi": _set("""ei en et emme ette eivät eikä ole oo mitään"""),
    "en": _set(
        """not no never nothing hardly don doesn didn isn aren wasn weren haven hasn won wouldn
        couldn"""
    ),
}
"""Words that turn a statement round ("not going well", "ei mene hyvin"); English contractions
as :func:`.matching.normal` leaves them ("don't" -> "don")."""

YES_OR_NO = {
    "fi": _set("""joo juu jep jees kyllä kyl"""),
    "en": _set("""yes yeah yep yup nope"""),
}
"""Words a yes-or-no answer opens with ("Joo, ja...", "Well... yes, I..."), after a filler
(:data:`FILLERS`): such a short answer suits "Is it...?", and no question that asks who, when or
how many."""

NO_ALONE = {
    "fi": _set("""ei en eipä eiku"""),
    "en": _set("""no not"""),
}
"""Words that answer no when they stand alone ("Ei, ei yhtään.", "No, not once."), and
otherwise open a statement ("En tiedä vielä.", "Not double, but more.")."""

FILLERS = {
    "fi": _set("""no noh tota öö hmm mm ai"""),
    "en": _set("""well um erm hmm oh so"""),
}
"""Words a spoken answer may open with before what it says ("No... kyllä", "Well... yes")."""

CLAUSE_WORDS = {
    "fi": _set("""mutta vaan koska kun ja sekä tai jotta vaikka eikä"""),
    "en": _set("""but and because while although though or so when"""),
}
"""Words that start a new clause: a "not" in one says nothing about the words of the next
("Something has to change, but I don't know what")."""

RELATIVE = {
    "fi": _set("""joka jota jonka jotka joita joiden jossa josta johon jolla jolle jolta"""),
    "en": _set("""who which whose"""),
}
"""Words that start a clause describing something ("an old dinosaur who doesn't do digital"): a
no in it describes, and says no to nothing the supervisor said."""

DENIAL = {
    "fi": _set("""ei en et emme ette eivät"""),
    "en": _set("""not never"""),
}
"""The words that say no to a clause of a reflection ("Sä et tee...", "You never...", and English
"n't"): a verb said no to, no more. "Not to", "not" before an -ing word, and a second no ("et
malta olla puuttumatta") say no to nothing the supervisor said. "Nobody" is left out: "So nobody
helps you with the report" says "I write the report alone" again."""

NO_WORDS = {
    "fi": _set(
        """ei en et emme ette eivät eikä ettei jottei kukaan mikään mitään koskaan ilman
        vailla enää"""
    ),
    "en": _set("""not no never nothing nobody none nowhere neither nor without stop stopped"""),
}
"""Words that put a clause of what the supervisor said on the no side, however loosely
("Nobody says it outright", "I'd like to stop being the referee"): its words, said back with a
"not", mirror them."""

WISHING = {
    "fi": ("halua", "toivo", "toivot", "haluis", "haluaisit", "pitäis", "jos "),
    "en": ("want", "wish", "hope", "would", "like to", "if ", "could"),
}
"""Starts of words (and words) that make what follows a wish or a condition, no claim about now:
"you want the meetings to go well" reflects a goal, not the present."""

FOLLOW_ON = {
    "fi": _set(
        """kerro kerrotko kerroppa kerrohan kertoisitko jatka jatkaisitko jatkatko lisää enemmän
        vielä tarkemmin siitä tästä avaa avaisitko avaatko"""
    ),
    "en": _set("""more tell go on carry keep say about expand elaborate further"""),
}
"""Words of a bare follow-up ("Tell me more.", "Kerro vähän lisää.", "Go on."): a turn of only
these and light words asks for more of what is being talked about, no topic of its own."""

FEELINGS = {
    lang: tuple(stem for family in families.values() for stem in family if " " not in stem)
    for lang, families in FEELING_FAMILIES.items()
}
"""Single-word feeling stems of every family (feeling words are not content words)."""

MEANING = {
    "fi": (
        "koska",
        "tärke",
        "merkit",
        "toisaalta",
        "vaikka",
        "silti",
        "haluaisit",
        "toivot",
        "arvost",
    ),
    "en": (
        "because",
        "important",
        "matter",
        "on one hand",
        "even though",
        "although",
        "yet ",
        "you'd like",
        "you want",
        "you wish",
        "value",
        "mean",
    ),
}
"""Markers of meaning, values or both sides: a reflection with one is complex."""

CLOSE = {
    "fi": (
        "palataan",
        "jätetään",
        "jätän",
        "kiitos",
        "kiitti",
        "ok, ",
        "selvä",
        "ymmärrän",
        "sinun päätöksesi",
        "sun päätös",
        "kun olet valmis",
        "kun oot valmis",
        "ei haittaa",
    ),
    "en": (
        "come back",
        "leave it",
        "leave that",
        "thanks",
        "thank you",
        "fair enough",
        "no problem",
        "understood",
        "your call",
        "when you're ready",
        "when you are ready",
        "that's fine",
        "that's ok",
    ),
}
"""A respectful close after a no: the coach lets it be."""

IDEA = {
    "fi": (
        "ide",
        "ehdot",
        "ajatuks",
        "ajatukse",
        "kokemu",
        "vinki",
        "neuvo",
        "näkemy",
        "mieleen",
        "mitä itse ajattelen",
        "mitä mä ajattelen",
    ),
    "en": (
        "idea",
        "suggest",
        "thought",
        "experience",
        "tip",
        "advice",
        "what i think",
        "my view",
        "share",
        "perspective",
    ),
}
"""A request for permission that offers the coach's own idea (rather than to explore together)."""

REFLECTION_STEMS = {
    "fi": (
        "kuulostaa",
        "kuulostais",
        "eli ",
        "siis ",
        "tuntuu",
        "kuulin",
        "ymmärrän",
        "sinulle on",
        "sulle on",
    ),
    "en": (
        "sounds like",
        "so you",
        "it seems",
        "you feel",
        "i hear",
        "you're saying",
        "what i'm hearing",
        "it's like",
        "you want",
        "you'd like",
    ),
}
"""Openers of a reflection, used only to tell a summary from a question when the analyser is unsure."""
COMMON = {
    "fi": _set(
        """minä mä sinä sä hän me te he se ne tämä tää tuo mikä mitä mikä miten millainen milloin
        kuka ketä missä mistä mihin kuinka paljon onko oletko olisiko voisitko voisiko kertoisitko
        kerro kerrotko ja tai vai mutta että kun jos niin eli siis kyllä ei en et emme ette ole on
        olen olet oli olisi ollut sinun sun minun mun meidän teidän heidän hyvä hienoa kiitos kiitti
        moi hei terve okei ok selvä joo juu no nyt sitten vielä myös muuta muita mitäs asia asiaa
        asiat asiasta tilanne tilanteessa haluaisit haluat voisit aiot teet tekisit tehdä tiimi
        ihmiset aika aikaa viikko päivä tänään huomenna ensi ensimmäinen seuraava askel"""
    ),
    "en": _set(
        """i me my you your he she we they it this that what how which when who where why is are
        was were be been do does did can could would will should shall have has had and or but so
        if then yes no not tell more about else thanks thank great good okay ok hi hello sure right
        now next first step team people time week day today tomorrow sounds like feel think want
        there here one some any all thing things situation"""
    ),
}
"""Everyday words: a turn made of these is small talk, not garbage."""
