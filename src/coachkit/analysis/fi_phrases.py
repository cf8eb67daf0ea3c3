"""Finnish question phrase tables: leading forms, tags, requests, what-else, process (folded)."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable, Row

CLOSED_FORMS = PhraseTable(
    [
        Row(
            "fi.closed.tried_anything",
            [
                "oletko|ootko|ootsa|ooksa|oletsa kokeil*|yritta*|koitta* mitaan|jotain|jotakin",
                "oletko|ootko|ootsa|ooksa|oletsa jo kokeil*|yritta*|koitta* mitaan|jotain|jotakin",
            ],
            examples=("Oletko jo kokeillut mitään?",),
        ),
        Row(
            # "Oletko miettinyt, mitä haluat?": thinking about a question, no proposal in it.
            "fi.closed.oletko_miettinyt_mita",
            [
                "oletko|ootko|ootsa|ooksa|oletsa|oletteko jo|koskaan|sa|sina|te miettiny*|"
                "miettine*|pohtinu*|pohtine*|ajatellu*|ajatelle* "
                "mita|miten|mika|mitka|millainen|millaista|kuka|milloin|mihin|mista|miksi|"
                "minka|kenen|kenelle|kuinka|onko|onks|voisiko|pitaisiko|haluatko|sita|siita",
                "oletko|ootko|ootsa|ooksa|oletsa|oletteko miettiny*|miettine*|pohtinu*|pohtine*|"
                "ajatellu*|ajatelle* mita|miten|mika|mitka|millainen|millaista|kuka|milloin|mihin|"
                "mista|miksi|minka|kenen|kenelle|kuinka|onko|onks|voisiko|pitaisiko|haluatko|"
                "sita|siita",
            ],
            examples=("Oletko miettinyt, mitä haluat?",),
        ),
    ]
)

LEADING = PhraseTable(
    [
        Row(
            "fi.lead.oletko_harkinnut",
            [
                "oletko|ootko|ootsa|ooksa|oletsa|oletteko harkin*|kokeil*|ajatel*|yritta*|koitta*|"
                "miettiny*|miettine*|pohtinu*|pohtine*",
                "oletko|ootko|ootsa|ooksa|oletsa|oletteko jo|koskaan|sa|sina|te harkin*|kokeil*|"
                "ajatel*|yritta*|koitta*|miettiny*|miettine*|pohtinu*|pohtine*",
                "onko|onks sulla|sinulla|teilla kaynyt|kayny mielessa",
                "oletko|ootko tullut|tullu ajatelleeksi",
            ],
            examples=("Oletko harkinnut osa-aikaista mallia?",),
        ),
        Row(
            "fi.lead.mita_jos",
            [
                "mita|mitas|enta|entas|entapa jos *isit|*isitte|*isimme|*isi|*is|*isiin|*iin",
                "mita|mitas|enta|entas|entapa jos sa|sina|te|me|vaikka|vaan|ihan *isit|*isitte|"
                "*isimme|*isi|*is|*iin",
                "mita|mitas|enta|entas|entapa jos sa|sina|te|me vaikka|vaan|ihan *isit|*isitte|"
                "*isimme|*isi|*is|*iin",
            ],
            examples=("Mitä jos kysyisit asiakkaalta suoraan?",),
        ),
        Row(
            "fi.lead.miksi_et",
            [
                "miksi|miks et|ette",
                "miksi|miks sa|sina|te et|ette",
                "miksei|miksette|mikset|mikseivat",
                # every why-word proposes the same way: "minkä takia et ota", "mistä syystä et"
                "minka|mink takia|vuoksi|tahden et|ette",
                "mista syysta et|ette",
            ],
            examples=("Miksi et ota lomaa?",),
        ),
        Row(
            "fi.lead.sa_voisit",
            [
                "sa|sina|te|sahan|sinahan|tehan|sunhan|sinunhan voisit|voisitte|vois|voit|"
                "kannattais*|pitais*|*isit",
                "voisithan|voishan|voisittehan",
            ],
            examples=("Sä voisit pyytää apua?",),
        ),
        Row(
            "fi.lead.haluaisitko_kokeilla",
            [
                "haluaisitko|haluisitko|haluisiks|haluisitsa kokeilla|yrittaa|harkita|tehda",
                "kannattaisiko|kannattaisko|kannattaisikohan|kannattaiskohan|kannattaisiks|"
                "kannattaako|kannattaaks",
                "pitaisiko|pitaisko|pitaiskohan|pitaisikohan|pitaisiks|pitaiks",
                "ehka|ehkapa|vaikka sa|sina|te voisit|voisitte|voit|kannattais*",
                "voisiko|voisko olla|olisiko|oliskohan|olisikohan etta",
                "olisiko|olisko|oisko|oiskohan|oliskohan|olisikohan parempi|jarkevaa|fiksua|"
                "hyva|viisasta|jarkevampaa|fiksumpaa",
            ],
            examples=("Kannattaisiko sun lähteä mukaan?",),
        ),
    ]
)

TAGS = PhraseTable(
    [
        Row(
            "fi.tag.vai_mita",
            [
                "vai mita|mitas",
                "vai mita sanot|mielta|luulet",
                "eiks|eiko|eikos|eks niin|vaan|totta",
                "eiks|eiko|eikos|eks",
                "etko|etsa|etks",
                "vai",
                "vai ei",
                "niinhan",
                "eiks je",
            ],
            examples=(
                "Se on ihan selvä asia, vai mitä?",
                "Kaikki tuntuu sinusta nyt hankalalta, eikö niin?",
            ),
        ),
    ]
)
CHECK_TAGS = PhraseTable(
    [
        Row(
            "fi.tag.check",
            [
                "onko|onks nain|niin|tama|taa oikein",
                "onko|onks nain|niin",
                "ymmarsinko|ymmarsinks|ymmarsinkohan oikein",
                "ymmarsinko|ymmarsinks|ymmarsinkohan",
                "pitaako|pitaaks se paikkansa",
                "pitaako|pitaaks paikkansa",
                "vai miten|mites",
            ],
            modifier="check",
            examples=("Haluat siis pitää kiinni aikataulusta, onko näin?",),
        )
    ]
)

PARENTHETICAL = PhraseTable(
    [
        Row(
            "fi.parenthetical",
            [
                "mita luulet|arvelet|ajattelet|uskot|sanot",
                "mita sa|sina luulet|arvelet|ajattelet|uskot|sanot",
                "luuletko|luuletsa|luuleks|uskotko",
                "mita mielta olet|oot",
                "vai mita",
            ],
            examples=(
                "Mikä olisi realistista, mitä luulet?",
                "Kuka siitä hyötyy, vai mitä?",
                "Mikä tässä on vaikeinta, mitä sä ajattelet?",
            ),
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
                "kuvaile|kuvailisitko|kuvaa|kuvaisitko|kuvailetko|kuvailepa|kuvailisiks",
                "avaa|avaisitko|avaatko|avaisiks|avaapa",
                "selita|selittaisitko|selitatko|selittaisiks",
                "tarkenna|tarkentaisitko|tarkennatko|tarkentaisiks",
                "valota|valottaisitko",
                "jatka|jatkapa",
            ],
            examples=("Kerro, mitä asiakkaalle on luvattu.",),
        ),
        Row(
            "fi.open.voisitko_kertoa",
            [
                "voisitko|voisiks|voisitsa|voisiksa|voisitteko|voitko|voitsa|voiksa|viitsisitko|"
                "viitsitko|haluaisitko|haluisitko|haluatko|haluutko|haluutsa "
                "kerto*|kuva*|ava*|selitta*|tarkenta*|sano*|kuvitel*|muistel*|valotta*",
                "voisitko|voisiks|voisitsa|voisiksa|voisitteko|voitko|voitsa|voiksa|viitsisitko|"
                "viitsitko vahan|viela|mulle|minulle|meille|tarkemmin|lisaa|hieman "
                "kerto*|kuva*|ava*|selitta*|tarkenta*|sano*|kuvitel*|muistel*|valotta*",
            ],
            examples=("Voisitko kertoa vähän lisää siitä?",),
        ),
        Row(
            "fi.open.olisi_kiva_kuulla",
            [
                "olisi|olis|ois kiva|mielenkiintoista|hienoa|hyva kuulla|tietaa",
                "haluaisin|haluisin|haluun|haluan kuulla|tietaa|ymmartaa",
                "mua|minua|mua kiinnostaa|kiinnostais|kiinnostaisi",
                "kiinnostaisi|kiinnostais kuulla|tietaa",
                "mietin|pohdin|mietinkin|ihmettelen mita|miten|mika|millainen|millaista|mihin",
            ],
            examples=("Olisi kiva kuulla, miten se sujui.",),
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
                "enta|entas|ja|no sitten",
                "mita|mitas sitten|seuraavaksi",
                "esimerkiksi",
                "kuten",
                "kuten mita|mika|esimerkiksi",
                "miten|mitenka niin",
                "milla tavalla|tavoin|lailla",
                "miten|mitenka muuten",
                "miten|mitenka se|sitten",
                "mita tarkoitat",
                "mita sitten tapahtui",
                "ja mita sitten",
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
                "mita|mitas kaikkea|viela muuta",
                "mita viela",
                "entas|enta muuta",
                "onko|onks viela|muuta jotain|muuta|muita",
                "jotain muuta",
                "kuka|keta|kenelta|kenen muu|muuta|muulta|muun",
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
                "pitas*",
                "pitaisi*",
                "tulisi*",
                "parempi|parempaa|jarkevaa|jarkevampaa|fiksua|fiksumpaa|viisasta|viisaampaa",
            ],
            examples=("Luuletko, että tiimin pitäisi tietää?",),
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
        )
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
