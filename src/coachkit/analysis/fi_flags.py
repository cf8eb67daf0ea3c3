"""Finnish cues of the MITI behaviours beside the kind: permission, affirmation, autonomy and the
cues of a complex reflection. They are features of the learned model, which decides the flags;
each row's examples are utterances written for that row. Words are folded (ä -> a, ö -> o)."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row

ASK_PERMISSION = PhraseTable(
    [
        Row(
            "fi.permission.saanko",
            [
                "saanko|saisinko|voinko|voisinko|saako|saisko|saiskohan|saanks|saisinks|voinks|"
                "voisinks|uskallanko|uskallanks|uskaltaisinko kysya|kertoa|ehdottaa|ehottaa|"
                "sanoa|tarjota|jakaa|lisata|kommentoida|antaa|tarkentaa|heittaa|nostaa",
                "saanko|saisinko|voinko|voisinko",
                # "Saanks mä heittää hypoteettisen kysymyksen?"
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks ma|mina "
                "kysya|kertoa|ehdottaa|ehottaa|sanoa|heittaa|esittaa|nostaa|tarkentaa|lisata|"
                "kommentoida|jakaa|tarjota",
            ],
            examples=(
                "Saanko kertoa, mitä itse huomasin?",
                "Voisinko ehdottaa yhtä asiaa?",
            ),
            counter=("Sä voit kysyä häneltä itse.", "Kysyin tiimiltä viime viikolla."),
        ),
        Row(
            "fi.permission.sopiiko",
            [
                "sopiiko|sopiiks|sopiiksa|sopisiko|sopisko|sopisiks|kayko|kayks|kayksa|kaykohan|"
                "kavisko|kavisiko|kaviks",
                # "Onks ok, jos kysyn vielä ...: miten ...?"
                "onko|onks|olisko|oisko ok|okei|okej jos|etta|et",
            ],
            examples=(
                "Sopiiko, että katsotaan vaihtoehtoja nyt?",
                "Käykö sulle, että jatketaan tästä?",
            ),
            counter=("Aika sopii minulle hyvin.", "Se oli ok lopulta."),
        ),
        Row(
            # an idea offered before it is given: "Haluatko vinkin?", "Haluutko kuulla idean?"
            "fi.permission.haluatko_vinkin",
            [
                "haluatko|haluutko|haluisitko|haluaisitko|haluuksa vinkin|idean|ehdotuksen|neuvon",
                "haluatko|haluutko|haluisitko|haluaisitko|haluuksa kuulla vinkin|idean|ehdotuksen",
                "haluatko|haluutko|haluisitko|haluaisitko|haluuksa kuulla yhden|yhen|pienen "
                "vinkin|idean|ehdotuksen",
            ],
            examples=("Haluatko vinkin?", "Haluutko kuulla yhen idean?"),
            counter=("Haluatko tauon?", "Minkä idean haluat valita?"),
        ),
        Row(
            "fi.permission.yhdessa",
            [
                "yhdessa",
                # an invitation to think together (decision 12); a plain proposal to move the
                # talk on ("Siirrytäänkö eteenpäin?", "Jatketaanko ensi viikolla?") asks no
                # leave (decision 6)
                "pohditaanko|mietitaanko|katsotaanko|kaydaanko|tutkitaanko|"
                "leikitaanko|leikitellaanko|kuvitellaanko|"
                "ideoidaanko|heitetaanko|kokeillaanko|pohditaanks|mietitaanks|katotaanko|"
                "katotaanks|leikitaanks|kuvitellaanks|ideoidaanks|kokeillaanks",
            ],
            examples=(
                "Haluatko pohtia tätä yhdessä?",
                "Katsotaanko, mitä vaihtoehtoja sulla on?",
                "Mietitäänkö yhdessä, mitä voisit tehdä?",
                "Leikitäänkö vähän: mitä tekisit, jos aikaa olisi rajattomasti?",
            ),
            counter=("Me pohdimme sitä eilen.", "He katsoivat sen jo.", "Siirrytäänkö eteenpäin?"),
        ),
        Row(
            # seeking collaboration on where the talk goes: "Voidaanko palata siihen hetkeksi?"
            "fi.permission.voidaanko",
            [
                "voidaanko|voidaanks|voidaankos|voitaisko|voitaisiinko|voidaankohan|voisimmeko "
                "puhu*|palat*|jatka*|katso*|pysah*|mieti*|pohti*|kay*|siirty*|tutki*|menna|"
                "keskitty*|jaada|jaad*",
                "voidaanko|voidaanks|voidaankos|voitaisko|voitaisiinko|voidaankohan|voisimmeko "
                "me puhu*|palat*|jatka*|katso*|pysah*|mieti*|pohti*|kay*|siirty*|tutki*|menna|"
                "keskitty*|jaada|jaad*",
            ],
            examples=(
                "Voidaanko palata siihen, mitä sanoit Annasta?",
                "Voidaanks me jäädä tähän hetkeksi?",
                "Voitaisko katsoa vaihtoehtoja nyt?",
            ),
            counter=("Voidaanko budjettia vielä leikata?", "Me voidaan puhua siitä myöhemmin."),
        ),
        Row(
            "fi.permission.jos_sopii",
            [
                "jos sopii|kay|saan|saisin|sallit",
                # "jos mä saan vähän kysyä, niin ...", "tehdään näin, jos sulle käy"
                "jos ma|mina saan|saisin|sopii",
                "jos sulle|sinulle|teille kay|sopii|passaa",
            ],
            examples=(
                "Jos sopii, kysyisin vielä yhden asian.",
                "Jos saan ehdottaa, aloittaisin pienestä.",
            ),
            counter=("Jos se ei onnistu, soita minulle.", "Jos sä saat sen valmiiksi, hyvä."),
        ),
        Row(
            "fi.permission.onko_ok",
            [
                "onko|onks|olisko|olisiko ok|okei jos",
            ],
            examples=(
                "Olisko ok jos mä kirjoitan muistiin pari asiaa?",
                "Onks ok jos palataan siihen hetkeksi?",
            ),
            counter=("Se ei haittaa ketään.", "Onko raportti ok?"),
        ),
        Row(
            "fi.permission.haluatko_etta_ma",
            [
                "haluatko|haluutko|haluaisitko|haluisitko|haluisiksa etta|et ma|mina",
            ],
            examples=(
                "Haluatko, että mä muistutan sua tästä?",
                "Haluutko et mä tuun mukaan siihen palaveriin?",
            ),
            counter=("Haluatko, että tiimi tietää tästä?", "Mä haluan, että se valmistuu."),
        ),
    ]
)

AFFIRM = PhraseTable(
    [
        Row(
            # usko häneen: "Mä uskon suhun.", "Luotan siihen, että sä löydät keinon."
            "fi.affirm.usko",
            [
                "uskon|luotan sinuun|suhun",
                "luotan siihen|etta|et",
                # "Luotan sun harkintaan.": their judgement trusted
                "luotan sun|sinun harkintaan|harkintaasi|arvostelukykyyn|arvostelukykyysi|vaistoon|"
                "vaistoosi|nakemykseen|nakemykseesi",
                "sa|sina pystyt|osaat|selviat tahan|siihen",
                # "Tiedän, että pystyt siihen."
                "tiedan|tiiän etta|et pystyt|osaat|selviat|onnistut",
            ],
            examples=("Mä uskon suhun.", "Luotan siihen, että sä löydät keinon."),
            counter=("Uskon, että määräpäivä on perjantai.", "Luotatko heihin?"),
        ),
        Row(
            # vahvuus kysymyksen oletuksena: "Mistä sä löysit sen rohkeuden sanoa sen ääneen?"
            "fi.affirm.mista_voimaa",
            [
                "mista loysit|sait sen|sita voiman|voimaa|rohkeuden|rohkeutta|energian|energiaa",
                "mista sa|sina loysit|sait sen|sita voiman|voimaa|rohkeuden|rohkeutta|energian|"
                "energiaa",
                "mista sa|sina loysit|sait voiman|voimaa|rohkeuden|rohkeutta|energian|energiaa",
                "mista loysit|sait voiman|voimaa|rohkeuden|rohkeutta|energian|energiaa",
            ],
            examples=("Mistä sä löysit sen rohkeuden?", "Mistä sait voimaa jatkaa?"),
            counter=("Mistä löysit sen raportin?",),
        ),
        Row(
            # the coach glad at what they did: "Mua ilahduttaa, että otit sen esille.", "On ilo
            # nähdä, miten sä oot kasvanu tähän rooliin."
            "fi.affirm.ilahduttaa",
            [
                "mua|minua ilahduttaa|lammittaa etta|et",
                "ilo nahda|kuulla|seurata",
            ],
            examples=(
                "Mua ilahduttaa, että otit sen esille.",
                "On ilo nähdä, miten olet kasvanut.",
            ),
            counter=("Mua harmittaa, että palaveri venyi.", "Ilmoita, kun olet valmis."),
        ),
        Row(
            # mitä hän teki, verrattuna siihen, mitä useimmat tekisivät: "Harva esihenkilö olisi
            # kysynyt tätä tiimiltään.", "Sä jaksoit pidempään kuin useimmat ois jaksanu."
            "fi.affirm.harva",
            [
                "harva esihenkilo|johtaja|pomo|ihminen|meista",
                "kuin useimmat|moni|monet olisi|olis|ois|olisivat|ovat|on",
                "kuin useimmat|moni|monet ihmiset|esihenkilot|johtajat|meista",
            ],
            examples=(
                "Harva esihenkilö olisi kysynyt tätä tiimiltään.",
                "Sä jaksoit pidempään kuin useimmat ois jaksanu.",
            ),
            counter=("Harvoin meillä on näin hiljaista.", "Useimmat lähtee jo neljältä."),
        ),
        Row(
            # teko ja sen merkitys: "Et luovuttanut, ja se kertoo paljon sinusta."
            "fi.affirm.kertoo_paljon",
            [
                "ja se|tama|tuo kertoo|merkitsee|merkkaa paljon",
                "mika kertoo|merkitsee|merkkaa paljon",
                "se|tama|tuo kertoo paljon susta|sinusta",
            ],
            examples=(
                "Pidit lupauksesi yövuorolle, ja se merkitsee paljon.",
                "Pyysit apua ajoissa, mikä kertoo paljon sinusta.",
            ),
            counter=("Mitä se kertoo tiimistä?", "Budjetti kertoo paljon tilanteesta."),
        ),
        Row(
            "fi.affirm.arvostan",
            [
                "arvostan|ihailen|kunnioitan",
            ],
            examples=("Arvostan sitä, miten suoraan puhut tästä.",),
            counter=("Mä arvioin sen uudestaan.", "Uskon, että sun kannattaa soittaa."),
        ),
        Row(
            "fi.affirm.vahvuus",
            [
                "siihen|tuohon|tahan|se|tuo|tama vaati|vaatii|vaadittiin|tarvittiin rohkeutta",
                "rohkeutta|kanttia|pokkaa|selkarankaa|sisua|sinnikkyytta",
                "hieno|upea|hyva|rohkea|viisas|fiksu|taitava|loistava|mahtava|erinomainen|kova|"
                "terava oivallus|ajatus|havainto|huomio|idea|teko|ratkaisu|veto|askel|kysymys|tyo|"
                "pointti",
                "arvostettavaa|ihailtavaa|rohkeeta|rohkeaa|hienoa|hienoo|upeeta|upeaa",
            ],
            examples=(
                "Siihen vaadittiin rohkeutta.",
                "Hieno oivallus!",
            ),
            counter=("Olet kokeillut jo monta asiaa.", "Tiimi välittää aikatauluista."),
        ),
    ]
)

AFFIRM_MORE = (
    Row(
        "fi.affirm.kehu",
        [
            "kova|hieno|upea|aikamoinen|melkonen|melkoinen|iso|todellinen suoritus|saavutus|teko",
            "fiksu|hyva|viisas|rohkea|hieno veto|liike|ratkaisu|valinta|paatos",
            "nostan hattua",
            "hattua nostan",
            "propsit",
            # thanks for courage or openness (not for the time): "Kiitos avoimuudesta."
            "kiitos|kiitti|kiitokset avoimuudesta|rehellisyydesta|rohkeudesta",
            "kiitos|kiitti etta|et uskalsit|jaksoit|avauduit",
            # persistence: "Sä et luovuttanut, vaikka ..."
            "et luovuttanut|luovuttanu|luovuttaneet",
            "pisteet sulle|sinulle",
            # deserved: "Ylennys oli täysin ansaittu.", "Sä ansaitsit sen."
            "taysin|todella|hyvin|tosi ansaittu|ansaitu",
            "ansaitsit|ansaitset sen|sita|tan|taman",
            # growth credited to them: "Oot ottanut opiksi.", "Olet kehittynyt tosi paljon."
            "ottanut|ottanu opiksi",
            "kehittynyt|kehittyny|kasvanut|kasvanu tosi|todella|valtavasti|paljon|hurjasti",
            "oot|olet edistynyt|edistyny|kehittynyt|kehittyny",
            "olit|olet|oot tosi|todella|aika|niin|tosissaan rohkea|sinnikas|taitava|reilu|"
            "rauhallinen|sitkea|viisas|fiksu|hyva|jarkeva|ammattitaitoinen|napakka",
            "olit|olet|oot rohkea|sinnikas|taitava|reilu|sitkea|loistava|erinomainen",
            # "Sä oot aina ollu tosi hyvä näkemään isoa kuvaa."
            "ollut|ollu tosi|todella|aina|niin hyva|taitava|loistava|eteva",
            "sun|sinun vahvuus|vahvuuksia|vahvuutesi|vahvuuksias",
            "selva|todellinen|iso|suuri|oikea vahvuus",
            "vahvuutesi|vahvuuksiasi|vahvuuksias",
            "huomaan|naen|naan|nakee|nakyy etta sa|sina|te oikeasti|todella|tosi|selvasti",
            "sa|sina|te oikeasti|todella|selvasti valitat|valitatte|valitet",
            "musta|minusta oli|on fiksua|hienoa|rohkeaa|rohkeeta|viisasta|tosi|upeeta|upeaa",
            "hyvin|hienosti|upeasti|taitavasti|rauhallisesti hoidettu|hoidit|hoiditte|kasittelit",
            "hienosti|hyvin|fiksusti|viisaasti|upeasti mietitty|ajateltu|sanottu|toimittu|oivallettu",
            "hoidit|hoiditte|kasittelit sen|tilanteen|asian hienosti|hyvin|upeasti|taitavasti|"
            "rauhallisesti",
            # appraisal of a quality or a track record: "Sinnikkyytesi on ollut vaikuttavaa.",
            # "..., se on osunut oikeaan ennenkin.", "se kertoo et otat tän tosissaan"
            "ollut|ollu|oli vaikuttavaa|ihailtavaa|esimerkillista|kunnioitettavaa",
            "tosi|todella|aika|erittain|hyvin vaikuttavaa|ihailtavaa|esimerkillista",
            "osunut|osunu|osuneet|osuu oikeaan",
            # effort credited: "Sä jaksat aina kuunnella.", "Oot hoitanut nää hyvin ennenkin."
            "jaksat|jaksatte aina|niin|tosi|joka",
            "hoitanut|hoitanu|hoitaneet nama|naa|ne|sen|nuo|noi|vastaavat|tallaset|tallaiset "
            "hyvin|hienosti|upeasti|taitavasti",
            # "Olet hoitanut tätä muutosta sinnikkäästi", thanks for their trust
            "sinnikkaasti|periksiantamattomasti|pitkajanteisesti|kiitettavasti",
            "kiitos|kiitti etta|et luotat|luotit|uskallat|uskalsit",
            "kertoo|kertoi etta|et otat|valitat|arvostat|panostat",
            # "Sulla on selvästi paljon annettavaa.", "Toi on just sellasta johtamista, mitä ..."
            "paljon annettavaa",
            # a quality of theirs named as the coach's appraisal: "Rehellisyytesi tekee tästä helppoa."
            "rehellisyytesi|avoimuutesi|rohkeutesi|sinnikkyytesi|karsivallisyytesi|sitkeytesi|"
            "vilpittomyytesi|lampimyytesi|rauhallisuutesi",
            "just|juuri semmosta|sellasta|sellaista|sita johtamista|esihenkilotyota|otetta",
        ],
        examples=(
            "Aikamoinen suoritus pitää kassat auki puolella porukalla.",
            "Hoidit sen hienosti, vaikka asiakas huusi.",
            "Sä oot tosi sinnikäs.",
            "Huomaan, että sä oikeasti välität asiakkaista.",
        ),
        counter=("Suoritus jäi kesken.", "Palaveri on tiistaina."),
    ),
)

AFFIRM = PhraseTable([*AFFIRM.rows, *AFFIRM_MORE])

AUTONOMY = PhraseTable(
    [
        Row(
            "fi.autonomy.sina_paatat",
            [
                "sina|sa paatat|valitset|tiedat|tunnet",
                "sinun|sun paatoksesi|valintasi|kasissasi|kasissa",
                # "Sun kalenteri, sun päätös."
                "sinun|sun paatos|valinta|ratkaisu",
                "sinun|sun asia paattaa",
                "parhaiten",
            ],
            examples=(
                "Sinä tiedät tämän parhaiten.",
                "Sinä päätät, mitä tästä otat.",
            ),
            counter=("Kuka päättää budjetista?", "Hän tietää asiasta vähän."),
        ),
        Row(
            "fi.autonomy.ei_pakko",
            [
                "taysi oikeus",
                "sun|sinun ei oo|ole pakko",
                "ei oo|ole pakko",
                "sun|sinun ei tarvi|tarvitse|tartte|tarvii",
                "voit|saat ottaa|poimia|jattaa",
                "ota tasta|tosta|siita",
                "sun|sinun paatettavissa|paatettavissasi|kasissa|kasissasi|harkinnassa",
                "paatettavissasi|kasissasi",
                "sa|sina itse paatat|tiedat|valitset",
                "sa|sina oot|olet asiantuntija|paras",
                "sa|sina tunnet ne|heidat|tiimin|porukan|asiakkaat|tyontekijat|ihmiset",
                "sa|sina tunnet sen|taman|tan porukan|tiimin|talon|alan|asian|tilanteen",
                "paremmin kuin mina|ma",
                "paatos on|jaa sun|sinun|sulle|sinulle",
                # "Olet vapaa ottamaan tästä mitä haluat.", "Tee niinku parhaaks näet."
                "olet|oot|ootte|olette vapaa|vapaita",
                "parhaaksi|parhaaks naet|nait|katsot|nakee",
                # "..., mutta ratkaisu on tietysti sinun.": the choice left to them
                "ratkaisu|valinta|paatos on tietysti|tietenkin|kuitenkin|lopulta|aina sun|sinun",
                # "Kesälomien jako on sun ratkaistava."
                "sun|sinun ratkaistava|ratkaistavasi|paatettava|paatettavasi",
                # "..., mutta sinähän sen päätät.", "Sä voit nähdä tän toisin."
                "sinahan|sahan|sina|sa sen|taman|tan paatat|valitset|ratkaiset",
                "voit|saatat nahda|naha|katsoa|kattoo sen|taman|tan|asian toisin|eri",
                "ratkaisu|valinta on|jaa sun|sinun|sulle|sinulle",
            ],
            examples=(
                "Sulla on täysi oikeus jättää tämä sikseen.",
                "Sun ei oo pakko päättää tätä tänään.",
                "Voit ottaa tästä sen, mikä tuntuu hyödylliseltä.",
                "Sä tunnet sen porukan paljon paremmin kuin minä.",
            ),
            counter=("Hänellä ei ole aikaa.", "Ota yhteyttä IT-tukeen."),
        ),
    ]
)

FEELING = PhraseTable(
    [
        Row(
            "fi.feeling.kuorma",
            [
                "raskas|raskasta|raskaalta|rankka|rankkaa|rankalta|kova|kovaa|tiukka|tiukkaa|"
                "kuormittavaa|kuormittava|stressaavaa|stressaava|turhauttavaa|turhauttava|"
                "arsyttavaa|arsyttava|uuvuttavaa|uuvuttava|vaikeeta|vaikeaa|hankala|hankalaa|"
                "kurja|kurjaa|ikava|ikavaa|epareilua|epareilu|rankkaa|kaoottista|kaoottinen|"
                "hektinen|hektista|kiireinen|kiireista|pelottavaa|yksinaista|noloa|kamala|kamalaa",
                "aikamoinen|melkonen|melkoinen soppa|sotku|rumba|ralli|sirkus|paketti|kuorma|"
                "myllerrys",
                "auts",
                "huh",
            ],
            examples=("Tosi rankkaa.", "Aikamoinen soppa.", "Kuulostaa raskaalta."),
            counter=("Okei.", "Kiitos, että tulit."),
        ),
        Row(
            "fi.feeling.nimetty",
            [
                "turhautunut|huolissasi|huolestunut|pettynyt|uupunut|vasynyt|helpottunut|ylpea|"
                "loukkaantunut|hermostunut|ahdistunut|epavarma|vihainen|harmissasi|innoissasi|"
                "poikki|puhki|loppu|kypsa|kyllastynyt|surullinen|iloinen|tyytyvainen|otettu",
                "ahistaa|ahdistaa|arsyttaa|harmittaa|pelottaa|turhauttaa|huolettaa|jannittaa|"
                "suututtaa|kyrsii|vasyttaa|hermostuttaa|mietityttaa|kaduttaa|havettaa|nolottaa",
            ],
            examples=("Ärsyttää.", "Sä oot ihan puhki."),
            counter=("Selvä.", "Jatketaan."),
        ),
    ]
)

COMPLEX = PhraseTable(
    [
        Row(
            "fi.complex.tunne",
            [
                "turhautunut|turhautunu|turhautuneelta|huolissasi|huolissas|huolestunut|pettynyt|"
                "uupunut|vasynyt|helpottunut|ylpea|loukkaantunut|hermostunut|ahdistunut|jumissa|"
                "kahden|ristiriitainen|yksin|epavarma|riittamaton|syyllinen|vihainen|harmissasi|"
                "innoissasi|loukussa|puun|ulkopuolinen|sivuutettu|aliarvostettu",
                "pelottaa|harmittaa|ahdistaa|turhauttaa|huolettaa|painaa|kuormittaa|jannittaa|"
                "suututtaa|satuttaa|loukkaa",
            ],
            examples=(
                "Sua taitaa harmittaa, että jäit ilman tukea.",
                "Kuulostaa siltä, että olet aika yksin tämän kanssa.",
            ),
            counter=("Palaveri on tiistaina.", "Eli lähetit raportin."),
        ),
        Row(
            "fi.complex.kaksi_puolta",
            ["toisaalta", "vaikka"],
            examples=("Toisaalta haluat olla reilu, toisaalta tämä pitää saada valmiiksi.",),
            counter=("Jäit myöhään töihin.", "Toinen tiimi lähetti sen."),
        ),
        Row(
            "fi.complex.merkitys",
            [
                "kyse",
                "koska sina|sa",
                # ydin nimettynä: "Kuulostaa siltä, että vaikeinta on valita heidän välillään."
                "vaikeinta|raskainta|pahinta|hankalinta|kovinta on|ei",
                "vaikeinta|raskainta|pahinta|hankalinta|kovinta tassa|siina on|ei",
            ],
            examples=("Pohjimmiltaan kyse on siitä, että haluat tulla luotetuksi.",),
            counter=("Raportti myöhästyi.", "Eli soitit hänelle."),
        ),
        Row(
            # yksi asia toista vasten tai seuraava ajatus: "ei niinkään työmäärä vaan se, ettei
            # kukaan kysynyt", "ja silti", "veikkaan, että mietit jo"
            "fi.complex.vastakkain",
            [
                "ei niinkaan|oikeastaan|pelkastaan|vain|ainoastaan|oo|ole",
                "vaan|silti|kuitenkin|sen",
                "mutta samalla",
                "veikkaan|arvelen|epailen|luulen etta",
            ],
            examples=(
                "Ei niinkään työmäärä vaan se, ettei kukaan kysynyt sulta.",
                "Haluat ylennyksen, ja silti osastolta lähteminen tuntuu menetykseltä.",
                "Veikkaan, että mietit jo, miten kerrot tän tiimille.",
            ),
            counter=("Lista lähtee perjantaina.", "Eli soitit toimittajalle."),
        ),
        Row(
            # syy, jota hän ei itse sanonut: "..., koska sä et luota siihen tauluun", "siksi sä ..."
            "fi.complex.syy",
            [
                "koska sa|sina|sun|sinun|et|oot|olet",
                "siksi|siks",
                "sen takia|vuoksi",
            ],
            examples=(
                "Tiimi tekee tuplatyötä, koska sä et ihan luota siihen tauluun.",
                "Siksi sä et oo halunnu ottaa sitä puheeks.",
                "Sä teet sen itse sen takia, ettei kukaan muu joudu venymään.",
            ),
            counter=(
                "Lista lähtee perjantaina.",
                "Palaveri siirtyi, koska kokoushuone oli varattu.",
            ),
        ),
    ]
)

SCALE = PhraseTable(
    [
        Row(
            "fi.scale.asteikko",
            [
                "asteikolla|asteikossa|skaalalla|skaalassa",
                "nollasta|yhdesta|ykkosesta|0|1 kymmeneen|kymppiin|10",
                "milla numerolla|luvulla|arvosanalla",
                "jos kymppi|kymmenen|nolla|ykkonen on",
                "mihin|mille numeroon|numerolle|lukuun|kohtaan asteikolla|asteikossa",
                "prosentteina|prosentuaalisesti",
            ],
            modifier="number",
            examples=(
                "Asteikolla yhdestä kymmeneen, kuinka valmis olet?",
                "Nollasta kymppiin, missä sä oot nyt?",
            ),
            counter=("Kymmenen hengen tiimi.", "Asteikko on vielä auki."),
        ),
        Row(
            "fi.scale.kuinka",
            [
                "kuinka|miten|kui varma|varmalta|tarkea|tarkeaa|tarkee|tarkeeta|valmis|"
                "todennakoista|todennakoisesti|sitoutunut|sitoutunu|motivoitunut|motivoitunu|"
                "tyytyvainen|luottavainen|innostunut|innostunu",
            ],
            examples=(
                "Kuinka varma olet, että aikataulu pitää?",
                "Miten tärkeää tämä sulle on?",
            ),
            counter=("Kuinka kokous meni?", "Tämä on tärkeää meille."),
        ),
    ]
)
"""Asteikkokysymykset: luku asteikolla, tai kuinka varma, valmis tai sitoutunut. Vastaus on luku
tai aste, joten laji on suljettu; vinkki kertoo, mitä kysyä sen jälkeen."""
