"""One definition of a closed question, the labelling guide's: answered with yes or no, one fact, a
number or a pick from a short list, carrying no answer of the coach's own. Wherever the kit says
what a closed question is answered with (glossary, guides, method and skill pages, tips, the
observer sheet), it says all of it, in both languages; "closed means yes/no" does not come back."""

from __future__ import annotations

import re
import tomllib

import pytest
from babel.messages.pofile import read_po

from coachkit.content.glossary import glossary
from coachkit.handouts.observer import tally_labels
from coachkit.i18n import Translator
from coachkit.resources import exercises_dir, locales_dir

FILES = sorted(p for p in exercises_dir().rglob("*.toml") if p.parent.name != "schema")

CLOSED = {"fi": r"suljet", "en": r"\bclosed\b"}
YES_NO = {"fi": r"\bkyllä\b", "en": r"\byes\b"}
PARTS = {
    "fi": {"fact": r"\btie(to|dolla)\b", "number": r"\blu(ku|vulla)\b", "pick": r"vaihtoehdo"},
    "en": {"fact": r"\bfact\b", "number": r"\bnumber\b", "pick": r"\b(pick|choice)\b"},
}
RISING = {"fi": r"nouse", "en": r"\brising\b"}
"""A reflection said with a rising voice is closed and often gets a yes or no: no definition."""


def texts(value, lang: str, path: str = ""):
    """Every text in ``lang`` inside a TOML value, with its path."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == lang and isinstance(inner, str):
                yield f"{path}.{key}", inner
            else:
                yield from texts(inner, lang, f"{path}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from texts(inner, lang, f"{path}.{i}")


def catalog(lang: str):
    with (locales_dir() / lang / "LC_MESSAGES" / "coachkit.po").open("rb") as f:
        return read_po(f, locale=lang)


def sentences(text: str):
    yield from (s for s in re.split(r"(?<=[.!?])\s+", text) if s)


def definitions(text: str, lang: str):
    """The sentences of ``text`` that say what a closed question is answered with."""
    for s in sentences(text):
        low = s.lower()
        if (
            re.search(CLOSED[lang], low)
            and re.search(YES_NO[lang], low)
            and not re.search(RISING[lang], low)
        ):
            yield s


def missing(sentence: str, lang: str) -> list[str]:
    return [part for part, rx in PARTS[lang].items() if not re.search(rx, sentence.lower())]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Suljettuun kysymykseen vastataan kyllä tai ei.", "fi"),
        ("Suljettu kysymys saa vastaukseksi kyllä, ei tai yhden tiedon.", "fi"),
        ("A closed question is one you answer with yes or no.", "en"),
        ("A closed question gets a short answer: yes, no or one fact.", "en"),
    ],
)
def test_a_yes_no_only_definition_is_caught(sentence, lang):
    found = list(definitions(sentence, lang))
    assert found and missing(found[0], lang)


def test_the_glossary_defines_closed_as_the_labelling_guide_does():
    closed = glossary().term("closed-question")
    for lang in ("fi", "en"):
        assert not missing(closed.note.get(lang), lang), closed.note.get(lang)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_definition_in_the_content_says_all_of_it(lang):
    seen, wrong = 0, []
    for path in FILES:
        for where, text in texts(tomllib.loads(path.read_text(encoding="utf-8")), lang):
            for s in definitions(text, lang):
                seen += 1
                if missing(s, lang):
                    wrong.append(f"{path.name}{where}: {s}")
    assert seen >= 2  # the guide for subordinates and the OARS page define it
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_definition_in_the_ui_catalog_says_all_of_it(lang):
    wrong = [
        s
        for message in catalog(lang)
        if message.id and isinstance(message.string, str)
        for s in definitions(message.string, lang)
        if missing(s, lang)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_observer_sheets_hint_for_closed_says_all_of_it(lang):
    hint = tally_labels(Translator(lang))["closed"][1]
    assert not missing(hint, lang), hint
