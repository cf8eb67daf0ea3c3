"""One word per idea: content, UI catalogs and handouts use the glossary's terms, and the variants
that once drifted in (four Finnish names for GROW's W stage, "reflektointi" next to "heijastus",
"Työkirja" next to "tehtävälomake", "harjoitushuone" next to "live-huone", "way forward" next to
"Will"...) do not come back."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from coachkit.content.glossary import glossary, term, variants
from coachkit.i18n import Translator
from coachkit.resources import exercises_dir, locales_dir

ROOT = exercises_dir()
FILES = sorted(p for p in ROOT.rglob("*.toml") if p.parent.name not in ("schema", "glossary"))


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


@pytest.mark.parametrize(
    ("known", "lang"),
    [
        ("Tahto (seuraava askel)", "fi"),
        ("Päätös ja seuraava askel", "fi"),
        ("tavoite, nykytilanne, vaihtoehdot ja toimenpiteet", "fi"),
        ("Harjoittele reflektointia ja yhteenvetoja.", "fi"),
        ("Reflektoi vähintään yhtä usein kuin kysyt.", "fi"),
        ("Reflektoimalla näytät kuunnelleesi.", "fi"),
        ("Osallistujan työkirja", "fi"),
        ("Liity harjoitushuoneeseen", "fi"),
        ("Sisäpiiri harjoittelee.", "fi"),
        ("Pidätä neuvot.", "fi"),
        ("Missä tilanteessa pidätit neuvon?", "fi"),
        ("Hän pidättää oman neuvonsa.", "fi"),
        ("Neuvojen pidättäminen", "fi"),
        ("Viivalaskenta", "fi"),
        ("Will (way forward)", "en"),
        ("GROW: will and way forward", "en"),
    ],
)
def test_a_known_variant_is_caught(known, lang):
    assert variants(known, lang), known


def test_the_terms_themselves_are_no_variants():
    for t in glossary().terms:
        for lang in ("fi", "en"):
            assert not variants(t.get(lang), lang), t.id
            assert not variants(t.note.get(lang), lang), t.id


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_content_uses_no_variant(path):
    where = str(path.relative_to(ROOT))
    with path.open("rb") as f:
        data = tomllib.load(f)
    found = [
        (field, hit)
        for lang in ("fi", "en")
        for field, text in texts(data, lang)
        for hit in variants(text, lang, where)
    ]
    assert not found, found


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_ui_catalog_uses_no_variant(lang):
    found = []
    for message in catalog(lang):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            found += [(message.id, hit) for hit in variants(text or "", lang)]
    assert not found, found


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_ui_catalog_translates_each_term_as_the_glossary_does(lang):
    entries = {m.id: m.string for m in catalog(lang) if m.id}
    for t in glossary().terms:
        for msgid in t.msgids:
            assert msgid in entries, (t.id, msgid)
            assert entries[msgid].casefold() == t.get(lang).casefold(), (t.id, entries[msgid])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_handouts_name_the_grow_stages_by_the_glossary(lang):
    from coachkit.handouts.visuals import stage_names

    names = stage_names(Translator(lang))
    for stage in ("goal", "reality", "options", "will"):
        assert names[stage] == term(f"stage-{stage}", lang)


def test_grow_method_names_its_steps_by_the_glossary():
    with (ROOT / "method" / "grow.toml").open("rb") as f:
        steps = tomllib.load(f)["steps"]
    stages = ("goal", "reality", "options", "will")
    for step, stage in zip(steps, stages, strict=True):
        for lang in ("fi", "en"):
            assert step["name"][lang] == term(f"stage-{stage}", lang)


def test_glossary_file_is_where_the_loader_does_not_look():
    assert Path(ROOT / "glossary" / "terms.toml").is_file()
