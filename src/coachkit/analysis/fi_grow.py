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
                # spoken intention: "millon sä meinaat vastata"
                "meinaat|meinaatko|meinaatte|meinaatteko|meinaisit|meinaatsa|meinaaks",
                # what could sink the plan: "mikä vois kaataa sen", "mikä vaarantaa"
                "kaata*|kaatu*|vaarantaa|vaarantais*|sabotoi*",
                # what slows the plan down: "mikä jarruttaa sua", "mikä voisi hidastaa" (what has
                # slowed it, "on hidastanut", is the situation)
                "jarruttaa|jarruttais|jarruttaisi|jarruttavat|hidastaa|hidastais|hidastaisi|"
                "hidastavat",
                "vie|viet|viemaan|vieda|viedaan eteenpain",
                "vie|viet|viemaan|vieda|viedaan * eteenpain",
                # who runs a step and when it is held: "kuka vetää koulutuksen", "koska se pidetään"
                "kuka|ketka vetaa|vetavat|jarjestaa|jarjestavat",
                "milloin|millon|koska se|ne|ta|tama pidetaan|jarjestetaan",
                # people who back the plan: "kuka voi auttaa sua", "ketkä vois tukea"
                "kuka|ketka voi|voisi|vois|pystyy|pystyis auttaa|auttamaan|tukea|tukemaan",
                "askel*",
                "ensimmai*|ekana|ekaks",
                "sitoutu*|sitoudu*|sitoumus",
                # the odds of doing it: "kuinka todennäköisesti teet sen"
                "kuinka|miten todennakoisesti|todennakoista",
                "tuki|tukea|tuen|tukena|tukee|tueksi|tukis*|tukemaan",
                # help asked for the plan: "keiltä voisit pyytää apua"
                "pyytaa|pyydat|pyytamaan|saada|saat apua|avuksi",
                "tarvit*|tarvii*|tarvis*|tartte*|tarttis*",
                "esta*|este|esteet|esteita|esteena",
                "mihin mennessa",
                "milloin|millon|koska sa|sina|te|aloitat|teet|aiot|ajattelit|otat|kerrot|paatat",
                # when + a present verb of doing tells the future: "milloin juttelet hänelle"
                "milloin|millon|koska " + "|".join(sorted(_ACTS)),
                "paatat*|paataisit|paattaisit|paattaisitko|paattaisitte|paattamaan|paatokseen|paatosta|paattanyt|paattany",
                # the coachee's decision, infinitive after a modal: "kannattaisi päättää"
                "kannatta*|pitai*|pitaa|aiot|voit|voisi*|taytyy|ehdit*|haluat|haluaisit paattaa",
                # taking people along: "otatko myyjän mukaan"
                "otat|otatko|otatte|pyydat|pyydatko|kutsut|kutsutko mukaan",
                "otat|otatko|otatte|pyydat|pyydatko|kutsut|kutsutko * mukaan",
                # obstacles to the plan: "mikä voisi mennä pieleen"
                "pieleen|monkaan|vikaan",
                "toteutta*|toteutat*|toteutetaan",
                "seuraavaksi|seuraava",
                "valmis|valmiiksi|valmiina",
                "varmistat|varmistaa",
                "pidat|pidatte|pidetaan huolen|huolta",
                "huolehdit|huolehditte|huolehtisit",
                "aloitat|aloitatte|alotat|aloitetaan",
                "valitset|valitsette|valitsisit|valitsetko",
                "varaat|varaatte",
                "tyon alle",
                "tyostettavaksi",
                "sitoumu*|sitoumuks*",
            ],
            stage="will",
            weight=3.0,
            examples=("Mitä aiot tehdä seuraavaksi?",),
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
            # "Miksi et lähettäis sitä saman tien?": a proposal to act at once asks for
            # commitment; "nyt heti" in a plain question points at the present (see grow.py)
            "fi.grow.will_now",
            ["saman tien", "nyt heti", "heti nyt", "tassa ja nyt", "valittomasti", "pikimmiten"],
            stage="will",
            weight=1.0,
            modifier="now",
            examples=("Miksi et kysyisi sitä saman tien?",),
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
                "unelma*|unelmo*|haave*|ihanne*|ihanteelli*|ideaali*|visio*",
                "lopputulo*|valitavoit*|osatavoit*|paatavoit*|tulostavoit*|vuositavoit*",
                "arvokas|arvokasta|arvokkaan|arvokkaaksi|arvokkainta",
                "merkki|merkkeja|merkit|merkin|merkkina",
                "vuoden|vuosien paasta|kuluttua",
                "toteutunut|toteutuisi|toteutuu|toteutuneen|toteutuneeksi",
                "houkutte*|kiinnosta*|innosta*|motivoi*|vetaa",
                "tarkea*|tarkee*|tarkein|tarkeinta|tarkeimpana",
                "merkitse*|merkitys",
                "tahdo*|tahtois*|tahdot",
                "pyrit|pyrkisit|pyrkimys",
                "ansaits*",
                # importance: "miksi se on sulle niin iso juttu"
                "niin iso|tarkea|tarkee juttu|asia",
                "iso|tarkea|tarkee juttu|asia sulle|sinulle|teille",
                # the best outcome pictured: "paras mahdollinen lopputulos", "ihannetilanteessa"
                "paras|parhaan|parhaassa tapaus|tapauksessa|skenaario|skenaariossa",
                "ihannetilan*",
                # a wish: "tekis mieli", "mitä sun tekee mieli"; the best for you: "sulle ois paras"
                "tekis|tekisi|tekee|teki mieli|mielesi",
                "sulle|sinulle|sullehan|sinullehan|teille ois|olisi|olis paras|parasta|parempi",
                "ois|olisi|olis paras|parasta|parempi sulle|sinulle|teille",
            ],
            stage="goal",
            weight=2.5,
            examples=("Mitä haluaisit muuttaa?",),
        ),
        Row(
            "fi.grow.goal_evidence",
            [
                "huomaisit|huomaisi|huomaisivat|huomaisitte|tunnistaisit|tunnistaisi",
                "ensimmainen|ensimmaisia|eka|pieni|pienin|selva merkki|merkkeja|merkki",
            ],
            stage="goal",
            weight=4.0,
            examples=("Mistä asiakas huomaisi muutoksen?",),
        ),
        Row(
            # Success is an aim, unless the question looks back ("Mikä onnistui?") or points at
            # one that happened ("tästä onnistumisesta"): see grow.py.
            "fi.grow.success_seen",
            [
                "tama|taman|tassa|tasta|tata|tuo|tuon|tuosta|tuota|se|sen|siita|sita "
                "onnistumi*|onnistumis*",
                "onnistumisi*|onnistumisesta|onnistumisessa",
                # "if you knew", "jos onnistuisit": a condition, not the aim
                "jos tietaisit|tietaisi|huomaisit|onnistuisit|onnistuisi",
            ],
            stage="reality",
            weight=0.0,
            examples=("Mitä opit siitä onnistumisesta?",),
        ),
        Row(
            "fi.grow.goal_success",
            ["onnistu*", "parhaimmilla*", "tietaisit|tietaisi|tietaisivat"],
            stage="goal",
            weight=2.5,
            modifier="success",
            examples=("Miten onnistut pitämään aikataulun?",),
        ),
        Row(
            "fi.grow.options",
            [
                "vaihtoeh*",
                "keino*",
                "tapoja|tavoilla|tavoin|tavalla|tapa|tavat",
                "ideoi*|idea|ideaa|ideoita|ideat",
                "mahdollisuu*",
                "ratkais*|ratkaisu*",
                "keksi*",
                "toisin|toisenlai*",
                "kokeilla|kokeilisit|kokeilis|kokeilisitte",
                "ehdott*|ehdota*|ehdotu*|suosittel*",
                "mahdollinen|mahdollisia|mahdollisesti|mahdollisimman",
                "miten|mitenka|kuinka voisi|voisimme|voitaisiin|voitais|voisitte|voisit|vois",
                # another's view: "Mitä arvostamasi kollega tekisi?"
                "tekisi|tekis|tekisivat|toimisi|toimis|toimisivat",
                # someone else's way imagined, or advice to oneself: "miten joku lähestyis tätä",
                # "mitä neuvoisit itsellesi"
                "lahestyis|lahestyisi|lahestyisivat|hoitais|hoitaisi|hoitaisivat|suhtautuis|"
                "suhtautuisi|reagois|reagoisi",
                "neuvoisit|neuvoisi|neuvois|neuvoisivat|neuvoisitte",
                "arvostama*|ihailema*|arvostamasi|ihailemasi",
                "joka|jotka|mika voisi|voisivat|vois|voisit",
                # a fallback: "plan B", "varasuunnitelma"
                "plan|suunnitelma b",
                "varasuunnitelm*|varaplaan*|b-suunnitelm*",
                # constraints lifted: "jos raha ei ois este", "jos budjetti ei rajoittais"
                "ei ois|olis|olisi este|esteena|ongelma|rajoite",
                "ei rajoittais*|rajottais*",
                "rajaton|rajattomasti|rajattomat|rajoituksia",
                "mita kaikkea",
                "kenelta voisit|vois|voisitte kysya",
                "toisesta|toisella|eri|uudesta|toisenlaisesta|toisenlaisella kulmasta|"
                "nakokulmasta|vinkkelista|suunnasta",
            ],
            stage="options",
            weight=2.0,
            examples=(
                "Millaisia keinoja näet?",
                "Millä tavalla voisit edetä?",
            ),
        ),
        Row(
            # another's eyes imagined: "miltä tää näyttäis asiakkaan silmin" (the conditional;
            # "miltä tämä näyttää hänen silmin" asks how it is seen now: reality)
            "fi.grow.options_view",
            [
                "nayttais|nayttaisi|nayttaisivat|vaikuttais|vaikuttaisi * silmin|saappaissa|"
                "nakokulmasta|vinkkelista",
                "nayttais|nayttaisi|nayttaisivat|vaikuttais|vaikuttaisi * * silmin|saappaissa|"
                "nakokulmasta|vinkkelista",
            ],
            stage="options",
            weight=4.0,
            examples=("Miltä tää näyttäis asiakkaan näkökulmasta?",),
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
            "fi.grow.reality",
            [
                "tapahtui|tapahtuu|tapahtunut|tapahtu",
                "kokeillut|kokeillu|kokeilit|tehnyt|tehny|teit",
                "tuntui|tuntuu|tuntunut|tunsit|tuntuiko",
                "nyt|tallahetkella|tilanne*|tilanteessa",
                "talla hetkella",
                "nayttaa|nayttavat|naytti|nayttanyt",
                "muuttunut|muuttui|muuttuneet|muuttuivat",
                "viime|viimeksi|eilen|eilinen|eilisen",
                # how it shows, who is in it, how long: "miten tää näkyy arjessa"
                "nakyy|nakyvat|nakyy|ilmenee|ilmenevat",
                "kuinka|miten kauan|pitkaan",
                "osallisena|mukana",
                # how it is lived now: "miten tää näkyy arjessa", "käytännössä"
                "arjessa|arkeen|kaytannossa|nykyaan",
                # how it began: "alun perin", "aikoinaan"; "tarttua" (take up) is no need
                "alun perin",
                "alunperin|aikoinaan",
                "tarttu*",
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
                "kysymykseni|kysymyksiini",
                "kysymys|kysymykset|kysymykseni tuntuu|tuntuvat|tuntuisi|tuntuisivat",
            ],
            stage="none",
            weight=1.25,
            examples=("Mitä tämä tuokio antoi sinulle?",),
        ),
        Row(
            "fi.grow.useful",
            [
                "hyodylli*|hyodyksi",
                "kertoa|kerrot|kertoisit|sanoa|sanot mulle|minulle",
                "valmentajana|valmentajalle|valmentajaksi",
            ],
            stage="none",
            weight=1.0,
            examples=("Oliko tästä hyötyä, oliko hyödyllistä?",),
        ),
        Row(
            "fi.grow.contract",
            [
                "pelisaan*|luottamuksell*|muistiinpano*|yhteenvedostani|yhteenvetoni",
                "osuva*|reilu*|tarkka*|oikea* yhteenveto*|yhteenvedo*",
                "tama|taa|tuo|toi|se|tassa|tasta tiivistys|yhteenveto|tiivistyksessa|yhteenvedossa",
                "tiivistykseni|yhteenvetoni|tiivistyksesta|tiivistyksessani",
                "seuraava|seuraavan|seuraavaan|seuraavalla valmennu*|keskustelu*|tuokio*|"
                "tapaami*|kerta*|kerra*",
                "kahden|meidan valiseksi|valilla|valinen|kesken",
                "kertoa|kerrot|kertoisit|kerrotaan muille|eteenpain",
                "minun|mun *van",
                "koskea|koskee|koskisi minua|mua|minuun",
                "aikaa meilla|meille|kaytossa",
                "meilla|meille aikaa",
                "riittaako|riittaaks|riittaisiko meille|meilla",
                "ronsyil*|harhail*|sivuraiteelle|sivupoluille",
                "sovitaanko|sovitaanks|sovitaan|sopisimme",
                "meidan pitaa|taytyy|tarvitsee sopia",
                "ennen kuin aloitamme|aloitetaan|alamme",
                "saanko|saisinko|saanks|saisinks|voinko|voinks|sallitko",
                "olemmeko|ollaanko|ollaanks|olemmeks yha|viela|edelleen",
            ],
            stage="none",
            weight=3.0,
            examples=("Sovitaanko yhteiset pelisäännöt?",),
        ),
    ]
)

NO_GROW = PhraseTable(
    [
        Row(
            "fi.grow.check",
            [
                "ymmarsinko|ymmarsinks|ymmarsinkohan",
                "tajusinko|tajusinks|tajuanko|tajuanks|tajusinkohan",
                "tajusinko|tajusinks|tajuanko|tajuanks|tajusinkohan oikein",
                "ymmarsinko|ymmarsinks|ymmarsinkohan oikein",
                # checking one's own listening: "pysyinkö mä kärryillä", "oonko mä mukana"
                "pysyinko|pysynko|pysyinks|pysynks|pysyinkohan|pysynkohan",
                "pysyinko|pysynko|pysyinks|pysynks|pysyinkohan|pysynkohan * karryilla|mukana|perassa",
                "pysyinko|pysynko|pysyinks|pysynks|pysyinkohan|pysynkohan * * karryilla|mukana|"
                "perassa",
                "olenko|oonko|olenks|oonks|ookko * karryilla|karttalla|kartalla|mukana",
                "olenko|oonko|olenks|oonks|ookko karryilla|kartalla|mukana",
                "olenko|oonko|olenks|ootko ymmartanyt|ymmartany|kasittanyt|kasittany",
                "olenko|oonko|olenks ymmartanyt|ymmartany|kasittanyt|kasittany sinut|sut|sua oikein",
                "menikohan|menikö|menik|menikse oikein",
                "onko|onks nain|niin",
                "pitaako|pitaaks se paikkansa",
                "pitaako|pitaaks paikkansa",
            ],
            modifier="check",
            examples=("Ymmärsinkö oikein?",),
        ),
        Row(
            "fi.grow.none",
            [
                "siirrytaanko|siirrytaanks|mennaanko|mennaanks|jatketaanko|jatketaanks|"
                "voidaanko|voidaanks|pidetaanko|pidetaanks|otetaanko|otetaanks|palataanko|"
                "palataanks|aloitetaanko|aloitetaanks|lopetetaanko|lopetetaanks|katsotaanko|"
                "katsotaanks|edetaanko|edetaanks|kaydaanko|kaydaanks",
                "sopiiko|sopiiks",
                "saanko|saisinko|voinko|saanks|voinks kysya",
                "mita kuuluu|kuuluus",
            ],
            examples=("Siirrytäänkö eteenpäin?",),
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
                "kerro|kuvaile|avaa|selita mulle|minulle",
                "jos ma|mina tiivistan|ymmarsin|ymmarran",
                "ymmarsinko|ymmarsinks",
                "ma|mina kuulen",
                "mua|minua kiinnostaa",
                "mita|mika|miten sa|sina",
            ],
            examples=(
                "Kerro mulle, mitä tapahtui.",
                "Jos mä tiivistän, aikataulu huolettaa.",
                "Ymmärsinkö oikein?",
            ),
        )
    ]
)
