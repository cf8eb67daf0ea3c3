"""Finnish rules: word lists and named patterns for the question analyser.

Words are folded before matching (lower case, ä -> a, ö -> o), so "mitä" is written "mita" and
"etkö" "etko" here; text typed without Finnish letters matches the same rules. A trailing "*"
is a prefix, a leading "*" a suffix. Spoken forms (sä, mä, sun, oot, -ks, -tsä) sit next to the
written ones.
"""

from __future__ import annotations

import re

from coachkit.analysis.fi_flags import (  # noqa: F401 - part of this language's rule set
    AFFIRM,
    ASK_PERMISSION,
    AUTONOMY,
    COMPLEX,
    FEELING,
    SCALE,
)
from coachkit.analysis.fi_grow import (  # noqa: F401 - part of this language's rule set
    ACTION_VERBS,
    COACHEE_CENTRED_I,
    FUTURE,
    GROW,
    NO_GROW,
    PAST,
)
from coachkit.analysis.fi_phrases import (  # noqa: F401 - part of this language's rule set
    AGREEMENT,
    BACK_REFERENCE,
    CHECK_TAGS,
    CLOSED_FORMS,
    CONDITION_THEN,
    CONDITIONS,
    CURIOUS,
    DROPPED_AUX,
    EXPECT,
    FOLLOW_UP,
    IDEA_STEMS,
    LEADING,
    NEGATIONS,
    OPEN_REQUEST,
    OWN_PAST,
    OWN_STORY,
    OWN_SUFFIXES,
    PARENTHETICAL,
    PROCESS,
    RELATIVES,
    SAY_STEMS,
    SCENE_OPENERS,
    SCENE_VERBS,
    SUGGEST,
    SUGGEST_VERBS,
    SUMMING,
    TAGS,
    TEMPORAL,
    WH_NOUNS,
    WHAT_ELSE,
    WISHES,
    WORKED,
)
from coachkit.analysis.fi_statements import (  # noqa: F401 - part of this language's rule set
    ADVICE,
    CLEFTS,
    COMMAND_FRAMES,
    IMPERATIVES,
    LEAVE_TO_THEM,
    NOT_IMPERATIVE_KAA,
    OFFERS,
    OTHER,
    REFLECT_STRONG,
    REFLECT_WEAK,
)
from coachkit.analysis.phrases import PhraseTable, Row, wordset
from coachkit.analysis.rules import Head

LANG = "fi"

FILLERS = wordset(
    "no noh niin nii ja mutta mut enta entas okei ok okey joo jaa aha ahaa hmm mm siis eli joten "
    "elikka sit sitten kuule tota tuota viela jo nyt noni vaan vai tai ihan ja-a oikeestaan "
    "oikeastaan ylipaataan niinku niinkun kato juu jep ai aijaa jaahas noniin oo ooh oh ah aa "
    "hm mmm ahaa okei oho vau wau"
)
# Fillers of spoken Finnish that carry nothing wherever they stand ("mitä sä niinku haluut").
FILLERS_ANYWHERE = wordset("niinku niinkun ikaanku")

# "mikset" and "miksette" are "miksi" + "et": why-questions that are also leading.
WHY_WORDS = wordset("miksi miks miksei mikset miksette mikseivat")

# Interrogatives that ask for an answer in the coachee's own words (clitics -s, -han stripped).
OPEN_WH = wordset(
    "mita mika mitka miten mitenka mihin mista milla milta mille minne minkalainen "
    "minkalaista minkalaisia minkalaiset minkalaisen millainen millaista millaisia millaiset "
    "millaisen millaisessa millaisella millaiseen millaisiin millaisilla millaisissa "
    "millanen millasta millasia millaset millasen minkalanen minkalasta minkalasia "
    "minka mimmonen mimmosta mimmosia mimmoset mimmosen"
)
# Every case of millainen / minkälainen, written or spoken: millaisena, minkälaisiksi, millasta.
OPEN_WH_STEMS = ("millai", "millas", "millane", "minkalai", "minkalas", "minkalane")
# Interrogatives that ask for one fact: who, when, which of two, how many.
CLOSED_WH = wordset(
    "kuka ketka keita kenen kenelle kenelta kenet keneen kenesta kenella kehen kelle kelta "
    "kenel keilta keille keiden keihin keilla milloin millon montako paljonko monelta moneltako "
    "kumpi kumman kummalle kummasta "
    "kummassa kumpaa kummat kummalla kummaksi kumpaan missa "
    # "Kauanko se kesti?": how long, one fact
    "kauanko kauanks"
)
DEGREE = wordset(
    "monta moni monella monta paljon usein kauan kaua pitkaan pitka pian nopeasti vanha iso suuri "
    "tarkea tarkeaa varma valmis sitoutunut todennakoista todennakoisesti tyytyvainen hyvin "
    "huono vaikea vaikeaa helppo helppoa motivoitunut luottavainen kiireellinen kiire "
    "aikaisin myohaan kaukana lahella"
)
DEGREE_SUFFIXES = ("sti", "nen", "nut", "nyt", "unut", "tunut")
EXPLORING = ("vois", "ehka")
# "Kuka muu", "Milloin muulloin": another one than the obvious; not "muutto", "muutos".
ELSE_WORDS = wordset(
    "muu muut muuta muita muiden muulla muualla muualta muuhun muulloin muuten muulle muille "
    "muilta muilla muihin muista muun muuksi muussa muusta muuna muutakin"
)
# Who + a conditional ("Keneltä tarvitsisit tukea?", "Kuka voisi auttaa?") imagines, like
# English "who could": it asks the coachee to think, not to name a fact.
PERSON_WH = wordset(
    "kuka ketka keita kenen kenelle kenelta kenet keneen kenesta kenella kehen kelle kelta kenel "
    "keilta keille keiden keihin keilla"
)
CONDITIONAL_ENDINGS = ("isit", "isitte", "isi", "isivat", "isin", "isimme")
OPEN_PLACES = ("tilante", "kohdi", "kohtaa", "asioi", "muual", "vaihe")

WHAT_IF = wordset("enta entas entapa entaas")
NEG_HEADS = wordset(
    "etko eiko etteko eivatko eiks etks eks etka etsa eiksa eikos etkos etkohan eikohan "
    "ettekste eiksu etsa"
)
_YES_NO = re.compile(r"^[^\W\d_]{2,}(ko|kos|kohan|koha)$")
_YES_NO_SPOKEN = re.compile(r"^[^\W\d_]{2,}(ks|ksa|tsa|kse)$")
NOT_YES_NO = wordset(
    "jako rako lako tako hako vako ruoko runko sanko hanko loko tiko niko marko jarkko "
    "heikko ukko pikko kiikko kaikko aurinko pelko usko teko nako runko kauko disko fiasko "
    "risko hauko selko palko halko tasko lakko pilko pako lanko"
)
# Nouns ending in -ko/-kö that end compounds too: "epäonnistumisen pelko", "itseusko", "ryhmäkoko".
NOUNS_KO = ("aurinko", "pelko", "usko", "runko", "koko")
NOT_SPOKEN_YES_NO = wordset(
    "miks siks kaks yks lopuks aluks lisaks ensiks tokaks viimeks esimerkiks toiseks ekaks "
    "kolmanneks seuraavaks vihdoinks metsa taksa kaksa uks loks anteeks onneks"
    # spoken translatives (-ksi said -ks): "tueks", "avuks", "harmiks", "iloks"
    " tueks avuks harmiks iloks valmiiks vapaaks omaks yhteiseks paremmaks isommaks pienemmaks"
)
# "Mitä enemmän ..., sitä ...": a comparative after "mitä" makes it "the more", no question.
COMPARATIVE_ENDINGS = ("mman", "mmin", "mpaa", "mpaan", "mpi", "mmat", "mpana")
# A topic put first in speech: "se auditointi, mitä ...", "toi palaveri, miten se meni".
TOPIC_DETERMINERS = wordset("se ne toi tuo tama taa nama noi asteikolla skaalalla")
# Finite forms of "olla" (and the negation verb): a clause with one is no bare topic.
AUX = wordset("on oli ole oo ei en et olen oon olet oot olin olit ollut ollu ovat oli olis ois")
PRONOUNS = wordset("sa sina te se ne ma mina me tama taa toi tuo sun sulla sulle sua han")

TAG_STARTS = NEG_HEADS | {"vai"}
PERSON_ELSE = wordset("kuka ketka keita keta kenelta kenen kenelle kenet joku jonkun kukaan")
# "Voisitko ...?" asks the coachee to act; "Voisko/Voisiko Pekka ...?" puts someone else's act
ASK_VERBS = wordset(
    "voisitko voisiks voisitsa voisiksa voisitteko voisko viitsisitko viitsitko viitsisiks "
    "voisitkohan voisiko voisikohan voiskohan voisivatko voisko"
)
# Polite requests to talk; "kerrotko ..." after a yes/no question asks for a promise.
CONDITIONAL_REQUESTS = ASK_VERBS | wordset("voitko voitsa voiksa haluaisitko haluisitko")
TALK_VERBS = (
    "kerto",
    "kuva",
    "kuvail",
    "ava",
    "selitta",
    "tarkenta",
    "sano",
    "kuvitel",
    "muistel",
    "valotta",
    "summa",
    "tiivista",
    "pohti",
    "mietti",
)
ASK_FILLERS = wordset("vahan viela mulle minulle meille tarkemmin lisaa hieman")
# "Voisitko antaa esimerkin?", "Voisitko jakaa ajatuksesi?": giving or sharing what is told is
# talk; "Voisitko antaa ne Minnalle?" hands work over, a proposal.
GIVE_VERBS = ("anta", "jaka")
TOLD = (
    "esimerk",
    "kuva",
    "palaute",
    "ajatuks",
    "ajatukse",
    "nakemyks",
    "nakemykse",
    "kokemuks",
    "kokemukse",
    "mielipite",
    "tarkenny",
    "yleiskuva",
    "taustaa",
)

# "Tiedätkö, kuka ...?" holds its second clause inside it: one question, not two.
EMBEDDING = wordset(
    "tiedatko tiedatsa tiiatko tiiatsa muistatko muistatsa luuletko luuletsa uskotko arvaatko "
    # whether someone else knows it: "Tietääkö tiimi, miten tiukka aikataulu on?"
    "tietaako tietaaks tietaakse tietavatko tietavaks tiiaaks tiiaako muistaako muistaaks "
    # an opinion asked, then what it is about: "Mitä sä ajattelet, miks ne jää syksyyn?"
    "ajattelet ajattelette luulet luulette arvelet arvelette veikkaat tuumit tuumaat "
    "voisitko voisitsa kertoisitko kerrotko kerrotsa kerrotteko kertoisitsa kuvailisitko "
    # asking someone else: "Kysyisitkö häneltä, miten hän haluaa?"
    "kysyisitko kysyisitsa kysytko kysytsa "
    "kuvailetko miettinyt miettiny pohtinut pohtinu ajatellut paattanyt paattany "
    "ajatellu huomaatko huomaatsa huomaaksa naetko naatko naatsa ymmarratko kasitatko "
    "ideoita ideaa ajatuksia keinoja kasitysta aavistusta "
    # a reason the clause names: "Onko jokin syy, miksi et mennyt?"
    "syy syyta syita "
    # what the date or the plan is: "Onko sulla jo päivämäärä mielessä, milloin kerrot?"
    "paivamaara paivamaaraa aikataulu aikataulua suunnitelma suunnitelmaa "
    # who it is, asked after "anyone": "Onks siellä ketään, kuka vois ...?"
    "ketaan kukaan "
    # after a negation ("Etkö huomaa, kuinka paljon ...?", "Etsä muista, mitä ...?")
    "huomaa nae naa nay nakyyko muista tieda tiia ymmarra kasita usko luule "
    # past: "Huomasitko, miten rauhallisesti hoidit sen?"
    "huomasitko huomasitsa huomasiksa huomasitteko naitko naitsa muistitko tiesitko "
    # what is known, clear or worth wondering at: "Onko sulla tiedossa, kuka sen hoitaa?",
    # "Eikö olekin hienoa, kuinka pitkälle olet päässyt?"
    "tiedossa selvaa selva selvilla hienoa mielenkiintoista kiinnostavaa hassua "
    "outoa huolestuttavaa ihmeellista"
)
# What has been agreed, decided, asked or written down holds a question-word clause after it
# ("Onks teillä jo sovittu, kuka tuuraa?", "Kysynkö ensi kerralla, miten meni?"), but a yes/no
# question after it is a second one ("Joko palaveri on sovittu, lähetätkö kutsun itse?").
EMBED_WH = wordset(
    "sovittu sovitte sovittiin sopineet sopinu sopinut paatetty paatitte paatettiin "
    "paattaneet paattany mietitty mietitte selvitetty selvititte tarkistettu katsottu "
    "kysytty kysynko kysynks kysyisinko kysytaanko kysyitko kysyittekko "
    "kirjataanko kirjaanko kirjoitetaanko kirjoitanko ylos muistiin"
)
COORDINATORS = wordset("ja seka enta plus")
ALTERNATIVES = wordset("vai tai")
# "Mitä teet ensin, ja mihin mennessä?": pelkkä aika kysymyksen perässä kuuluu siihen.
TIME_TAG = PhraseTable(
    [
        Row(
            "fi.time_tag",
            [
                "ja milloin|millon|koska",
                "ja mihin mennessa",
                "mihin mennessa",
                "ja milla|mill aikataululla",
                "ja minka|mink ajan sisalla",
                "ja mihin paivaan mennessa",
                "ja missa vaiheessa",
                "ja mihin aikaan",
                "ja mina|mil paivana",
            ],
            examples=(
                "Mitä teet ensimmäiseksi, ja milloin?",
                "Kenelle soitat, ja mihin mennessä?",
                "Miten aiot edetä, ja millä aikataululla?",
            ),
            counter=("Milloin on määräpäivä?", "Mitä teet, ja kuka auttaa?"),
        )
    ]
)
# "Milloin käymme läpi, miten ...", "aiot kertoa minulle, miten ...": the comma clause is the
# object of a verb of telling, asking or looking, not a second question.
EMBED_VERBS = wordset(
    "kertoa kertoo kysya kysyy tietaa nahda huomata miettia pohtia arvioida kuulla kuunnella "
    "seurata katsoa selvittaa sopia muistaa ymmartaa tarkistaa lapi kertoisit kysyisit kerrot "
    "kysyt kerrotte kysytte katsomme mietimme sovimme selvitamme tarkistamme arvioimme "
    "tiedat tiiat tiedatko tiiatko arvioisit arvioit arvioimaan katsomassa kattomassa "
    "katsomaan kattomaan selittaa selittamaan selittaisit selita huomannut huomannu huomasit "
    "paattaa paattamaan miettimaan pohtimaan kuvailla kuvailisit kuvaile nae naet nakisit "
    "katsoisit kattoisit "
    # how they choose or tell apart: "Miten päätät, mitä kerrot ja mitä et?"
    "paatat paatit paatatte valitset valitsit erotat tunnistat "
    # "Miksi et vaan kysy toiselta apteekilta, miten ...?": the one asked named before the comma
    "kysy kysyis kysyisitko kysyiks "
    # what the coach would say or tell: "Haluutko et mä sanon suoraan, miltä se näytti?"
    "sanon sanoisin sanonko kerron kertoisin kerronko "
    # leave to say it: "Saanks mä sanoo, miltä tää mun silmiin näyttää?"
    "sanoa sanoo sanomaan sanoisit sanotko sanoisitko "
    # what comes to mind about it: "Mitä sulle tulee mieleen, miten tätä vois helpottaa?"
    "mieleen mielessa mielessasi "
    # a step of the talk or a way of doing named before it: "Milloin katsotaan yhdessä, miten
    # kokeilu lähti käyntiin?", "Mitä jos avaisit kysymällä, miten hänellä menee?"
    "katsotaan katotaan mietitaan pohditaan selvitetaan kysymalla kysymal kertomalla"
)
# "kysy siltä toiselta tiiminvetäjältä, miten ...": the one asked (ablative) or told (allative)
RECIPIENT_ENDINGS = ("lta", "lle")
# "Voidaanko pysähtyä hetkeksi? Mitä ...?": a request for a moment of the talk is leave
LEAVE_SOFTENERS = wordset(
    "hetki hetkeksi hetkeks hetken vahan hiukan pikkusen taaksepain syvemmalle sivuun takaisin"
)
# "Olisko parempi soittaa vai lähettää viesti?": a comparison between two named things
COMPARISONS = wordset("parempi parempaa jarkevampaa fiksumpaa viisaampaa")
CORRELATIVES = wordset("siita sita siihen siina sen tasta tata tahan sille silla talle silta talta")
# "sen kanssa, millainen ...", "sen suhteen, mitä ...": the correlative and its postposition
CORRELATIVE_AFTER = wordset("kanssa suhteen nahden osalta kohdalla puolesta kannalta")
# "Voisitko esim. kysyä ...": a short form's full stop ends no sentence.
ABBREVIATIONS = wordset("esim ns yms jne tms tri ks vrt ym klo")
# "Onko sulla ollut aikaa puhua Tuomaksen kanssa, entä harjoittelijan?": "entä" asks anew.
NEW_TOPIC = wordset("enta entas entapa")
# "Oliko se reilua, miten hän sen hoiti?": "se" stands for the clause after the comma, which is
# its subject, not a second question.
EXTRAPOSED = wordset("se sita tama tata")
# "Mitä sä haluat siltä, siis mikä tekis siitä arvokkaan?": the same question again in other
# words, not a second one.
REPHRASE = PhraseTable(
    [
        Row(
            "fi.rephrase",
            [
                "siis",
                "eli",
                "tai siis",
                "tarkoitan",
                "toisin sanoen|sanottuna",
                "tai oikeastaan|oikeestaan",
                # a repair in speech: "Mitä sä... eiku, miten sä koit sen?"
                "eiku|eikun",
                "ei kun",
                "tai no",
                "tai ei",  # "Miks sä— tai ei, mitä sä ajattelit silloin?"
                "anteeks|anteeksi",
            ],
            examples=(
                "Mitä sä huomaat, siis mitä sulle tapahtuu silloin?",
                "Miten tiimi on ottanut sen, eli miten ne oikeasti voi?",
                "Mikä auttaisi, tai oikeastaan mikä auttaisi sua eniten?",
                "Milloin se, eiku, mikä muuttui fuusion jälkeen?",
            ),
            counter=("Mitä tapahtui, ja miten reagoit?", "Siitä puhuttiin jo eilen."),
        )
    ]
)
WH_WORDS: frozenset[str] = frozenset()  # relative pronouns look alike: not used in Finnish
EMBED_BEFORE: frozenset[str] = frozenset()
# A wh-word asking which of the ones named: "Mikä näistä ...?", "Minkä vaihtoehdon ...?"
PICK_WORDS = wordset("mika mitka minka mihin kumpi kumman kumpaa kummat kummasta kummalla")
PICK_OWN = wordset(
    "naista noista niista vaihtoehdoista ideoista keinoista tavoista poluista suunnitelmista"
)
PICK_NEXT = wordset(
    "naista noista niista naita noita niita naiden noiden niiden naihin noihin niihin "
    "vaihtoehto vaihtoehdon vaihtoehtoon vaihtoehdoista vaihtoehdolla numero numeron numeroksi "
    "luku luvun arvosana arvosanan kohtaan kohta kohdan paivamaara paivamaaran kellonaika "
    "kellonajan prosentti prosenttia aikaan mennessa paiva paivana"
)
PERMISSION = PhraseTable(
    [
        Row(
            "fi.permission",
            [
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks kysya|kysyy",
                # spoken: "Saanks mä kysyy, mitä ...?"
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks ma|mina "
                "kysya|kysyy",
                # "Voinko vielä lopuksi kysyä, mitä ...?": a word or two between
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks viela|lopuksi|"
                "myos|nyt kysya|kysyy",
                "saanko|saisinko|voinko|voisinko|saanks|saisinks|voinks|voisinks viela lopuksi|"
                "kerran kysya|kysyy",
                # "Sopiiko, jos kysyn, mitä ...?", "Onks ok, jos kysyn: miten ...?"
                "sopiiko|sopiiks|kayko|kayks jos|etta|et kysyn|kysyisin",
                "sopiiko|sopiiks|kayko|kayks jos|etta|et ma|mina kysyn|kysyisin",
                "onko|onks ok|okei|okej jos|etta|et kysyn|kysyisin",
                "onko|onks ok|okei|okej jos|etta|et ma|mina kysyn|kysyisin",
                # thinking together about the question: "Voidaanko miettiä yhdessä, millä ...?"
                "voidaanko|voidaanks|voitaisiinko|voitaisko|voitasko miettia|pohtia|kayda|katsoa",
                "haluatko|haluutko|haluaisitko|haluisitko|haluutsa|haluatsa etta|et mietitaan|"
                "pohditaan|kaydaan|katsotaan",
                # "Mietitäänkö yhdessä, mitä ...?": thinking together about it (decision 12)
                "mietitaanko|mietitaanks|pohditaanko|pohditaanks|katsotaanko|katotaanko|"
                "katotaanks|ideoidaanko|ideoidaanks|kaydaanko|kaydaanks|kartoitetaanko",
                "sopiiko|sopisko|sopisiko|kayko|kaykso|kaviko etta|et mietitaan|mietittais|"
                "mietittaisiin|pohditaan|pohdittais|pohdittaisiin|ideoidaan|ideoitais",
            ],
            examples=(
                "Saanko kysyä, miten muutto meni?",
                "Voinko vielä lopuksi kysyä, mitä otat tästä mukaasi?",
                "Sopiiko, jos kysyn, mitä itse ajattelit?",
                "Voidaanko miettiä yhdessä, millä eri tavoilla sen voisi tehdä?",
                "Mietitäänkö yhdessä, mitä voisit tehdä?",
            ),
            counter=("Haluatko, että mä kerron, mitä muualla tehtiin?",),
        )
    ]
)
PERMISSION_FILLERS = wordset(
    "sinulta sulta teilta vahan viela yhta yhden yhen tarkemmin yhdessa yhessa lapi jutun asian "
    "hetki hetken lopuksi lopuks aluksi alkuun"
)
# Between a request to talk and the clause it asks about: "Kerro vähän tarkemmin, miksi ...".
# Finnish questions keep the statement's word order ("..., ja mitä sä teit?"): none.
STATEMENT_ORDER: frozenset[str] = frozenset()
REQUEST_ABOUT = wordset("vahan lisaa viela tarkemmin hieman hiukan mulle minulle meille")
# Finnish relative pronouns look like interrogatives, so only these start a second question
# after a bare comma.
COMMA_HEADS = wordset("miten milta miksi miks kuinka milloin millainen millaista kuka ketka")

FIRST_PERSON = wordset(
    "ma mina mie mun minun mulle minulle mua minua mulla minulla multa minulta musta minusta "
    "mulle mullakin mahan minahan"
)
SECOND_PERSON = wordset(
    "sa sina sun sinun sulle sinulle sua sinua susta sinusta sulla sinulla sulta sinulta "
    "suhun sinuun te teidan teille teita teilla teilta sahan sinahan sullahan sunhan suahan "
    "sinullahan itsellesi itseasi itsellasi itsesi sust sul sult sullekin sakin sinakin "
    "oot olet koet haluat tunnet tiedat teet voit"
)
WE = wordset(
    "me meilla meidan meille meita otetaan mennaan"
    # "let's": "Aloitetaan siitä, mikä ...", "Katsotaan ensin, mitä ..."
    # "Ehdotan, että käydään ensin läpi ...", "..., et jätetään tää tähän": the talk itself
    " kaytetaan pysahdytaan jatetaan lahetaan"
    " aloitetaan katsotaan katotaan puhutaan mietitaan lahdetaan jatketaan palataan siirrytaan"
    " keskitytaan kaydaan"
)

# "Asteikolla 1-10 kuinka sitoutunut oot": a scale put first, unpunctuated, before the question.
SCALE_WORDS = wordset("asteikolla skaalalla asteikko")
# "Sanoit kuusi – miksei pienempi?": the scaling follow-up, no proposal.
SCALE_MOVES = wordset("matalampi korkeampi pienempi isompi suurempi alempi ylempi")
# The ends of a scale, as its definition names them ("..., missä kymppi on täysin valmis, ...").
SCALE_POINTS = wordset(
    "nolla 0 yksi yks ykkonen 1 viisi 5 kymmenen kymppi 10 nollassa nollan kympin"
)

# Words between a check of understanding and what it checks ("Did I get it right, what ...").
CHECK_SKIP = wordset("sa ma mina sina nyt oikein")

WHY = PhraseTable(
    [
        Row("fi.why.miksi", sorted(WHY_WORDS), examples=("Miksi palaute jäi antamatta?",)),
        Row(
            "fi.why.minka_takia",
            [
                "minka takia|takii|vuoksi|vuoks|tahden",
                "mista syysta",
            ],
            examples=("Minkä vuoksi aikataulu venyi?",),
        ),
    ]
)


def _strip_clitic(word: str) -> str:
    for clitic in ("kohan", "han", "kaan", "pa", "s", "ka"):
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            base = word[: -len(clitic)]
            if base in OPEN_WH or base in CLOSED_WH or base in WHY_WORDS:
                return base
    return word


# Pronouns that take the clitics -kin, -kaan, -han, -pa: "mäkin", "sähän", "mullakaan".
_CLITIC_HOSTS = FIRST_PERSON | SECOND_PERSON | WE | PRONOUNS | wordset("he heilla heille")
_HOST_CLITICS = ("kaan", "kin", "han", "pa")
_KI_HOSTS = wordset("ma mina sa sina")  # spoken -ki: "mäki", "säki" (not "teki", a verb)
# Spoken interrogatives that lose a letter to their clitic: "mites" (miten + -s).
_SPOKEN_WH = {"mites": "miten", "kuinkas": "kuinka", "kuinkahan": "kuinka"}


def plain_word(word: str) -> str:
    """A word without the clitics that do not change what a question asks.

    -han/-hän and -s soften a question ("Kertoisitkohan", "Onkos", "Mitäs", "Mites"), -kin and
    -kaan add "too"/"either" to a pronoun ("Mäkin", "sullakaan"): the plain form is what the
    rule tables are written for.
    """
    if word in _SPOKEN_WH:
        return _SPOKEN_WH[word]
    for clitic, keep in (("kohan", 2), ("kos", 2), ("kopa", 2)):
        if word.endswith(clitic):
            base = word[: len(word) - len(clitic) + keep]
            if len(base) > 3 and yes_no_word(base):
                return base
    for clitic in _HOST_CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)] in _CLITIC_HOSTS:
            return word[: -len(clitic)]
    if word.endswith("ki") and word[:-2] in _KI_HOSTS:
        return word[:-2]
    return _strip_clitic(word)


def respell(words: tuple[str, ...]) -> list[str | None] | None:
    """The words read as written Finnish (see `plain_word`), spoken fillers dropped; None when
    nothing changes."""
    out: list[str | None] = [None if w in FILLERS_ANYWHERE else plain_word(w) for w in words]
    return None if all(a == b for a, b in zip(out, words, strict=True)) else out


def yes_no_word(word: str, nxt: str = "", asks: bool = True) -> bool:
    """Whether `word` carries the question clitic -ko/-kö or its spoken form -ks/-tsä."""
    if word in NOT_YES_NO or word.endswith(
        ("kko", "kkos", "kkohan", "kytkaks", "kytyks", *NOUNS_KO)
    ):
        return False
    if _YES_NO.match(word):
        return True
    return bool(_YES_NO_SPOKEN.match(word)) and word not in NOT_SPOKEN_YES_NO


INDEFINITE = wordset("vaan vain tahansa")
"""After a question word, these make it indefinite ("kumpi vaan", "mitä tahansa": whichever,
whatever): no question, unless the sentence ends in "?"."""


def head(words: tuple[str, ...], i: int, asks: bool) -> Head | None:
    """What kind of question, if any, starts at `words[i]`.

    Args:
        words: The folded words of a sentence.
        i: The index of the first word of a clause after fillers.
        asks: Whether the sentence ends in a question mark.

    Returns:
        ``(type, length, rule)`` where type is one of "why", "open", "pick", "closed", "yn", "neg",
        "lead", or None when no question starts here.
    """
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    why = WHY.at(words, i)
    if why:
        return "why", why[1], why[0].rule
    if w in NEG_HEADS:
        return "neg", 1, "fi.lead.negative_question"
    if w == "jos" and i and words[i - 1] in WHAT_IF:
        # "Entä jos raha ei ois este?": a condition to imagine, answered in one's own words
        # (a proposal, "Entä jos delegoisit?", is caught by the leading table); a question
        # unpunctuated too, as "mitä jos" is ("entä jos jakaisit sen tasan")
        return "open", 1, "fi.open.enta_jos"
    base = _strip_clitic(w)
    if not asks and nxt in INDEFINITE:
        return None  # "Kumpi vaan, sä päätät.", "Mitä tahansa päätät, ...": whichever, whatever
    if base == "mita" and nxt.endswith(COMPARATIVE_ENDINGS) and "sita" in words[i + 2 :]:
        return None  # "Mitä enemmän yrität, sitä vähemmän jää": "the more ..., the less ..."
    if base in {"missa", "jossa"} and i and nxt in SCALE_POINTS:
        return None  # "Asteikolla 0-10, missä kymppi on täysin valmis, kuinka ...": the scale
    if base == "kuinka" or base == "kuink":
        if nxt in DEGREE or nxt.endswith(DEGREE_SUFFIXES):
            return "closed", 2, "fi.closed.kuinka_paljon"
        return "open", 1, "fi.open.kysymyssana"
    if base == "mina" and nxt in {"paivana", "vuonna", "paiva"}:
        return "closed", 2, "fi.closed.kysymyssana"
    if _own_pick(base, words, i):
        # "Mikä näistä tuntuu parhaalta?": a choice among the coachee's own options, none named
        return "pick", 2, "fi.open.valinta_omista"
    if base in {"mihin", "mika", "minka", "mista", "mita", "mitka"} and nxt in PICK_NEXT:
        return "closed", 2, "fi.closed.valinta"
    if base == "koska" and not asks:
        return None
    if base in CLOSED_WH or base == "koska":
        ahead = words[i + 1 : i + 3]
        if base == "missa" and any(a.startswith(OPEN_PLACES) for a in ahead):
            return "open", 1, "fi.open.kysymyssana"
        if any(a.startswith(EXPLORING) or a in ELSE_WORDS for a in ahead) or (
            base in PERSON_WH and any(_conditional(a) for a in words[i + 1 : i + 4])
        ):
            return "open", 1, "fi.open.kuka_voisi"
        return "closed", 1, "fi.closed.kysymyssana"
    if base in OPEN_WH or base.startswith(OPEN_WH_STEMS):
        return "open", 1, "fi.open.kysymyssana"
    if w in ASK_VERBS or (nxt in {"sa", "sina", "te"} and w + "ko" in ASK_VERBS):
        # "voisit sä kysyy ...": the clitic left out, the verb before its subject
        j = i + 1
        while j < len(words) and (words[j] in ASK_FILLERS or words[j] in {"sa", "sina", "te"}):
            j += 1
        verb = words[j] if j < len(words) else ""
        told = any(w.startswith(TOLD) for w in words[j + 1 : j + 4])
        if verb.startswith(TALK_VERBS) or (verb.startswith(GIVE_VERBS) and told):
            return "open", j - i + 1, "fi.open.voisitko_kertoa"
        if verb:
            return "lead", j - i + 1, "fi.lead.voisitko_tehda"
    if yes_no_word(w, nxt, asks):
        return "yn", 1, "fi.closed.kysymysliite"
    if (
        nxt in {"sa", "sina", "te"}
        and _second_person_verb(w)
        and "tahansa" not in words[i + 2 : i + 5]  # "Päätit sä mitä tahansa, ...": whatever
    ):
        # "oot sä jo kertonu sille", "voisit sä kysyy": the verb before its subject asks, as
        # the clitic would, in speech
        return "yn", 1, "fi.closed.kaanteinen"
    return None


# Words ending like a second-person verb that are no verb ("mut sä ...": "but you ...").
_NOT_VERBS = wordset("mut jot kut et ett nyt sit siit tost taht")


def _second_person_verb(w: str) -> bool:
    """Whether `w` looks like a second-person verb form ("oot", "voit", "haluut", "voisit",
    "ootte"), which spoken Finnish puts before its subject to ask."""
    return len(w) >= 3 and w.endswith(("t", "tte")) and w not in _NOT_VERBS


def _own_pick(base: str, words: tuple[str, ...], i: int) -> bool:
    """ "Mikä näistä ...?", "Kumman noista ...?": a pick among options said before, with no
    alternatives named in the question itself ("..., A vai B?" stays a closed pick)."""
    if base not in PICK_WORDS or not (i + 1 < len(words) and words[i + 1] in PICK_OWN):
        return False
    return not any(w in ALTERNATIVES for w in words[i + 2 :])


def _conditional(word: str) -> bool:
    """A conditional verb form, written or spoken: "tarvitsisit", "tarviisit", "pitäis"."""
    return len(word) > 5 and (
        word.endswith(CONDITIONAL_ENDINGS) or (word.endswith("is") and word not in FILLERS)
    )


HEDGES = wordset("ehka ehkapa kenties vaikka esimerkiks esimerkiksi vaihtoehtoisesti")
# "Mikä vois auttaa? Vaikkapa se, että ...?", "Esimerkiksi pyöräilemällä työmatkat?"
EXAMPLE_WORDS = wordset("vaikka vaikkapa esimerkiksi esimerkiks esim ehka ehkapa kenties")
IDEA_MODALS = wordset("voisko voisiko voisks voiskohan voisikohan voisivatko")


def idea_verb(words: tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` offers an idea the way the question before it did: a conditional
    verb, or "että" and one ("..., tai jakaisit sen kahteen osaan?", "..., tai että ottaisit
    lisää väkeä?")."""
    if words[i] in {"etta", "et"}:
        return any(_conditional(w) for w in words[i + 1 : i + 4])
    return _conditional(words[i])


def hedged_idea(words: tuple[str, ...], i: int) -> bool:
    """Whether `words[i]`, after "vaikka" or "ehkä" in a clause after a question, offers the
    coach's idea as its answer: a conditional, an infinitive ("..., vaikka soittaa sille?") or
    the means ("..., ehkä perumalla perjantain palaverin?")."""
    w = words[i]
    if w.endswith(("malla", "mallaan")) and len(w) > 6:
        return True
    # a bare infinitive only after "what could you do" ("Mitä sä voisit tehdä, vaikka soittaa
    # sille?"): a noun ends the same way ("..., vaikka vastarintaa tulisi?")
    could = any(x in _YOU_COULD or x in IDEA_MODALS for x in words[:i])
    infinitive = w.endswith(_INFINITIVE_ENDINGS) and len(w) > 4 and w not in _NOT_INFINITIVES
    return idea_verb(words, i) or (could and infinitive) or imperative(words, i) is not None


# words ending like an infinitive that are none: "olla" asks nothing of them, the rest are
# pronouns and adverbs ("vaikka silla", "ehka sinä")
_NOT_INFINITIVES = wordset("olla siina silla sina mina meilla teilla heilla talla tassa nyt")


_LEAVE_STEMS = ("n", "tais", "ttais")  # "saan-ko", "voidaan-ks", "leikitään-kö", "voitais-ko"


# "Haluatko, että pysähdytään hetkeksi ...?": whether they want us to act on the talk together
_WANT_US = wordset("haluatko haluutko haluisitko haluaisitko haluuksa haluutsa haluatsa")


def leave_lead(words: tuple[str, ...], i: int) -> int:
    """How many words at `words[i]` ask to act on the coach's side or together before a colon
    or a dash: a yes/no verb in the first person or the passive ("Saanks mä heittää yhden
    ajatuksen: ...", "Uskallanko kysyä: ...", "Leikitäänkö vähän: ..."); 0 when none. "Onko
    ...: ...?" asks about something else and is no leave."""
    w = words[i]
    if (
        w in _WANT_US
        and words[i + 1 : i + 2] in (("etta",), ("et",))
        and words[i + 2 : i + 3]
        and words[i + 2].endswith("aan")  # "..., että pysähdytään", "et katotaan"
    ):
        return 3
    for clitic in ("kohan", "kos", "ko", "ksa", "ks"):
        if w.endswith(clitic):
            stem = w[: -len(clitic)]
            if len(stem) >= 3 and stem.endswith(_LEAVE_STEMS) and yes_no_word(w):
                return 1
    return 0


def imperative(words: tuple[str, ...], i: int) -> str | None:
    """The rule name when `words[i]` starts a command to the coachee, else None."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in {"sano", "kerro", "huikkaa", "ilmoita", "ilmota"} and (
        nxt in {"jos", "mikali"}
        or (nxt in {"heti", "vaan", "ihmeessa", "toki"} and words[i + 2 : i + 3] == ("jos",))
    ):
        return None  # "Sano, jos mennään liian pitkälle": leave to steer, no command
    if w in {"kerro", "kerropa"}:
        # "Kerro Minnalle, että ...", "kerro siitä ensin vuorovastaaville": tell someone else,
        # a command; "Kerro mulle, miten ..." asks them to talk (the recipient is looked for
        # before any clause that the telling holds)
        for x in words[i + 1 : i + 8]:
            if x in OPEN_WH or x in _TOLD:
                break
            if len(x) > 4 and x.endswith("lle") and x not in _TO_US:
                return "fi.advice.kaskymuoto"
        return None
    if w in {"jatka", "avaa", "mieti", "pohdi"} and (nxt == "" or nxt in OPEN_WH or nxt in FILLERS):
        return None
    if w in {"kay", "vie"} and nxt in _ME_US:
        return None  # "Käy mun kanssa läpi, miten ...", "Vie mut siihen hetkeen": to talk
    if nxt in _SUBJECT_FOLLOWERS:
        return None  # "Tuo oli hyvä ajatus.": "tuo" is the subject here, not "bring"
    stem = w[:-2] if w.endswith("pa") and w[:-2] in IMPERATIVES else w
    if stem in IMPERATIVES:
        return "fi.advice.kaskymuoto"
    verb = w[:-2] if w.endswith("pa") else w  # "Harjoittelepa"
    if (
        len(verb) > 5
        and verb.endswith(("ele", "oi"))
        and verb not in NOT_IMPERATIVE_KAA
        and verb not in _TALK_COMMANDS
        and all(x in FILLERS for x in words[:i])
    ):
        # a command whose verb is in no list, at the start of the sentence, by its form:
        # "Harjoittele se ensin", "Neuvottele pidempi maksuaika", "Delegoi ne Mikaelalle"
        return "fi.advice.kaskymuoto_muoto"
    if w.endswith("kaa") and len(w) > 5 and w not in NOT_IMPERATIVE_KAA:
        return "fi.advice.kaskymuoto"
    return None


_FIRST = wordset("ma mina mie itse ite")
# A verb right after the word makes the word its subject: "Tuo oli ...", "Tuo kuulostaa ...".
_SUBJECT_FOLLOWERS = wordset(
    "on oli ois olis olisi kuulostaa kuulosti tuntuu tuntui nayttaa naytti vaikuttaa vaikutti"
    # a verb of the third person: "Tuo vaati rohkeutta.", "Tuo kertoo paljon sinusta."
    " vaati vaatii vaatisi kertoo kertoi osoittaa osoitti toimi toimii auttoi auttaa teki tekee"
    " meni menee jai jaa"
)
_TO_US = wordset("mulle minulle meille sulle sinulle teille itselle itsellesi")
_TOLD = wordset("etta et jos kun kuinka miksi kuka")  # with OPEN_WH: a clause the telling holds
# Commands of the form that ask the coachee to picture or recall: requests to talk.
_TALK_COMMANDS = wordset("kuvittele muistele visualisoi")
_ME_US = wordset("mun minun meidan mut minut meidat")
# Adverbs of time end in -isin like a first-person conditional: "iltaisin", "arkisin".
TIME_ADVERBS_ISIN = wordset(
    "iltaisin aamuisin oisin paivisin viikonloppuisin kesaisin talvisin syksyisin kevaisin "
    "arkisin pyhaisin iltapaivisin aamupaivisin maanantaisin tiistaisin keskiviikkoisin "
    "torstaisin perjantaisin lauantaisin sunnuntaisin viikoittaisin"
)
_NOT_ADVICE_COND = wordset("voisin haluaisin haluisin olisin oisin toivoisin kysyisin kuulisin")


_YOU = wordset("sa sina te")
_INFINITIVE_ENDINGS = ("a", "oo", "yy", "ee", "uu", "ii")  # spoken: "sanoo", "kysyy", "lukee"
_MIRRORING = wordset("eli elikka siis joten")  # "Eli voisit kerätä ...": their option summed up
_YOU_COULD = wordset("voisit voisitte vois voisitsa")
_YOU_COULD_ADVERBS = wordset("vaikka myos ehka vaan aina esimerkiksi kans kanssa hyvin ihan")


def conditional_advice(words: tuple[str, ...], i: int) -> str | None:
    """ "Mä ottaisin ...", "Itse en hakis": the coach's own choice offered as the answer; "(Jos
    ..., niin) sä voisit tarjota kokeilukuukautta": an option of the coach's put to them as a
    statement (a mirror of their own option says so: "Sä voisit siis ...", "..., niinku sanoit")."""
    k = i + 1 if words[i] in _YOU else i
    if k < len(words) and words[k] in _YOU_COULD and not (i > 0 and words[i - 1] in _MIRRORING):
        for w in words[k + 1 : k + 4]:
            if w not in _YOU_COULD_ADVERBS:
                # an infinitive ("tarjota", "kysyä", spoken "sanoo", "kysyy"), not "olla" nor
                # "siis" (a mirror)
                if (
                    w.endswith(_INFINITIVE_ENDINGS)
                    and len(w) > 3
                    and w not in ("olla", "siina", "silla")
                ):
                    return "fi.advice.sa_voisit"
                return None
        return None
    j = i
    if words[j] in _FIRST:
        j += 1
    window = words[j : j + 3]
    for k, w in enumerate(window):
        if w in _NOT_ADVICE_COND:
            return None
        if w.endswith("isin") and len(w) > 5 and w not in TIME_ADVERBS_ISIN:
            return "fi.advice.mina_tekisin"
        if j > i and w.endswith("is") and len(w) > 4 and (k == 0 or window[k - 1] == "en"):
            return "fi.advice.mina_tekisin"
        if k > 0 and window[k - 1] == "en" and w.endswith("isi") and len(w) > 5:
            return "fi.advice.mina_tekisin"
        if w not in {"en", "vaan", "viela", "itse", "kylla", "varmaan", "ehka", "ainakin", "kyl"}:
            break
    return None


_PROPOSING_STEMS = ("vois", "ois", "olis", "kannatta", "pitais")


def modal_negative(words: tuple[str, ...], i: int) -> bool:
    """Whether the negative question at `words[i]` proposes an action ("Etkö voisi ...?",
    "Eikö olisi parempi ...?"): a conditional or a "should" within the next three words."""
    return any(
        a.startswith(_PROPOSING_STEMS) or a.endswith(("isi", "is")) for a in words[i + 1 : i + 4]
    )


# "Wait, who decided that?": the talk stopped for a question, no advice before it.
INTERRUPTIONS = PhraseTable(
    [
        Row(
            "fi.interruption",
            [
                "odota|oota|odotas|ootas|odottakaa",
                "odota|oota|odotas|ootas vahan|hetki|hetkinen|nyt",
                "hetkinen|hetkonen",
                "pieni hetki",
            ],
            examples=(
                "Odota, kuka sen päätti?",
                "Hetkinen, mitä tarkoitit sillä?",
                "Oota vähän, milloin tää tapahtu?",
            ),
            counter=("Odotatko vielä vastausta?",),
        )
    ]
)

# "What's stopping you? I suspect it's time.": the coach's guess at the answer, after the question.
GUESSES = PhraseTable(
    [
        Row(
            "fi.lead.guessed_answer",
            [
                "arvelisin|veikkaan|veikkaisin|luulen|luulisin|epailen|arvaan|arvaisin|aavistan",
                "ma|mina|mun arvelisin|veikkaan|veikkaisin|luulen|luulisin|epailen|arvaan|arvaisin",
                "mun|minun veikkaus|arvaus|aavistus|veikkaukseni|arvaukseni|aavistukseni on",
            ],
            examples=(
                "Mikä sua estää? Mä veikkaan, että aika.",
                "Mitä ne kaipaa? Luulen, että selkeyttä.",
            ),
            counter=("Mä haluaisin kuulla lisää.", "Ehkä lopetetaan tähän."),
        )
    ]
)
