"""Finnish GROW-stage, time-focus and coach-centred wording tables (folded words)."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row, wordset

# Second-person present verbs of doing: with a time ("Mitä teet tällä viikolla?") they tell the
# future, so the question asks for commitment.
_ACTS = wordset(
    "teet teette aloitat aloitatte kerrot kerrotte otat otatte sovit sovitte varaat varaatte "
    "kysyt kysytte puhut puhutte laitat lahetat hoidat pyydat valitset viet jarjestat soitat "
    "tapaat esittelet kokeilet juttelet keskustelet ilmoitat kirjoitat vastaat kayt menet sanot "
    "esitat korjaat tarkistat selvitat annat palaat nostat viestit"
)
# ... and asked yes or no: "Soitatko hänelle perjantaina?", spoken "soitaks"
ACTION_VERBS = _ACTS | {w + "ko" for w in _ACTS} | {w + "ks" for w in _ACTS}

GROW = PhraseTable(
    [
        Row(
            "fi.grow.will",
            [
                "aio*|aiot*|aikoisit|aikomus",
                # what could sink the plan: "mikä vois kaataa sen", "mikä vaarantaa"
                "kaata*|kaatu*|vaarantaa|vaarantais*|sabotoi*",
                "askel*",
                "ensimmai*|ekana|ekaks",
                # the odds of doing it: "kuinka todennäköisesti teet sen"
                "kuinka|miten todennakoisesti|todennakoista",
                "tuki|tukea|tuen|tukena|tukee|tueksi|tukis*|tukemaan",
                "tarvit*|tarvii*|tarvis*|tartte*|tarttis*",
                "esta*|este|esteet|esteita|esteena",
                "mihin mennessa",
                "milloin|millon|koska sa|sina|te|aloitat|teet|aiot|ajattelit|otat|kerrot|paatat",
                # when + a present verb of doing tells the future: "milloin juttelet hänelle"
                "milloin|millon|koska " + "|".join(sorted(_ACTS)),
                "paatat*|paataisit|paattaisit|paattaisitko|paattaisitte|paattamaan|paatokseen|paatosta|paattanyt|paattany",
                # obstacles to the plan: "mikä voisi mennä pieleen"
                "pieleen|monkaan|vikaan",
                "seuraavaksi|seuraava",
                "valmis|valmiiksi|valmiina",
                "aloitat|aloitatte|alotat|aloitetaan",
                "valitset|valitsette|valitsisit|valitsetko",
            ],
            stage="will",
            weight=3.0,
            examples=("Mitä aiot tehdä seuraavaksi?",),
        ),
        Row(
            # what the plan does when it meets a no: "mitä teet, jos hän sanoo ei", "onks sulla
            # suunnitelmaa" (an obstacle to the plan, so the plan's stage)
            "fi.grow.will_contingency",
            [
                "teet|teette jos",
                "sa|sina teet jos",
                "suunnitelma|suunnitelmaa|suunnitelmasi|varasuunnitelma|varasuunnitelmaa",
                "plan b",
                "sanoo|sanoisi|sanois ei",
                "entas|enta jos se|he|han|ne|kukaan ei",
            ],
            stage="will",
            weight=3.0,
            examples=(
                "Mitä teet, jos johtoryhmä sanoo ei?",
                "Onks sulla jo joku suunnitelma sen varalle?",
            ),
            counter=("Mitä tekisit, jos rahaa olisi rajattomasti?", "Mitä teit viime kerralla?"),
        ),
        Row(
            "fi.grow.will_time",
            [
                "huomenna|huomisesta|huomis*|maanantaina|perjantaina|tanaan|illalla",
                "talla viikolla|viikolle",
                # the near future asks for a step ("ensi viikolle"); "ensi vuodelle" postpones
                # a deadline: "ennen juhannusta", "perjantaihin mennessä" (not "tähän mennessä")
                "ennen *ta|*ua|*ya|*aa|*ea|*ia",
                "maanantaihin|tiistaihin|keskiviikkoon|torstaihin|perjantaihin|huomiseen|iltaan|"
                "loppuun|juhannukseen|jouluun|lomaan|lomiin|kesaan|syksyyn|kevaaseen mennessa",
                "ensi viikolla|viikolle|viikon|kerralla|kerraksi|maanantaina|tiistaina|"
                "keskiviikkona|torstaina|perjantaina|palaverissa|palaveriin|kokouksessa|kokoukseen",
            ],
            stage="will",
            weight=1.0,
            modifier="time",
            examples=("Mitä jos soittaisit hänelle huomenna?",),
        ),
        Row(
            # "Mitä teet ensin?": an order of one's own steps; in a proposal it is a trial
            "fi.grow.will_order",
            ["ensin|ekaks|ensimmaiseksi"],
            stage="will",
            weight=3.0,
            modifier="order",
            examples=("Mitä sä teet ensin?",),
        ),
        Row(
            "fi.grow.goal",
            [
                "halua*|haluu*|haluis*|halus*|haluat*",
                "toivo*|toive*",
                "tavoit*",
                "saavutta*",
                "nayttais|nayttaisi|nayttaisivat",
                "lopputulo*|valitavoit*|osatavoit*|paatavoit*|tulostavoit*|vuositavoit*",
                "vuoden|vuosien paasta|kuluttua",
                "toteutunut|toteutuisi|toteutuu|toteutuneen|toteutuneeksi",
                "houkutte*|kiinnosta*|innosta*|motivoi*|vetaa",
                "tarkea*|tarkee*|tarkein|tarkeinta|tarkeimpana",
            ],
            stage="goal",
            weight=2.5,
            examples=("Mitä haluaisit muuttaa?",),
        ),
        Row(
            # a future imagined as the aim, or what they strive for: "ihannetilanne", "kun
            # kuvittelet itsesi puolen vuoden päähän", "mihin sä pyrit"
            "fi.grow.goal_scene",
            [
                "ihanne*|unelma*",
                "kuvittele*|kuvitel*",
                "puolen|vuoden|kuukauden|parin|kolmen paahan",
                "pyrit|pyritte|pyrkisit|tahtaat|tahtaatte|tahtaisit",
                "niin iso juttu",
            ],
            stage="goal",
            weight=3.0,
            examples=(
                "Kun ajattelet ihannetilannetta, miten puhelut sujuisivat?",
                "Kun kuvittelet itsesi puolen vuoden päähän, mitä näet?",
                "Mihin sä pyrit tän apteekin kanssa?",
            ),
            counter=("Mitä tapahtui viime viikolla?", "Miten se palaveri meni?"),
        ),
        Row(
            "fi.grow.goal_evidence",
            [
                "huomaisit|huomaisi|huomaisivat|huomaisitte|tunnistaisit|tunnistaisi",
            ],
            stage="goal",
            weight=4.0,
            examples=("Mistä asiakas huomaisi muutoksen?",),
        ),
        Row(
            "fi.grow.goal_success",
            [
                "onnistu*",
            ],
            stage="goal",
            weight=2.5,
            modifier="success",
            examples=("Miten onnistut pitämään aikataulun?",),
        ),
        Row(
            # what others do, and "miten muuten?": ways seen elsewhere, another way
            "fi.grow.options_others",
            [
                "mita muut|toiset",
                "mita ne muut|toiset",
                "miten|mites|mitenkas|millai|millain muuten",
            ],
            stage="options",
            weight=2.5,
            examples=(
                "Mitä muut kunnat ovat tehneet vastaavassa tilanteessa?",
                "Mitä ne toiset osastonhoitajat tekee vastaavissa tilanteissa?",
                "Miten muuten?",
            ),
            counter=("Mitä sä teit sen jälkeen?", "Miten se meni?"),
        ),
        Row(
            # a decision or a promise to be made: "takaraja", "sun päätös", "mitä lupaat"
            "fi.grow.will_decision",
            [
                "takaraja*",
                "sun|sinun|teidan paatos|paatoksesi|paatokses",
                "paatoksesi|paatokses",
                "lupaat|lupaatte|lupaisit|lupaisitte",
                "pidat|pidatte huolen",
            ],
            stage="will",
            weight=3.0,
            examples=(
                "Onks sulla mitään takarajaa tälle?",
                "Okei, eli mikä on sun päätös?",
                "Mitä sä lupaat itelles?",
            ),
            counter=("Mitä johtoryhmä päätti?", "Mitä tapahtui?"),
        ),
        Row(
            "fi.grow.options",
            [
                "vaihtoeh*",
                "keino*",
                "tapoja|tavoilla|tavoin|tavalla|tapa|tavat",
                "ideoi*|idea|ideaa|ideoita|ideat",
                "ratkais*|ratkaisu*",
                "toisin|toisenlai*",
                "kokeilla|kokeilisit|kokeilis|kokeilisitte",
                "ehdott*|ehdota*|ehdotu*|suosittel*",
                # another's view: "Mitä arvostamasi kollega tekisi?"
                "tekisi|tekis|tekisivat|toimisi|toimis|toimisivat",
                # someone else's way imagined, or advice to oneself: "miten joku lähestyis tätä",
                # "mitä neuvoisit itsellesi"
                "lahestyis|lahestyisi|lahestyisivat|hoitais|hoitaisi|hoitaisivat|suhtautuis|"
                "suhtautuisi|reagois|reagoisi",
                "joka|jotka|mika voisi|voisivat|vois|voisit",
                "mita kaikkea",
            ],
            stage="options",
            weight=2.0,
            examples=(
                "Millaisia keinoja näet?",
                "Millä tavalla voisit edetä?",
            ),
        ),
        Row(
            "fi.grow.options_weak",
            [
                "voisit|voisitte|vois|voisitko|voisiks|voisitsa|voisi|voisimme|voitaisiin|voitais",
                "muuta|muuten",
            ],
            stage="options",
            weight=1.0,
            examples=("Mitä voisit tehdä?",),
        ),
        Row(
            # what a scale is asked of, named as a noun: "sun luottamus siihen aikatauluun" asks
            # for commitment (decision 2); "sun jaksaminen", "stressitaso" for now
            "fi.grow.will_luottamus",
            ["sun|sinun|oma|oman luottamus|luottamuksesi|varmuus|varmuutesi|valmius|valmiutesi"],
            stage="will",
            weight=3.0,
            examples=("Onks sun luottamus siihen lähempänä nelosta vai ysiä?",),
            counter=("Mikä on horjuttanut tiimin luottamusta?",),
        ),
        Row(
            "fi.grow.reality_jaksaminen",
            [
                "sun|sinun|oma jaksaminen|jaksamisesi|stressi|stressitaso|kuormitus|energia",
                "stressitaso|stressitasosi|kuormitustaso|energiataso*",
            ],
            stage="reality",
            weight=3.0,
            examples=("Asteikolla yhdestä kymppiin, missä sun jaksaminen on nyt?",),
        ),
        Row(
            "fi.grow.reality",
            [
                "tapahtui|tapahtuu|tapahtunut|tapahtu",
                "kokeillut|kokeillu|kokeilit|tehnyt|tehny|teit",
                "tuntui|tuntuu|tuntunut|tunsit|tuntuiko",
                "nyt|tallahetkella|tilanne*|tilanteessa",
                "talla hetkella",
                "nayttaa|nayttavat|naytti|nayttanyt",
                "viime|viimeksi|eilen|eilinen|eilisen",
                # how it shows, who is in it, how long: "miten tää näkyy arjessa"
                "nakyy|nakyvat|nakyy|ilmenee|ilmenevat",
                # how it is lived now: "miten tää näkyy arjessa", "käytännössä"
                "arjessa|arkeen|kaytannossa|nykyaan",
                # how it began: "alun perin", "aikoinaan"; "tarttua" (take up) is no need
                "alun perin",
            ],
            stage="reality",
            weight=1.0,
            examples=("Mitä olet kokeillut?",),
        ),
        Row(
            # What has already been tried, and causes: "mitä oot jo kokeillu", "johtuuko se"
            "fi.grow.reality_strong",
            [
                "jo kokeillut|kokeillu|tehnyt|tehny|yrittanyt|yrittany|koittanut|koittanu",
                "johtu*|johdu*|syyna|syyt",
            ],
            stage="reality",
            weight=3.0,
            modifier="tried",
            examples=("Mitä olet jo kokeillut?",),
        ),
        # The conversation itself: contracting, ground rules, time, feedback to the coach.
        Row(
            "fi.grow.session",
            [
                "tama|taman|tassa|tasta|talle|talta|tahan|talla|tata|nama|naiden|naille|naissa|"
                "naista|naihin|meidan keskustelu*|valmennu*|tuokio*",
                "valmennu*|tuokio*|valmennuskerta*|valmennuskerr*",
            ],
            stage="none",
            weight=1.25,
            examples=("Mitä tämä tuokio antoi sinulle?",),
        ),
        Row(
            "fi.grow.contract",
            [
                "saanko|saisinko|saanks|saisinks|voinko|voinks|sallitko",
            ],
            stage="none",
            weight=3.0,
            examples=("Saanko kysyä vielä yhden asian?", "Voinko tehdä muistiinpanoja?"),
        ),
    ]
)

NO_GROW = PhraseTable(
    [
        Row(
            "fi.grow.none",
            [
                "siirrytaanko|siirrytaanks|mennaanko|mennaanks|jatketaanko|jatketaanks|"
                "voidaanko|voidaanks|pidetaanko|pidetaanks|otetaanko|otetaanks|palataanko|"
                "palataanks|aloitetaanko|aloitetaanks|lopetetaanko|lopetetaanks|katsotaanko|"
                "katsotaanks|edetaanko|edetaanks|kaydaanko|kaydaanks|pysytaanko|pysytaanks|"
                "rajataanko|rajataanks",
                "sopiiko|sopiiks",
                "saanko|saisinko|voinko|saanks|voinks kysya",
                # "Olisiko nyt hyvä hetki katsoa, mitä vaihtoehtoja sulla on?": the moment
                # asked for, to move the talk on (decision 12)
                "olisiko|olisko|oisko|onko|onks nyt|tama|taa|tassa hyva|oikea|oikee hetki|aika|"
                "kohta|vaihe siirtya|siirtyy|katsoa|kattoo|kattoa|katsella|miettia|miettii|pohtia|"
                "kayda|palata|jatkaa|tarkastella|ideoida|kerrata|tiivistaa|koota|pysahtya",
            ],
            examples=(
                "Siirrytäänkö eteenpäin?",
                "Olisiko nyt hyvä hetki katsoa, mitä vaihtoehtoja sinulla on?",
                "Onks tää hyvä kohta siirtyä miettimään, mitä teet?",
            ),
            counter=(
                "Milloin olisi hyvä hetki kertoa tiimille?",
                "Olisiko nyt oikea hetki puhua hänen kanssaan?",
            ),
        ),
        Row(
            # itse valmennus arvioitavana: ei esihenkilön asian vaihe
            "fi.grow.valmennus",
            [
                "valmennustapa*|valmennusjarjestely*",
                "tasta|naista|meidan keskustelu*|tapaamis* ollut|ollu hyotya|apua",
            ],
            examples=(
                "Miten tämä valmennustapa on sinusta toiminut?",
                "Onko näistä meidän keskusteluista ollut hyötyä?",
                "Onko tästä keskustelusta ollut apua?",
            ),
            counter=("Mitä haluat tältä keskustelulta?", "Miten tiimin keskustelu meni?"),
        ),
        Row(
            # kuulumiset ennen kuin työ alkaa: ei valmennuksen vaihetta
            "fi.grow.kuulumiset",
            [
                "viikonlopp*|lomal*|lomas*|loma|lomaviik*|lomareis*|lomamatk*|mokki*|kesamokil*|reissu*|"
                "pelin|pelia|ottelu*|saatila*",
                "mita|mitas kuuluu",
            ],
            examples=("Miten viikonloppu meni?", "Mitäs kuuluu?"),
            counter=("Miten palaveri meni?", "Mitä tiimille kuuluu tehdä?"),
        ),
    ]
)

PAST = PhraseTable(
    [
        Row(
            "fi.focus.past",
            [
                "oli|olit|oliko|oliks|olin|olitte|tapahtui|tapahtunut|kokeillut|kokeillu|teit|"
                "sanoit|sanoi|sanottiin|huomasit|tuntui|meni|kavi|ollut|ollu|ennen|silloin",
                "teki|tekivat|teitte|toimi|toimit|toimivat|auttoi|auttoivat|onnistui|onnistuit|"
                "onnistuitte|onnistuttiin|onnistuivat|koit|koki|kokivat|sujui|viimeksi|jolloin",
                "viime|eilen|aiemmin|aikaisemmin|edellinen|edellisella",
            ],
            examples=(
                "Mitä viime viikolla tapahtui?",
                "Miten se meni silloin?",
                "Mikä auttoi aiemmin?",
            ),
        )
    ]
)

FUTURE = PhraseTable(
    [
        Row(
            "fi.focus.future",
            [
                "aiot|aiotko|aikoisit|tulevaisuu*|huomenna|ensi|seuraava*|jatkossa|tuleva*|pian|"
                "myohemmin|suunnitel*|aloitat",
                "vuoden|kuukauden|viikon paasta",
            ],
            examples=(
                "Mitä aiot tehdä huomenna?",
                "Mikä on seuraava askel?",
                "Missä haluat olla vuoden päästä?",
            ),
        )
    ]
)

COACHEE_CENTRED_I = PhraseTable(
    [
        Row(
            "fi.coachee_i",
            [
                "jos ma|mina tiivistan|ymmarsin|ymmarran",
                "ma|mina kuulen",
                "mita|mika|miten sa|sina",
            ],
            examples=("Jos mä tiivistän, aikataulu huolettaa.",),
        )
    ]
)
