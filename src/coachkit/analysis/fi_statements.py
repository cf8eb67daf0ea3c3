"""Finnish statement rules: reflections, advice, commands and other talk (folded words)."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row, wordset

REFLECT_STRONG = PhraseTable(
    [
        Row(
            "fi.reflect.kuulostaa",
            [
                "kuulostaa|kuulostais|kuulostaisi|vaikuttaa|vaikuttais|tuntuu|nayttaa silta|kuin|"
                "etta",
                "kuulostaa|kuulostaisi|kuulostais",
                # "Minusta kuulostaa, että kyse on luottamuksesta: ...": how their words sound
                # to the coach, whatever "sun pitää" the meaning holds
                "minusta|musta|miusta kuulostaa|kuulostais|kuulostaisi|vaikuttaa|vaikuttais",
            ],
            examples=(
                "Kuulostaa siltä, että tilanne on jumissa.",
                "Minusta kuulostaa, että jos luovut siitä, sun pitää hyväksyä toisen tapa.",
            ),
            counter=("Minusta sun pitäisi puhua hänelle.",),
        ),
        Row(
            "fi.reflect.sa_tunnut",
            [
                "vaikutat|tunnut|naytat|kuulostat|koet|tunnet",
                "sa|sina|te vaikutat|vaikutatte|tunnut|naytat|kuulostat|koet|koette|tunnet|"
                "tunnette",
                "sua|sinua|teita huoletta*|harmitta*|arsytta*|pelotta*|jannitta*|turhautta*|"
                "mietityt*|ahdista*|suretta*|kiukutta*|stressa*|vasytta*|kadutta*|hermostutta*|"
                "kuormitta*|rassa*|painaa|vaivaa",
                "toisaalta",
                # their view put into words: "Sä oot sitä mieltä, et se oli virhe."
                "sa|sina oot|olet sita mielta",
                "olet|ootte|olette sita mielta",
            ],
            examples=("Sä tunnut olevan jo päättänyt.", "Sä oot sitä mieltä, et se oli virhe."),
        ),
        Row(
            # their own option mirrored: "Eli yksi vaihtoehto, jonka näet, on, että ..."
            "fi.reflect.sun_vaihtoehto",
            [
                "yksi|yks|toinen vaihtoehto|keino|idea jonka|minka naet|naat|mainitsit|sanoit",
                "yksi|yks|toinen vaihtoehto|keino|idea jonka|minka sa|sina naet|naat|mainitsit",
                # "Eli yks vaihtoehto ois ...": their option summed up, not the coach's own
                "eli|elikka|siis yksi|yks|toinen vaihtoehto|mahdollisuus|keino|idea",
                "kuten sanoit|mainitsit|totesit",  # "niinku sanoit" is read without its filler
                "sanoit|mainitsit|totesit",
            ],
            examples=(
                "Eli yksi vaihtoehto, jonka näet, on, että kysyt Tomilta.",
                "Sä voisit siis pyytää lisäaikaa, niinku sanoit.",
                "Toinen keino, jonka mainitsit, on siirtää katselmointi maaliskuulle.",
            ),
            counter=("Sä voisit kysyä Tomilta.", "Mitä vaihtoehtoja näet?"),
        ),
        Row(
            # understanding put into words: "Ymmärrän, miksi se suututti sua."
            "fi.reflect.ymmarran_miksi",
            [
                "ymmarran|tajuan|kasitan miksi|etta|miten",
                "ei ihme",
            ],
            examples=(
                "Ymmärrän, miksi se suututti sua.",
                "Ei ihme, että oot väsynyt.",
                "Tajuan, miksi se jäi vaivaamaan.",
            ),
            counter=("Ymmärrätkö, mitä tarkoitan?", "Miksi se suututti sua?"),
        ),
        Row(
            "fi.reflect.jos_tiivistan",
            [
                "jos ma|mina|mie tiivistan|ymmarsin|ymmarran|kuulin|kuulen",
                # "Eli jos kokoan: haluat ..., ja mikä sua jarruttaa on se, että ...": a summary
                # announced, no question of "mikä"
                "jos|kun kokoan|kokoon|tiivistan|summaan|kertaan|vedan",
                "jos ma|mina|mie kokoan|kokoon|summaan|kertaan|vedan",
            ],
            examples=(
                "Jos mä tiivistän, aikataulu on suurin huoli.",
                "Eli jos kokoan: haluat lauantait vapaaksi, ja mikä sua jarruttaa on luottamus.",
            ),
            counter=("Mitä jos kokoat ajatuksesi ensin?",),
        ),
    ]
)

REFLECT_WEAK = PhraseTable(
    [
        Row(
            "fi.reflect.eli",
            ["eli|elikka|siis|joten|elikkas", "okei|ok|ahaa|aha eli|siis"],
            examples=("Eli palaute tuli yllätyksenä.",),
        )
    ]
)

ADVICE = PhraseTable(
    [
        Row(
            # the supervisor's act, put as the plan for both: "Tehdään niin, että sä soitat ..."
            "fi.advice.tehdaan_niin",
            [
                "tehdaan|tehaan niin|nain|silleen etta|et sa|sina|te",
                "tehdaan|tehaan niin|nain|silleen sa|sina|te",
            ],
            examples=(
                "Tehdään niin, että sä soitat toimittajalle heti aamulla.",
                "Tehdään näin: sinä kirjoitat viestin tänään ja minä luen sen.",
            ),
            counter=("Tehdään tästä lyhyt tauko.", "Tehdään niin, että mä kirjaan nämä ylös."),
        ),
        Row(
            "fi.advice.sun_pitaa",
            [
                "sun|sinun|teidan pitaa|pitais*|pitas*|kannatta*|taytyy|tulee|tulisi*|tartti*|"
                "tarvii|kuuluis*|kuuluu",
                "kannatta*",
                "pitais*",
                "pitaisi*",
            ],
            examples=("Sun pitää puhua hänelle.",),
        ),
        Row(
            # the coach's own option, put as one of several: "Yksi vaihtoehto olisi ..."
            "fi.advice.yksi_vaihtoehto",
            [
                "yksi|yks|toinen|yhtena vaihtoehto|mahdollisuus|keino|idea olisi|ois|vois|voisi|"
                "voisi*",
                # "Yks juttu, mikä vois auttaa, on se et ...": what would help, said as the coach's
                "yksi|yks juttu|asia|keino mika|joka vois|voisi|voi|auttais|auttaisi",
            ],
            examples=(
                "Yksi vaihtoehto olisi yhdistää aamupalaverit.",
                "Yks juttu, mikä vois auttaa, on se et kerrot perustelut heti alkuun.",
            ),
            counter=("Eli yksi vaihtoehto, jonka näet, on, että kysyt Tomilta.",),
        ),
        Row(
            "fi.advice.mina_tekisin",
            [
                "ehdotan|suosittelen|neuvoisin|ehdottaisin|suosittelisin",
            ],
            examples=(
                "Ehdotan, että pidätte palaverin vasta ensi viikolla.",
                "Suosittelisin kirjallista sopimusta.",
            ),
        ),
        Row(
            "fi.advice.verdict",
            [
                "mun|minun mielesta",
                "minusta|musta sun|sinun|sa|sina",
                "rehellisesti|suoraan sanottuna|sanoen",
                # "Se eka vaihtoehto on selvästi paras.": the coach's verdict on an option
                "selvasti|ehdottomasti paras|parempi|jarkevin|jarkevampi|fiksuin|oikea",
                "ilman muuta paras|parempi|jarkevin|jarkevampi|fiksuin|oikea",
            ],
            examples=(
                "Mun mielestä se on reilu ratkaisu.",
                "Rehellisesti sanottuna tiimi oli oikeassa.",
                "Se eka vaihtoehto on selvästi paras.",
            ),
        ),
        Row(
            # what works for others, offered as the way to go: "Monet tiiminvetäjät ovat
            # hyötyneet siitä, että ...", "Moni meistä tekisi sen toisin." ("Moni olisi jo
            # luovuttanut" praises: no conditional after a noun here)
            "fi.advice.muut_tekevat",
            [
                "moni|monet|useimmat|jotkut esihenkilo|esihenkilot|tiiminvetaja|tiiminvetajat|"
                "johtaja|johtajat|pomo|pomot|ihmiset|kollegat|esimiehet kokevat|kokee|hyotyvat|"
                "hyotyy|vannoo|vannovat",
                "moni|monet|useimmat|jotkut esihenkilo|esihenkilot|tiiminvetaja|tiiminvetajat|"
                "johtaja|johtajat|pomo|pomot|ihmiset|kollegat|esimiehet ovat|on hyotyneet|"
                "hyotyny|huomanneet|huomannu|todenneet",
                "moni|monet|useimmat meista|teista|muista tekisi|tekis|valitsisi|valitsis",
            ],
            examples=(
                "Moni esihenkilö kokee, että viikkopalaveri rauhoittaa.",
                "Monet tiiminvetäjät ovat hyötyneet siitä, että he blokkaavat aamut.",
                "Moni meistä tekisi sen toisin.",
            ),
            counter=("Moni esihenkilö lähti viime vuonna.", "Jotkut ihmiset olivat myöhässä."),
        ),
        Row(
            "fi.advice.paras_olisi",
            [
                "paras|helpoin|yksinkertaisin|nopein|jarkevin tapa|ratkaisu|vaihtoehto olis*|ois|"
                "on",
                "viisainta|jarkevinta|parasta|helpointa|fiksuinta|jarkevaa|viisasta olis*|ois",
                # "Hyvä käytäntö olisi käydä ...": the coach's practice, put as a good one
                "hyva|fiksu|jarkeva kaytanto|idea|tapa|ratkaisu olis*|ois",
                "olis*|ois varmaan|kai|ehka|ihan viisainta|jarkevinta|parasta|helpointa|"
                "fiksuinta|hyva",
                "jos ma|mina oisin|olisin",
                # "Vois olla hyvä, et kysyt ...": the coach's idea, hedged
                "voisi|vois|ois|olis* olla hyva|fiksua|jarkevaa|viisasta|paikallaan",
                "sun|sinun asemassa|asemassasi|housuissa|saappaissa|paikalla",
                "mun nahdakseni|nakemyksen",
                "minun nahdakseni",
            ],
            examples=(
                "Paras tapa olisi kokeilla sitä ensin yhdellä osastolla.",
                "Ois varmaan viisainta sopia vastuut heti.",
                "Jos mä oisin sä, mä soittaisin sille suoraan.",
            ),
            counter=(
                "Paras palaveri oli viime viikolla.",
                "Se oli viisas ratkaisu sulta.",
            ),
        ),
    ]
)

IMPERATIVES = wordset(
    "pida anna jarjesta hae ala alkaa ota tee mene kokeile kysy sano puhu laita varaa laheta "
    "delegoi keskity aloita lopeta muista unohda siirra pyyda soita kirjoita jata luovu hanki "
    "hoida vaadi harkitse panosta rajaa priorisoi sovi kay osallistu paata luota ilmoita "
    "tarkista ohjaa nuku lepaa keskustele rauhoitu hengita valitse valta opettele opi vastaa "
    "peru kuuntele kiita kehu pyri tahtaa yrita koita katso lue laske sulje vie tuo pane karsi jaa "
    "aseta nimea kutsu tapaa pysy uskalla lahde valmistaudu harjoittele tarjoa selvita "
    "ehdota huolehdi palaa odota paasta lakkaa lykkaa hyvaksy myonna ilmaise kerro jatka "
    "mieti pohdi lahesty pura sanoudu irrottaudu suunnittele kirjaa merkitse julkaise "
    "hyodynna kayta dokumentoi "
    "kirjoita muuta vaihda siirra jarjestele uudista perusta jaa yhdista erota rajaa "
    "automatisoi yksinkertaista selkeyta tiedota viesti laheta tulosta jaa tallenna "
    "kirjaa mittaa seuraa vertaa testaa kokeile pilotoi budjetoi maksa saasta investoi "
    "palkkaa rekrytoi nimita palkitse tunnusta kiitta osallista konsultoi haastattele "
    "havainnoi vieraile kavele kay istu nouse soita meilaa tekstaa vastaa hyvaksy hylkaa "
    "peru vahvista tarkista varmista allekirjoita raportoi eskaloi muistuta patista "
    "seuraa tutki selaa katso kuuntele nuku syo lahde jaa tule mene pida tee"
    # commands with verbs the first lists lacked, spoken forms among them ("Treenaa se
    # esitys.", "Pistä viesti Jannelle.", "Tsekkaa ne luvut."): a command is read by its form
    " pista heita kysase kysaise tsekkaa buukkaa treenaa harjottele jututa juttele tarkasta kaanna"
    " korjaa luo rakenna tilaa osta neuvottele jarkeista vahenna kevenna helpota rajoita puutu"
    " tartu kannusta tue auta opasta perehdyta valmenna kouluta kysele soittele mainitse nosta"
    " vetoa sitoudu keskeyta pidenna lyhenna kirjota varaudu ennakoi aikatauluta kalenteroi"
    " blokkaa merkkaa ilmota jaksota porrasta rytmita vuorottele kierrata sovita veda"
    " nayta ratkaise rauhoita ohjeista lupaa kiella salli luovuta"
    " hidasta jarruta nopeuta vauhdita keraa kokoa vapauta"
)

# "Mitä sä oikeesti haet, on se, et ...": a wh-clause as the subject, then the copula.
CLEFTS = PhraseTable(
    [
        Row(
            "fi.reflect.cleft",
            ["on|oli se etta|et|ettei|ettet|ettette", "on|oli etta|et|ettei|ettet|ettette"],
            examples=(
                "Mitä sä oikeesti haet, on se, et tiimi ottais ite vastuuta.",
                "Mikä sua eniten vaivaa on se, ettei kukaan kysynyt.",
                "Mitä sä siis pelkäät, on et sua pidetään hankalana.",
            ),
            counter=("Mikä siinä on vaikeinta?", "Mikä sun mielestä on se varsinainen ongelma?"),
        )
    ]
)

# Words after which a command is given as the coach's own hunch or tip ("..., mut mun vaisto
# sanoo, et pidä se yövuorossa"): the command after them is read as if it opened the sentence.
COMMAND_FRAMES = PhraseTable(
    [
        Row(
            "fi.advice.mun_vaisto",
            [
                "mun|minun|miun vaisto|fiilis|mutu|tuntuma|intuitio|sydan sanoo|kertoo|sanois "
                "etta|et",
                "mun|minun|miun vaisto|fiilis|mutu|tuntuma|intuitio|sydan sanoo|kertoo|sanois",
                "mun|minun|miun neuvo|vinkki|ehdotus|aani|tuntuma|fiilis|vaisto on|ois|olis|olisi "
                "etta|et",
                "mun|minun|miun neuvo|vinkki|ehdotus|aani on|ois|olis|olisi",
            ],
            examples=(
                "Sinä tässä päätät, mutta mun vaisto sanoo, että pidä hoitaja viikonloppuvuorossa.",
                "Sä tunnet tiimin paremmin, mut mun fiilis sanoo, et odota tammikuuhun.",
                "Mun vinkki ois: aloita yövuorosta.",
            ),
            # the frame only: "Mun vaisto sanoo, että sä tiedät jo" has no command after it
            counter=("Mun vaisto oli oikeassa.", "Sun vaisto sanoo odota."),
        )
    ]
)

# A command that only leaves the choice to them ("Tee niin kuin parhaaksi näet.", "Luota
# vaistoosi."): autonomy, not advice, unless another command follows ("..., ja puhu hänelle").
LEAVE_TO_THEM = PhraseTable(
    [
        Row(
            # aikaa miettiä, ei neuvo: "Ota ihan rauhassa.", "Ei kiirettä."
            "fi.other.ei_kiiretta",
            [
                "ota|otetaan|mieti|mietitaan|pohdi rauhassa|rauhallisesti",
                "ota|otetaan|mieti|pohdi ihan|vaan|vain rauhassa",
                "ei mitaan|ole kiiretta|hoppua",
                "ei kiiretta|hoppua",
                # the answer left free after a question: "Kerro ihan rauhassa.", "Ihan mitä vaan
                # tulee mieleen."
                "kerro|kerroppa|kerrohan ihan|vaan|vain rauhassa",
                "kerro|kerroppa|kerrohan rauhassa",
                "mita vaan|vain|tahansa tulee|tulis|tulisi mieleen",
                "ihan|vaikka mita vaan|vain|tahansa tulee|tulis|tulisi mieleen",
            ],
            examples=(
                "Ota ihan rauhassa.",
                "Ei kiirettä, mieti vaan.",
                "Miten se meni? Kerro ihan rauhassa.",
                "Mitä muuta? Ihan mitä vaan tulee mieleen.",
            ),
            counter=("Ota se työ vastaan.", "Kiirehdi sen kanssa."),
        ),
        Row(
            "fi.other.jata_heille",
            [
                # spoken "niinku" is dropped before matching: "Tee niinku parhaaks näet."
                "tee|toimi parhaaksi|parhaaks|oikeaksi|oikeaks",
                "tee|toimi niin kuin parhaaksi|parhaaks|oikeaksi|oikeaks",
                "tee|toimi ihan niin kuin|niinku parhaaksi|parhaaks|oikeaksi|oikeaks",
                "luota vaistoosi|vaistoos|arvioosi|arvioos|itseesi|ittees|omaan",
                "mene|toimi sen mukaan mika|mita tuntuu|tuntuis",
            ],
            examples=("Tee ihan niin kuin parhaaksi näet.", "Luota vaistoosi."),
            counter=("Tee lista ensin.", "Mene sen kanssa palaveriin."),
        ),
    ]
)
# Valmentajan oma idea tarjottuna ennen kaksoispistettä tai ajatusviivaa ("Haluan tarjota
# yhden näkökulman, jos se sopii: ..."): sen jälkeen tuleva on ehdotus, sanottiin se miten vain.
OFFERS = PhraseTable(
    [
        Row(
            "fi.advice.tarjottu",
            [
                "haluan|haluaisin|haluisin|haluun tarjota|jakaa|ehdottaa|lisata|heittaa "
                "yhden|yhen|jotain|jotakin|yhta|oman",
                "yksi|yks ajatus|ehdotus|nakokulma|vinkki|idea",
                "tassa|tas|tossa|tos yksi|yks ajatus|ehdotus|nakokulma|vinkki|idea",
                # feedback offered before a colon: "Jos sopii, kerron yhden havainnon: sä ..."
                "kerron|sanon|annan yhden|yhen|yks havainnon|palautteen",
            ],
            examples=(
                "Haluan tarjota yhden näkökulman, jos se sopii: asiakas arvostaa lupauksia.",
                "Yks ajatus: kokeilkaa kuukauden ajan.",
                "Jos sopii, niin kerron yhden havainnon: sä keskeytät usein muita.",
            ),
            counter=("Haluan jakaa sen, mitä kuulen: sä oot väsyny.",),
        ),
    ]
)

OTHER = PhraseTable(
    [
        Row(
            # "kerro, jos ...", "sano heti, jos ...": let me know if - leave to stop or steer,
            # not a request to talk about something
            "fi.other.kerro_jos",
            [
                "kerro|sano|huikkaa|ilmoita|ilmota jos|mikali",
                "kerro|sano heti|vaan|ihmeessa|toki jos|mikali",
            ],
            examples=(
                "Kerro, jos haluat lopettaa tähän.",
                "Sano heti, jos mennään liian henkilökohtaisiin juttuihin.",
                "Huikkaa, jos joku kysymys tuntuu oudolta.",
            ),
            counter=("Kerro, mitä tapahtui.", "Sano se hänelle suoraan."),
        ),
        Row(
            "fi.other.greeting_thanks",
            [
                "moi|moikka|hei|heippa|terve|tervetuloa|huomenta|paivaa|iltaa|kiitos|kiitti|"
                "kiitoksia|kiitokset|anteeksi|sori|sorry|moro|morjens|heido|hyvaa|onnittelut|"
                "onnittelu|onnea|onneksi|kiitti|kiitos",
                "kiva|mukava|hauska etta|kun|nahda|tavata|kuulla",
            ],
            examples=("Kiitos tästä.",),
        ),
        Row(
            # small talk: the weather, the morning ("Onpa kylmä aamu.", "Aurinko paistaa.")
            "fi.other.small_talk",
            [
                "aurinko|sade|sataa|satoi|pakkanen|pakkasta|helle|hellett|lumi|lunta|liukasta|"
                "keli|kelit|kelia|saatila|ruuhka|ruuhkaa",
            ],
            examples=("Sataa taas koko päivän.", "Ruuhkaa riitti taas aamulla."),
        ),
        Row(
            "fi.other.praise",
            [
                "hienoa|hieno|hyva|hyvaa|mahtavaa|mahtava|loistavaa|loistava|upeaa|upea|huippua|"
                "huippu|kiva|kivaa|mielenkiintoista|mielenkiintoinen|jees|jes|selva|totta|aivan|"
                "oivallus|oivaltavaa|kiinnostavaa|erinomaista|erinomainen|timanttia|siistia|hyvin|"
                # spoken: "hienoo", "mahtavaa", "siistii", "upeeta", "huippuu"
                "hienoo|siistii|upeeta|huippuu|mahtavaa|loistavaa|kivaa|kiinnostavaa|jee|jippii",
                "tosi|todella|oikein|aika|tosissaan hieno|hienoa|hyva|hyvaa|kiva|kivaa|mahtava|"
                "mahtavaa|mielenkiintoi*|loistava*|upea*|oivaltava*|kiinnostava*|tarkea|tarkeaa",
                "olipa|onpa|oli|on hieno|hyva|kiva|mahtava|upea|oivaltava*|kiinnostava*|mielenkiin*",
                "toi|tuo|tama|taa|se oli|on hyva|hieno|tosi|todella|kiinnostava*|mielenkiin*|"
                "oivaltava*|tarkea|aika|melkoinen|iso|upea|mahtava",
                # an insight named: "iso oivallus", "hyvä havainto", "tärkeä pointti"
                "aika|tosi|todella|melkoinen|iso|hyva|hieno|tarkea|upea oivallus|havainto|pointti|"
                "huomio|ajatus",
                "aika|tosi|todella|melkoinen iso|hyva|hieno|tarkea oivallus|havainto|pointti|huomio",
                # the courage or persistence an act took: "Tuo vaati rohkeutta."
                "toi|tuo|tama|taa|se vaati|vaatii sinulta|sulta|rohkeutta|sisua|sitkeytta|"
                "uskallusta|rohkeeta|sisukkuutta|selkarankaa",
            ],
            examples=(
                "Tosi hienoa!",
                "Selvä.",
                "Tuo vaati rohkeutta.",
            ),
        ),
        Row(
            "fi.other.structuring",
            [
                "meilla on|olis|ois|onkin",
                "otetaan|mennaan|siirrytaan|jatketaan|palataan|pidetaan|katsotaan|aloitetaan|"
                "lopetetaan|tehdaan|kaydaan|sovitaan|kirjataan|edetaan|vaihdetaan|puhutaan|"
                "keskitytaan|kaannetaan|kelataan|hypataan|tarkastellaan|pysahdytaan|mietitaan|"
                "pohditaan|tiivistetaan|kerrataan|jutellaan|ideoidaan|tutkitaan|summataan",
                "ma|mina|mie kirjaan|kirjoitan|merkitsen|laitan|palaan|otan|teen|mietin|harjoittelen|"
                "opettelen|olen|oon|en|olin|tiedan|muistan",
                "aikaa on",
                "harjoittelen|opettelen|kirjaan|merkitsen|palaan|tiedan|muistan|olen|oon",
                "hetki|hetkinen|sekunti|sekuntti",
            ],
            examples=("Jatketaan tästä huomenna.",),
        ),
    ]
)

NOT_IMPERATIVE_KAA = wordset("alkaa kukkaa tukkaa kaikkaa")
