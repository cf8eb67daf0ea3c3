"""Finnish GROW-stage, time-focus and coach-centred wording tables (folded words)."""

from __future__ import annotations

from coachkit.analysis.phrases import PhraseTable

GROW = PhraseTable(
    [
        (
            "fi.grow.will",
            [
                "aio*|aiot*|aikoisit|aikomus",
                "askel*",
                "ensimmai*|ekana|ekaks",
                "sitoutu*|sitoudu*|sitoumus",
                "tuki|tukea|tuen|tukena|tukee|tueksi",
                "tarvitset|tarvitsisit|tarviit|tarttisit|tarvisit|tarvitsetko|tarvitsisitko",
                "esta*|este|esteet|esteita|esteena",
                "mihin mennessa",
                "milloin|koska sa|sina|te|aloitat|teet|aiot|ajattelit|otat|kerrot|paatat",
                "paatat*|paataisit|paattaa|paattamaan|paatokseen|paatosta",
                "toteutta*|toteutu*",
                "seuraavaksi|seuraava",
                "valmis|valmiiksi|valmiina",
                "varmistat|varmistaa",
            ],
            "will",
        ),
        (
            "fi.grow.will_time",
            ["huomenna|huomisesta|maanantaina|perjantaina|tanaan|illalla", "talla|ensi viikolla"],
            "will/1",
        ),
        (
            "fi.grow.goal",
            [
                "halua*|haluu*|haluis*|halus*|haluat*",
                "toivo*|toive*",
                "tavoit*",
                "saavutta*",
                "onnistu*",
                "tunnistaisit|tunnistat|huomaisit|tietaisit",
                "nayttais|nayttaisi|nayttaisivat",
                "unelma*|ihanne*|ihanteelli*|ideaali*|visio*",
                "houkutte*|kiinnosta*|innosta*|motivoi*|vetaa",
                "tarkea|tarkeaa|tarkeinta|tarkeeta|tarkee|tarkeimpana",
                "merkitse*|merkitys",
                "tahdo*|tahtois*|tahdot",
                "pyrit|pyrkisit|pyrkimys",
                "ansaits*",
            ],
            "goal",
        ),
        (
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
            ],
            "options",
        ),
        (
            "fi.grow.options_weak",
            ["voisit|voisitte|vois|voisitko|voisiks|voisitsa", "muuta|muuten"],
            "options/1",
        ),
        (
            "fi.grow.reality",
            [
                "tapahtui|tapahtuu|tapahtunut|tapahtu",
                "kokeillut|kokeillu|kokeilit|tehnyt|tehny|teit",
                "tuntui|tuntuu|tuntunut|tunsit|tuntuiko",
                "nyt|tallahetkella|tilanne*|tilanteessa",
                "talla hetkella",
            ],
            "reality",
        ),
    ]
)

NO_GROW = PhraseTable(
    [
        (
            "fi.grow.none",
            [
                "ymmarsinko|ymmarsinks|ymmarsinkohan",
                "menikohan|menikö|menik|menikse oikein",
                "onko|onks nain|niin",
                "pitaako|pitaaks se paikkansa",
                "pitaako|pitaaks paikkansa",
                "siirrytaanko|siirrytaanks|mennaanko|mennaanks|jatketaanko|jatketaanks|"
                "voidaanko|voidaanks|pidetaanko|pidetaanks|otetaanko|otetaanks|palataanko|"
                "palataanks|aloitetaanko|aloitetaanks|lopetetaanko|lopetetaanks|katsotaanko|"
                "katsotaanks|edetaanko|edetaanks|kaydaanko|kaydaanks",
                "sopiiko|sopiiks",
                "saanko|saisinko|voinko|saanks|voinks kysya",
                "mita kuuluu|kuuluus",
            ],
        ),
    ]
)

PAST = PhraseTable(
    [
        (
            "fi.focus.past",
            [
                "oli|olit|oliko|oliks|olin|olitte|tapahtui|tapahtunut|kokeillut|kokeillu|teit|"
                "sanoit|sanoi|sanottiin|huomasit|tuntui|meni|kavi|ollut|ollu|ennen|silloin",
                "viime|eilen|aiemmin|aikaisemmin|edellinen|edellisella",
            ],
        )
    ]
)

FUTURE = PhraseTable(
    [
        (
            "fi.focus.future",
            [
                "aiot|aiotko|aikoisit|tulevaisuu*|huomenna|ensi|seuraava*|jatkossa|tuleva*|pian|"
                "myohemmin|suunnitel*|aloitat",
                "vuoden|kuukauden|viikon paasta",
            ],
        )
    ]
)

COACHEE_CENTRED_I = PhraseTable(
    [
        (
            "fi.coachee_i",
            [
                "kerro|kuvaile|avaa|selita mulle|minulle",
                "jos ma|mina tiivistan|ymmarsin|ymmarran",
                "ymmarsinko|ymmarsinks",
                "ma|mina kuulen",
                "mua|minua kiinnostaa",
                "mita|mika|miten sa|sina",
            ],
        )
    ]
)
