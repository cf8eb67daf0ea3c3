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
                "saanko|saisinko|voinko|voisinko|saako|saisko|saiskohan kysya|kertoa|ehdottaa|"
                "sanoa|tarjota|jakaa|lisata|kommentoida|antaa|tarkentaa|heittaa|nostaa",
                "saanko|saisinko|voinko|voisinko",
                "haluatko|haluaisitko|haluutko|haluisitko|haluaisitteko etta mina|ma|mina|ma",
                "haluatko|haluaisitko|haluutko|haluisitko kuulla",
                "haluatko|haluaisitko|haluutko|haluisitko|haluatsa|haluutsa etta|et ma|mina",
                "auttaisko|auttaisiko|auttais|auttaisiko|olisko|olisiko|oisko siita|apua|hyotya",
                "sopisko|sopisiko|kaviskö|kavisko|kaisko sulle|sinulle",
                "onks|onko ok|okei",
            ],
            examples=(
                "Saanko kertoa, mitä itse huomasin?",
                "Voisinko ehdottaa yhtä asiaa?",
                "Haluatko kuulla, miten muut ovat tehneet?",
            ),
            counter=("Sä voit kysyä häneltä itse.", "Kysyin tiimiltä viime viikolla."),
        ),
        Row(
            "fi.permission.sopiiko",
            [
                "sopiiko|sopisiko|sopisko|kayko|kaykohan|kavisko|kavisiko",
                "onko|olisiko|olisko|oisko ok|okei|sopivaa|hyva",
                "onko|olisiko|olisko sinulle|sulle|teille ok|okei|sopivaa",
            ],
            examples=(
                "Sopiiko, että katsotaan vaihtoehtoja nyt?",
                "Onko ok, jos kysyn vielä budjetista?",
                "Käykö sulle, että jatketaan tästä?",
            ),
            counter=("Aika sopii minulle hyvin.", "Se oli ok lopulta."),
        ),
        Row(
            "fi.permission.yhdessa",
            [
                "yhdessa",
                "pohditaanko|mietitaanko|katsotaanko|kaydaanko|tutkitaanko|jatketaanko|"
                "siirrytaanko|pysahdytaanko|otetaanko",
            ],
            examples=(
                "Haluatko pohtia tätä yhdessä?",
                "Katsotaanko, mitä vaihtoehtoja sulla on?",
                "Pysähdytäänkö tähän hetkeksi?",
            ),
            counter=("Me pohdimme sitä eilen.", "He katsoivat sen jo."),
        ),
    ]
)

AFFIRM = PhraseTable(
    [
        Row(
            "fi.affirm.arvostan",
            [
                "arvostan|ihailen|kunnioitan",
                "uskon sinuun|suhun|teihin",
                "olen|oon|mina|ma ylpea|vaikuttunut",
                "luotan sinuun|suhun",
            ],
            examples=(
                "Arvostan sitä, miten suoraan puhut tästä.",
                "Uskon suhun.",
                "Oon vaikuttunut siitä, miten paljon olet jo miettinyt tätä.",
            ),
            counter=("Mä arvioin sen uudestaan.", "Uskon, että sun kannattaa soittaa."),
        ),
        Row(
            "fi.affirm.vahvuus",
            [
                "siihen|tuohon|tahan|se|tuo|tama vaati|vaatii|vaadittiin|tarvittiin rohkeutta",
                "rohkeutta",
                "hyvin tehty|toimittu|hoidettu|sanottu|oivallettu|mietitty",
                "hieno|upea|hyva|rohkea|viisas|fiksu|taitava oivallus|ajatus|havainto|idea|teko|"
                "ratkaisu|veto|askel|kysymys|tyo",
                "olet|oot selvasti|todella|tosi|aina taitava|rohkea|sitoutunut|"
                "huolellinen|reilu|sinnikas|periksiantamaton|osaava",
                "valitat aidosti|selvasti|todella|tosi",
                "sinnikkyytesi|rehellisyytesi|rohkeutesi|sitoutumisesi|huolellisuutesi|"
                "sinnikkyys|rehellisyys",
                "ylpea|ylpee susta|sinusta",
                "hienosti|upeasti|taitavasti|mahtavasti|tosi hyvin|erinomaisesti",
                "hoidit|hoitanut|hoitanu|teit|tehnyt|tehny sen|taman|tan|ton hienosti|hyvin|upeasti",
                "arvostettavaa|ihailtavaa|rohkeeta|rohkeaa|hienoa|hienoo|upeeta|upeaa",
                "kertoo paljon sinusta|susta",
                "kunnia sulle|sinulle",
                "ei ole|oo helppoa|helppo|helppoo",
            ],
            examples=(
                "Siihen vaadittiin rohkeutta.",
                "Hieno oivallus!",
                "Sä välität selvästi tiimistäsi.",
            ),
            counter=("Olet kokeillut jo monta asiaa.", "Tiimi välittää aikatauluista."),
        ),
    ]
)

AUTONOMY = PhraseTable(
    [
        Row(
            "fi.autonomy.sina_paatat",
            [
                "sina|sa paatat|valitset|tiedat|tunnet",
                "sina|sa itse paatat|valitset|tiedat",
                "paatat|valitset itse",
                "sinun|sun paatoksesi|valintasi|kasissasi|kasissa",
                "on sinun|sun paatos|valinta|asia",
                "sinusta|susta itsestasi|itsestas kiinni",
                "parhaiten",
                "sinun|sun ei tarvitse|tartte|tarvii",
                "saat itse|vapaasti",
                "mita ikina|miten ikina",
            ],
            examples=(
                "Sinä tiedät tämän parhaiten.",
                "Sinä päätät, mitä tästä otat.",
                "Sun ei tarvitse päättää mitään vielä tänään.",
            ),
            counter=("Kuka päättää budjetista?", "Hän tietää asiasta vähän."),
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
            ["toisaalta", "osa sinusta|susta|sua|sinua", "samaan aikaan", "silti", "vaikka"],
            examples=(
                "Toisaalta haluat olla reilu, toisaalta tämä pitää saada valmiiksi.",
                "Osa susta haluaa jäädä ja osa on jo lähdössä.",
            ),
            counter=("Jäit myöhään töihin.", "Toinen tiimi lähetti sen."),
        ),
        Row(
            "fi.complex.merkitys",
            [
                "tarkea|tarkeaa|tarkeinta sinulle|sulle",
                "sinulle|sulle tarkea|tarkeaa|tarkeinta",
                "pohjimmiltaan",
                "kyse on",
                "kyse",
                "taustalla",
                "syvemmalla",
                "enemman kuin",
                "koska sina|sa",
            ],
            examples=(
                "Pohjimmiltaan kyse on siitä, että haluat tulla luotetuksi.",
                "Sulle tärkeintä taitaa olla, että kukaan ei jää ulkopuolelle.",
            ),
            counter=("Raportti myöhästyi.", "Eli soitit hänelle."),
        ),
    ]
)
