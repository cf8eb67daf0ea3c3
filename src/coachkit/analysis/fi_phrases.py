"""Finnish question phrase tables: leading forms, tags, requests, what-else, process (folded)."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row, wordset

CLOSED_FORMS = PhraseTable([])

LEADING = PhraseTable(
    [
        Row(
            # the idea inside the leave asked: "Saanko ehdottaa, että pitäisit tauon?"
            "fi.lead.saanko_ehdottaa",
            [
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks ehdottaa|ehottaa|"
                "suositella etta|et",
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks ma|mina "
                "ehdottaa|ehottaa|suositella etta|et",
            ],
            examples=("Saanko ehdottaa, että pitäisit tauon?",),
            counter=("Saanko ehdottaa jotain?",),
        ),
        Row(
            # "Saanko ehdottaa, että käydään vielä aikataulu läpi?": the talk itself, in the
            # passive, is leave asked for a step of the session (closed), no idea of the coach's
            "fi.lead.saanko_ehdottaa_prosessi",
            [
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks ehdottaa|ehottaa "
                "etta|et *aan",
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks ehdottaa|ehottaa "
                "etta|et me *aan",
            ],
            modifier="idiom",
            examples=("Saanko ehdottaa, että pidetään tauko?",),
        ),
        Row(
            "fi.lead.oletko_harkinnut",
            [
                "oletko|ootko|ootsa|ooksa|oletsa|oletteko harkin*|kokeil*|ajatel*|yritta*|koitta*|"
                "miettiny*|miettine*|pohtinu*|pohtine*",
                # "Oletteko koskaan kokeilleet ...?": an action tried, with a word between
                "oletko|ootko|ootsa|ooksa|oletsa|oletteko|ootteko koskaan|ikina|jo harkin*|kokeil*|"
                "koitta*",
            ],
            examples=(
                "Oletko harkinnut osa-aikaista mallia?",
                "Oletteko koskaan kokeilleet kiertävää puheenjohtajaa?",
            ),
        ),
        Row(
            # the coach's idea put as a thought they may have had: "Onko käynyt mielessä, että
            # Mikko voisi vetää sen?", "Ootko tullu ajatelleeks, et ..."
            "fi.lead.kaynyt_mielessa",
            [
                "onko|onks|onkos|oisko|olisiko kaynyt|kayny|juolahtanut|juolahtanu mieleen|mielessa",
                "onko|onks|onkos sulla|sinulla|teilla kaynyt|kayny mielessa",
                "oletko|ootko|ootsa|oletteko tullut|tullu|tulleet ajatelleeksi|ajatelleeks",
                # "Onks sulle tullu mieleen, et ...": the idea as a thought come to them
                "onko|onks|onkos sulle|sinulle|sul|sulla|teille tullut|tullu|juolahtanut|"
                "juolahtanu|kaynyt|kayny mieleen",
            ],
            examples=(
                "Onko käynyt mielessä, että Mikko voisi vetää sen?",
                "Onks sulle tullu mieleen, et ne vois tehä etätöitä perjantaisin?",
                "Ootko tullu ajatelleeks, et vuorot vois jakaa toisin?",
            ),
            counter=("Mitä sulla on käynyt mielessä viime aikoina?",),
        ),
        Row(
            "fi.lead.mita_jos",
            [
                "mita|mitas|enta|entas|entapa jos *isit|*isitte|*isimme|*isi|*is|*isiin|*iin",
            ],
            examples=("Mitä jos kysyisit asiakkaalta suoraan?",),
        ),
        Row(
            # anyone's action proposed: "Mites jos Mikko ja Sanna siirrettäis ...", "Miten olis,
            # jos ..." (spoken "mites" is read as "miten"); a scene is no proposal (modifier)
            "fi.lead.enta_jos",
            [
                "mita|mitas|enta|entas|entapa|miten|mitenkas jos",
                "miten|mitenkas ois|olis|olisi jos",
                "miten|mitenkas ois|olis|olisi et|etta",
            ],
            modifier="hypothesis",
            examples=("Entä jos Mikko ja Sanna vaihtaisivat vuoroja?",),
            counter=("Mitä tapahtuisi, jos mikään ei muuttuisi?",),
        ),
        Row(
            "fi.lead.miksi_et",
            [
                "miksi|miks et|ette",
                "miksi|miks sa|sina|te et|ette",
                # "Minkä takia et ...?", "Mistä syystä et ole vielä ...?"
                "minka|minkas|mista takia|takii|vuoksi|syysta sa|sina|te et|ette",
                "minka|minkas|mista takia|takii|vuoksi|syysta et|ette",
                "miksei|miksette|mikset|mikseivat",
            ],
            examples=("Miksi et ota lomaa?",),
        ),
        Row(
            "fi.lead.sa_voisit",
            [
                "sa|sina|te|sahan|sinahan|tehan|sunhan|sinunhan voisit|voisitte|vois|voit|"
                "kannattais*|pitais*|*isit",
            ],
            examples=("Sä voisit pyytää apua?",),
        ),
    ]
)

TAGS = PhraseTable(
    [
        Row(
            "fi.tag.vai_mita",
            [
                "vai mita|mitas",
                "eiks|eiko|eikos|eks niin|nii|vaan|totta",
                "eiks|eiko|eikos|eks",
                "etko|etsa|etks",
                "vai",
            ],
            examples=(
                "Se on ihan selvä asia, vai mitä?",
                "Kaikki tuntuu sinusta nyt hankalalta, eikö niin?",
            ),
        ),
    ]
)
CHECK_TAGS = PhraseTable([])

PARENTHETICAL = PhraseTable(
    [
        Row(
            "fi.parenthetical",
            [
                "mita luulet|arvelet|ajattelet|uskot|sanot",
                "vai mita",
                "luuletko|luuletsa|luuleksa|arveletko|uskotko|ajatteletko|veikkaatko",
                # at the end of a yes/no question: "Onko se jo hyväksytty, tiedätkö?"
                "tiedatko|tiedatsa|tiiatko|tiiatsa|tiiaksa|tiedaksa",
                "ymmarratko|ymmarraksa|ymmarraks|ymmarratsa|tajuutko|tajuatko|tajuuksa|tajuutsa mita "
                "haen|tarkoitan|tarkotan",
                "ymmarratko|ymmarraksa|ymmarraks|ymmarratsa|tajuutko|tajuatko|tajuuksa|tajuutsa mita "
                "ma|mina haen|tarkoitan|tarkotan",
                "ymmarratko|ymmarraksa|ymmarraks|ymmarratsa|tajuutko|tajuatko|tajuuksa|tajuutsa mita "
                "ajan takaa",
            ],
            examples=(
                "Mikä olisi realistista, mitä luulet?",
                "Kuka siitä hyötyy, vai mitä?",
                "Miksi se jäi kesken, luuletko?",
                "Onko tarjous jo tullut, tiedätkö?",
                "Mitä sä toivot tältä, ymmärrätkö mitä haen?",
            ),
        ),
        Row(
            # leave asked for the question before it: "Siirrytäänkö vaihtoehtoihin, sopiiko?",
            # "Mennäänkö eteenpäin, käykö?" (the flag reads the leave; no second question)
            "fi.parenthetical.lupa",
            [
                "sopiiko|sopiiks|sopiiksa|sopisiko|sopisko|kayko|kayks|kayksa|kaykohan",
                "sopiiko|sopiiks|sopisiko|sopisko|kayko|kayks|kaykohan se|sulle|sinulle|teille",
                "onko|onks|onksa se ok|okei|kunnossa",
                "onko|onks|onksa ok|okei",
            ],
            examples=(
                "Siirrytäänkö vaihtoehtoihin, sopiiko?",
                "Jatketaanko tästä ensi viikolla, onko se ok?",
            ),
            counter=("Mikä aika sopii sulle?",),
        ),
    ]
)

OPEN_REQUEST = PhraseTable(
    [
        Row(
            "fi.open.kerro",
            [
                "kerro|kerrotko|kerropa|kertoisitko|kertoisit|kertoisiksa|kertoisiks|kertoile|"
                "kertoisitsa|kerrotsa|kerroppa",
            ],
            examples=("Kerro, mitä asiakkaalle on luvattu.",),
        ),
        Row(
            # a scene to describe or go back to: "Kuvaile mulle ...", "Vie mut siihen hetkeen"
            "fi.open.kuvaile",
            [
                "kuvaile|kuvailisitko|kuvailetko|kuvailepa|kuvailisitsa",
                "maalaa mulle|minulle|meille kuva",
                "kay|kaydaan mun|minun|meidan kanssa lapi",
                "vie mut|minut|meidat",
            ],
            examples=("Kuvaile mulle tavallinen maanantai.",),
        ),
        Row(
            # ideas asked for: "Keksitkö vielä yhden vaihtoehdon?" (open, as "Kertoisitko ...?" is)
            "fi.open.keksitko",
            [
                "keksitko|keksitsa|keksiksa|keksiks|keksisitko|keksisitsa|keksisiks",
            ],
            examples=("Keksitkö vielä yhden vaihtoehdon, ihan hullunkin?",),
            counter=("Keksin sen itse.", "Tuleeko mieleen joku muu?"),
        ),
        Row(
            "fi.open.voisitko_kertoa",
            [
                "voisitko|voisiks|voisitsa|voisiksa|voisitteko|voitko|voitsa|voiksa|viitsisitko|"
                "viitsitko|haluaisitko|haluisitko|haluatko|haluutko|haluutsa "
                "kerto*|kuva*|ava*|selitta*|tarkenta*|sano*|kuvitel*|muistel*|valotta*",
            ],
            examples=("Voisitko kertoa vähän lisää siitä?",),
        ),
    ]
)

# A bare follow-up that is the whole question: "Entä sitten?", "Esimerkiksi?", "Mites muuten?".
# It asks for more of what was just said: open, about reality (see classify.py).
FOLLOW_UP = PhraseTable(
    [
        Row(
            "fi.open.jatkokysymys",
            [
                "enta|entas|entapa|ja|no|sitten",
                "ja|no sitten|sit",  # "Ja sit?"
                "esimerkiksi|esimerkiks|esim|kuten",
                "mita|mitas sitten|seuraavaksi",
                "miten|mitenka muuten",
                "miten|mitenka se|sitten",
            ],
            examples=("Entä sitten?",),
        )
    ]
)

WHAT_ELSE = PhraseTable(
    [
        Row(
            "fi.what_else",
            [
                "mita|mitas|mika|mitka|kuka|ketka|missa|mista|miten|millaisia|keita "
                "muuta|muu|muita|muualla|muualta|muuten|muussa",
            ],
            examples=("Mitä muuta tähän liittyy?",),
        ),
    ]
)

SUGGEST = PhraseTable(
    [
        Row(
            "fi.lead.suggestion_word",
            [
                "kannatta*",
                "pitais*",
                "pitaisi*",
                "tulisi*",
                "parempi|parempaa|jarkevaa|jarkevampaa|fiksua|fiksumpaa|viisasta|viisaampaa",
                # "Oisko syytä pyytää apua?", "Olisiko aika ottaa hänet mukaan?"
                "olisiko|olisko|oisko|oiskohan|olisikohan|oliskohan|ois|olis syyta|aika",
            ],
            examples=("Luuletko, että tiimin pitäisi tietää?", "Oisko syytä kysyä HR:ltä?"),
        ),
    ]
)
# Words that tell the answer the coach expects: leading, but an opinion rather than a proposal.
EXPECT = PhraseTable(
    [
        Row(
            "fi.lead.odotus",
            ["kai|varmaan|varmaankin|tietenkin|tietysti|kaiketi|varmasti"],
            modifier="opinion",
            examples=("Onhan se varmaan jo sovittu?",),
        ),
        Row(
            # a question on "-hän" expects agreement ("Ethän sä halua ...?", "Onhan sulla ...?"):
            # the coach's own answer, as "eikö" is
            "fi.lead.han",
            [
                "ethan|eihan|ettehan|onhan|oothan|olethan|eivathan|ovathan",
                # "Kyllähän sä nyt huomaat, et se ei toimi?": the answer asserted first
                "kyllahan|kyllapa|eikohan|tottahan|kaihan|kaipa|huomaathan|muistathan|"
                "ymmarrathan|naethan",
            ],
            modifier="opinion",
            examples=(
                "Ethän sä halua menettää heitä?",
                "Onhan sulla oikeus pitää lomasi?",
                "Kyllähän sä nyt huomaat, et se ei toimi näin?",
                "Näethän sä, ettei se lista riitä?",
            ),
            counter=("Et sä halua menettää heitä?", "Onko sulla oikeus pitää lomasi?"),
        ),
    ]
)
PROCESS = PhraseTable(
    [
        Row(
            "fi.process",
            [
                "siirrytaanko|siirrytaanks|mennaanko|mennaanks|jatketaanko|jatketaanks|"
                "voidaanko|voidaanks|pidetaanko|pidetaanks|otetaanko|otetaanks|palataanko|"
                "palataanks|aloitetaanko|aloitetaanks|lopetetaanko|lopetetaanks|katsotaanko|"
                "katsotaanks|edetaanko|edetaanks|kaydaanko|kaydaanks|puhutaanko|puhutaanks",
                "saanko|saisinko|voinko|saanks|voinks",
                "sopiiko|sopiiks",
            ],
            examples=(
                "Siirrytäänkö vaihtoehtoihin?",
                "Jatketaanko tästä ensi kerralla?",
                "Palataanko tavoitteeseen?",
            ),
        ),
    ]
)

# "Joo, miksei.", "Miksei, mikä siinä houkuttaa?": agreement, not a why-question.
AGREEMENT = PhraseTable(
    [
        Row(
            "fi.other.miksei",
            [
                "miksei|miksipa|mikspa|miksikas",
            ],
            examples=("Joo, miksei.", "Miksei, mitä sä olit ajatellut?"),
            counter=("Miksi et kysynyt?",),
        ),
        Row(
            # "Tiedätkö mitä, entä jos ...?": huomion herättäjä, ei kysymys
            "fi.other.tiedatko_mita",
            [
                "tiedatko|tiedatsa|tiiatko|tiiatsa|tiatsa|tiiaksa mita",
                "arvaa|arvaatko|arvaatsa mita",
            ],
            modifier="attention",
            examples=(
                "Tiedätkö mitä, entä jos kokeilisit sitä?",
                "Tiiätsä mitä? Kokeile sitä.",
                "Arvaa mitä?",
            ),
            counter=("Tiedätkö, kuka sen teki?", "Mitä tiedät siitä?"),
        ),
    ]
)


# "Mua kiinnostaa, minkä takia ...", "Mietin, miten ...": kysymys uteliaisuuden muodossa, usein
# ilman kysymysmerkkiä; upotettu kysymys ratkaisee lajin.
CURIOUS = PhraseTable(
    [
        Row(
            "fi.curious.kiinnostaa",
            [
                "mua|minua|mulla|minulla kiinnostaa|kiinnostais|kiinnostaisi",
                "kiinnostaa|kiinnostais|kiinnostaisi tietaa|kuulla",
                "mietin|mietinkin|pohdin",
                "haluaisin|haluisin kuulla|tietaa|ymmartaa",
                # "Kuulisin mielelläni, mitä itse näet.": the coach's wish to hear, a question
                "kuulisin|kuulisin mielellani|ilolla|kernaasti",
                "kerro|kertoisitko|kerrotko",
            ],
            examples=(
                "Mua kiinnostaa, mikä sut sai lupautumaan tähän alun perin.",
                "Mietin, miten tiimi näkis tän",
            ),
            counter=("Mietimme sitä yhdessä.", "Häntä kiinnostaa aihe."),
        )
    ]
)
# "Jos raha ei ois este, niin mitä sä kokeilisit": ehto ensin, sitten kysymys.
CONDITIONS = frozenset({"jos", "oletetaan", "kuvitellaan", "kuvittele", "ennen"})
# "Kun sä meet sinne huomenna, mitä sanot?": "kun" is no question word, so nothing to tell apart.
TEMPORAL: frozenset[str] = frozenset()
DROPPED_AUX: frozenset[str] = frozenset()
# After a row of the "wish" modifier: the coach's wish, not advice (Finnish has no such row)
WISHES: frozenset[str] = frozenset()
# A subject that points back at what was just said: "..., vai onko se poissuljettu?"
BACK_REFERENCE = frozenset({"se", "tama", "tuo", "toi", "taa"})
# "Millä tavalla ja missä vaiheessa ...": nouns that make one question word with the one before.
WH_NOUNS = frozenset(
    {"tavalla", "tavoin", "vaiheessa", "aikaan", "kellonaikaan", "paivana", "tilassa", "paikassa"}
)
# "Entä jos sä olisit toimitusjohtaja?", "Mitä jos sulla ois rajaton budjetti?": a state after
# "sä" sets a scene; "Entä jos sä pyytäisit apua?" proposes an act.
SCENE_VERBS = frozenset({"olisit", "oisit", "olisi", "ois", "olis", "olisitte", "oisitte"})
# Words that negate a clause: "Entä jos raha ei ois este?" opens a scene (hypothesis)
NEGATIONS = frozenset({"ei", "en", "et", "emme", "ette", "eivat", "eika", "eiva"})
# Leave asked to say what the coach hears or notices ("Saanko sanoa, mitä mä kuulen?")
SAY_STEMS = ("kerro", "kerto", "sano", "heijast", "koo", "tiivist", "jaa", "jakaa", "peila")
# palaute ja havainto: the coach's own view of them ("Saanko antaa palautetta? Sä ...": advice)
IDEA_STEMS = ("ehdo", "idea", "vinkk", "vinki", "neuvo", "suosit", "palaut", "havain")
# Leave asked to tell the coach's own experience ("Haluatko kuulla, miten meillä tehtiin?"): with
# a word of the coach's own after it, what follows is the idea offered, advice however it is said
OWN_STORY = PhraseTable(
    [
        Row(
            "fi.story.haluatko_kuulla",
            [
                "haluatko|haluutko|haluisitko|haluaisitko|haluuksa|haluutsa kuulla|tietaa",
                "kiinnostaako|kiinnostaisko|kiinnostaisiko|kiinnostaaks|kiinnostaisks",
                "saanko|voinko|saanks|voinks kertoa|kertoo|jakaa miten|mita|mika",
                "saanko|voinko|saanks|voinks ma kertoa|kertoo|jakaa",
            ],
            examples=(
                "Haluatko kuulla, miten meillä tehtiin?",
                "Kiinnostaako, mitä me tehtiin vanhassa firmassa?",
                "Saanko kertoa, mikä mulla toimi?",
            ),
            counter=("Haluan kuulla sun näkemyksen.", "Tiedätkö, mitä hän haluaa?"),
        )
    ]
)
# The coach's own past, or a former workplace's ("Kun mä olin samassa tilanteessa, ...", "Meillä
# edellisessä firmassa ..."): with WORKED in the same sentence, what worked is told as advice
OWN_PAST = PhraseTable(
    [
        Row(
            "fi.story.oma_kokemus",
            [
                "kun ma|mina|mie|olin olin|tein|vedin|johdin|samassa|samanlaisessa|vastaavassa",
                "edellisessa|entisessa|vanhassa|aiemmassa tyopaik*|firma*|tiimi*|paika*|tyo*|yritykse*",
                "mulla|minulla|mullakin on|oli ollu|ollut|ite|itse|itella|itsella",
                "mun|minun kokemukse*",
                "kokemukseni|kokemuksesta",
                "ma|mina|mie pyysin|kokeilin|otin|aloin|jarjestin|siirsin|tein|vein",
                "me|meilla tehtiin|kokeiltiin|otettiin|siirrettiin|aloitettiin",
            ],
            examples=(
                "Kun mä olin samassa tilanteessa, mä pyysin kaikilta palautetta, ja se auttoi.",
                "Meillä edellisessä firmassa pidettiin palaverit seisaaltaan, ja se toimi.",
                "Mulla on itse ollut hyvä kokemus kävelypalavereista.",
            ),
            counter=("Kun sä olit lomalla, mitä tapahtui?", "Sä pyysit palautetta."),
        )
    ]
)
# ... ja että se toimi ("..., ja se auttoi", "kaikki tykkäs siitä")
WORKED = PhraseTable(
    [
        Row(
            "fi.advice.mulla_toimi",
            [
                "ja se|tama|taa|toi|tuo auttoi|toimi|ratkaisi|ratkas|helpotti|rauhoitti|rauhotti",
                "se|tama|taa|toi|tuo auttoi|ratkaisi|ratkas|helpotti|rauhoitti|rauhotti|toimi",
                "kaikki|porukka|tiimi tykkas|tykkasi|tykkasivat",
                "hyva|hyvia kokemu*",
                "toimi tosi|todella|ihan|erittain|yllattavan hyvin",
                "toimi hyvin",
            ],
            examples=(
                "Kun mä olin samassa tilanteessa, mä pyysin kaikilta palautetta, ja se auttoi.",
                "Meillä edellisessä firmassa pidettiin palaverit seisaaltaan, ja se toimi.",
                "Mulla on itse ollut hyvä kokemus kävelypalavereista.",
            ),
            counter=("Toivottavasti tää auttaa.", "Mikä sulla toimi silloin?"),
        )
    ]
)
# Finnish relative clauses open with "joka" or "mikä"; "mikä" asks as often, so none is read here
RELATIVES = PhraseTable([])
# Word endings that make a word the coach's own: "työpaikassani", "tiimissäni", "kokemukseni"
OWN_SUFFIXES = ("ssani", "llani", "ltani", "stani", "ssamme", "llamme", "kseni", "tuksesta")
# "Ehdotan, että käydään ensin läpi ...": with the "let's" form after it, the talk structured.
SUGGEST_VERBS = frozenset({"ehdotan", "ehdottaisin", "ehottaisin", "ehotan", "ehdotankin"})
# "Kuvittele, et joku kollega ois sun paikalla.": a scene to think in, no advice.
SCENE_OPENERS = frozenset({"kuvittele", "kuvitellaan", "oletetaan", "oleta", "kuvitelkaa"})
# yhteenveto: "Eli suunnitelma on: ...", "Elikkä: ..."
SUMMING = wordset("eli elikka elikkas")
CONDITION_THEN = frozenset({"niin", "nii", "ni", "sit", "sitten"})
