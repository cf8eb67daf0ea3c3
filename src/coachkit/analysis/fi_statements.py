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
                "kuulostaapa",
                # "Toisin sanoen ...": a paraphrase announced
                "toisin sanoen|sanottuna",
                "eli toisin sanoen|sanottuna",
            ],
            examples=("Kuulostaa siltä, että tilanne on jumissa.",),
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
                "osa susta|sinusta",
                "toisaalta",
            ],
            examples=("Sä tunnut olevan jo päättänyt.",),
        ),
        Row(
            "fi.reflect.jos_tiivistan",
            [
                "jos ma|mina|mie tiivistan|ymmarsin|ymmarran|kuulin|kuulen",
                "jos tiivistan",
                "tiivistettyna|yhteenvetona|tiivistetysti",
                "ma|mina kuulen|kuulin etta",
                "kuulen|kuulin etta",
                "ymmarran|ymmarsin etta",
                "sanot|sanoit|kerroit|kerrot etta",
                "eli sanot|sanoit|tarkoitat",
                "tarkoitat|tarkoitit siis|etta",
            ],
            examples=("Jos mä tiivistän, aikataulu on suurin huoli.",),
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
            "fi.advice.sun_pitaa",
            [
                "sun|sinun|teidan pitaa|pitais*|pitas*|kannatta*|taytyy|tulee|tulisi*|tartti*|"
                "tarvii|kuuluis*|kuuluu",
                "kannatta*",
                "pitais*",
                "pitaisi*",
                "pitas*",
                "taytyis*",
                "on pakko",
                # a norm for others, said flat: "Uusilla pitää olla kone valmiina."
                "pitaa|taytyy|tulee|kuuluu olla|saada|tehda|hoitaa|sopia|varata|kertoa|laittaa",
                "ei kannata",
            ],
            examples=("Sun pitää puhua hänelle.",),
        ),
        Row(
            "fi.advice.mina_tekisin",
            [
                "jos ma|mina|mie olisin|oisin|olisin sina|sun|sinun",
                "sun|sinun sijassa|asemassa|paikalla|housuissa|kengissa",
                "mun|minun neuvo|neuvoni|ehdotus|ehdotukseni|vinkki",
                "ma|mina ehdotan|suosittelen|neuvoisin|ehdottaisin|suosittelisin",
                "ehdotan|suosittelen|neuvoisin|ehdottaisin|suosittelisin",
            ],
            examples=("Jos mä olisin sinä, odottaisin.",),
        ),
        Row(
            "fi.advice.verdict",
            [
                "mun|minun mielesta",
                "mielestani",
                "minusta|musta sun|sinun|sa|sina",
                "rehellisesti|suoraan sanottuna|sanoen",
                "totta puhuakseni",
                "rehellisesti sanoen",
                "ei se oo|ole sun|sinun vika",
                "se on|oli sun|sinun vika",
                "ei se oo|ole sun|sinun syy",
            ],
            examples=(
                "Mun mielestä se on reilu ratkaisu.",
                "Rehellisesti sanottuna tiimi oli oikeassa.",
            ),
        ),
    ]
)

IMPERATIVES = wordset(
    "pida anna jarjesta hae ala alkaa ota tee mene kokeile kysy sano puhu laita varaa laheta "
    "delegoi keskity aloita lopeta muista unohda siirra pyyda soita kirjoita jata luovu hanki "
    "hoida vaadi harkitse panosta rajaa priorisoi sovi kay osallistu paata luota ilmoita "
    "tarkista ohjaa nuku lepaa keskustele rauhoitu hengita valitse valta opettele opi vastaa "
    "peru kuuntele kiita kehu pyri yrita koita katso lue laske sulje vie tuo pane karsi jaa "
    "aseta nimea kutsu tapaa pysy uskalla lahde valmistaudu harjoittele tarjoa selvita "
    "ehdota huolehdi palaa odota paasta lakkaa lykkaa hyvaksy myonna ilmaise kerro jatka "
    "mieti pohdi lahesty pura sanoudu irrottaudu suunnittele kirjaa merkitse"
)

OTHER = PhraseTable(
    [
        Row(
            "fi.other.greeting_thanks",
            [
                "moi|moikka|hei|heippa|terve|tervetuloa|huomenta|paivaa|iltaa|kiitos|kiitti|"
                "kiitoksia|kiitokset|anteeksi|sori|sorry|moro|morjens|heido|hyvaa|onnittelut|"
                "onnittelu|onnea|onneksi|kiitti|kiitos",
                "kiva|mukava|hauska etta|kun|nahda|tavata|kuulla",
                "mukavaa|kivaa|hyvaa|rentouttavaa|aurinkoista viikonloppua|paivanjatkoa|iltaa|"
                "lomaa|kesaa|joulua|perjantaita",
            ],
            examples=("Kiitos tästä.",),
        ),
        Row(
            # small talk: the weather, the morning ("Onpa kylmä aamu.", "Aurinko paistaa.")
            "fi.other.small_talk",
            [
                "onpa|olipa|onpas|olipas|onpahan|olipahan",
                "aurinko|sade|sataa|satoi|pakkanen|pakkasta|helle|hellett|lumi|lunta|liukasta|"
                "keli|kelit|kelia|saatila|ruuhka|ruuhkaa",
            ],
            examples=("Onpa kaunis ilma.",),
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
                "juuri|just niin|noin",
                # "Hyvin mietitty", "Tosi fiksusti sanottu": a past participle praised
                "hyvin|hienosti|fiksusti|viisaasti|upeasti|taitavasti|selkeasti *ttu|*tty",
                "tosi|todella|oikein|aika|tosissaan|tooosi hyvin|hienosti|fiksusti|viisaasti|"
                "upeasti|taitavasti|selkeasti *ttu|*tty",
                "niinpa",
                "hyvin sanottu",
            ],
            examples=(
                "Tosi hienoa!",
                "Selvä.",
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
                # spoken passives: "sit katotaan", "mennää eteenpäin", "otetaa tauko"
                "katotaan|katotaa|katsotaa|mennaa|otetaa|jatketaa|siirrytaa|palataa|kaydaa|"
                "mietitaa|pohditaa|tehdaa|puhutaa|jutellaa",
                "ma|mina|mie kirjaan|kirjoitan|merkitsen|laitan|palaan|otan|teen|mietin|harjoittelen|"
                "opettelen|olen|oon|en|olin|tiedan|muistan",
                "mulla|minulla oli|on|ollut|ollu|olis",
                "aikaa on",
                "harjoittelen|opettelen|kirjaan|merkitsen|palaan|tiedan|muistan|olen|oon",
                # the coach's own doings, subject dropped as Finnish does: "Otan vähän vettä."
                "otan|haen|kaan|kayn|juon|suljen|avaan|laitan|katson|tarkistan|kirjoitan|lahden",
                "hetki|hetkinen|sekunti|sekuntti",
                "mun|minun yhteys|ruutu|naytto|mikki|kamera|aani|netti",
                "yhteys|ruutu|netti|kuva|aani katkes*|katkei*|jumi*|patki*|jaaty*|palas|palasi",
            ],
            examples=("Jatketaan tästä huomenna.",),
        ),
    ]
)

NOT_IMPERATIVE_KAA = wordset("alkaa kukkaa tukkaa kaikkaa")
