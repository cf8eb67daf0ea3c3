"""Tell Finnish from English with word lists and Finnish letters; no model, no data files."""

from __future__ import annotations

import re

from coachkit.analysis.phrases import wordset
from coachkit.analysis.tokens import fold

_WORD = re.compile(r"[^\W\d_]+")
FI_WORDS = wordset(
    "ja se etta mita mika miten miksi miks kun ei oo sa ma sun mun niin jos vai kuin olet onko "
    "onks tai siis eli nyt viela jo kerro sinulle sinun sulle sua sinua tassa siita taa tama "
    "voisit voisitko oletko ootko mulla sulla minka kuka milloin paljonko montako kumpi "
    "millainen millaista mihin mista missa mutta kanssa hyva kiitos moi hei tosi aika ihan "
    "olisi olis ois sita siihen myos vain vaan kaikki muuta haluat haluaisit tarvitset "
    "eiko etko kylla joo okei sina mina te he ne me meilla teidan heidan tiimi tiimin "
    "esihenkilo palaveri palaverissa pitaa pitais kannattaa kannattais mitas entas enta"
)
EN_WORDS = wordset(
    "the you to and is what how why when where who which a of in that it do does did your "
    "are i for with this be have has would could can will should so about me my we they "
    "think feel want like just not don't it's you're what's there their them if or but was "
    "were been tell more some any right thanks hi hello great sounds seem let's get make "
    "time team meeting really an at by from as up out dont youre whats lets im ive yeah yep yes "
    "sure okay alright"
)
_FI_SUFFIXES = ("ssa", "sta", "lla", "lta", "lle", "ksi", "nen", "isi", "ko", "ks", "kin", "han")


def detect(text: str) -> str:
    """Return "fi" or "en" for `text`; Finnish when there is no evidence either way.

    Args:
        text: Any string; only its first 2,000 characters are read.

    Returns:
        "fi" or "en".
    """
    sample = text[:2000]
    lowered = sample.lower()
    fi = 2.0 * sum(lowered.count(c) for c in "äö")
    en = 0.0
    for word in _WORD.findall(fold(sample).replace("'", "")):
        if word in FI_WORDS:
            fi += 1.0
        elif word in EN_WORDS or word.replace("'", "") in EN_WORDS:
            en += 1.0
        elif len(word) > 4 and word.endswith(_FI_SUFFIXES):
            fi += 0.5
        elif len(word) > 3 and word.endswith(("ing", "ed", "ly", "tion")):
            en += 0.5
    return "en" if en > fi else "fi"
