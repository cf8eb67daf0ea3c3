"""Language choice, catalogs and CLDR formatting."""

from __future__ import annotations

import ast
import datetime as dt
import re

import pytest
from babel.messages.pofile import read_po

from coachkit import i18n
from coachkit.resources import locales_dir


@pytest.mark.parametrize(
    ("explicit", "saved", "env", "expected"),
    [
        ("en", "fi", "fi_FI.UTF-8", "en"),  # explicit choice wins
        (None, "en", "fi_FI.UTF-8", "en"),  # then the saved setting
        (None, None, "en_US.UTF-8", "en"),  # then the system locale
        (None, None, "fi_FI.UTF-8", "fi"),
        (None, None, "sv_SE.UTF-8", "fi"),  # unsupported system language -> Finnish
        (None, None, "C", "fi"),
        ("de", None, "en_GB", "en"),  # unsupported explicit choice is ignored
        ("fi-FI", None, "en_GB", "fi"),  # tags in either form
    ],
)
def test_language_is_chosen_in_order(monkeypatch, explicit, saved, env, expected):
    monkeypatch.setenv("LANG", env)
    assert i18n.negotiate(explicit, saved) == expected


def test_language_env_list_is_searched(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "sv:en")
    assert i18n.negotiate() == "en"


@pytest.mark.parametrize(
    ("func", "value", "lang", "expected"),
    [
        (i18n.format_date, dt.date(2026, 11, 27), "fi", "27.11.2026"),
        (i18n.format_date, dt.date(2026, 11, 27), "en", "27 Nov 2026"),
        (i18n.format_share, 0.85, "fi", "85\u00a0%"),
        (i18n.format_share, 0.85, "en", "85%"),
        (i18n.format_number, 1234.5, "fi", "1\u00a0234,5"),
        (i18n.format_number, 1234.5, "en", "1,234.5"),
        (i18n.format_time, dt.time(9, 5), "fi", "9.05"),
        (i18n.format_time, dt.time(9, 5), "en", "09:05"),
    ],
)
def test_cldr_formatting(func, value, lang, expected):
    assert func(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "style", "time", "expected"),
    [
        (dt.date(2026, 12, 3), "en", "medium", False, "3 Dec 2026"),
        (dt.date(2026, 12, 3), "fi", "medium", False, "3.12.2026"),
        (dt.datetime(2026, 12, 3, 14, 5), "en", "medium", False, "3 Dec 2026"),
        (dt.datetime(2026, 12, 3, 14, 5), "en", "medium", True, "3 Dec 2026, 14:05"),
        (dt.datetime(2026, 12, 3, 9, 5), "fi", "medium", True, "3.12.2026 9.05"),
        (dt.date(2026, 12, 3), "en", "long", False, "3 December 2026"),
        (dt.date(2026, 12, 3), "fi", "long", False, "3. joulukuuta 2026"),
    ],
)
def test_a_date_reads_the_same_to_every_reader_of_its_language(value, lang, style, time, expected):
    assert i18n.format_date(value, lang, style, time=time) == expected


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_no_date_the_app_writes_is_day_month_ambiguous(lang):
    """3 Dec and 12 Mar must not both come out as digits in the same order as the other's."""
    for day, month in [(3, 12), (12, 3), (1, 2)]:
        text = i18n.format_date(dt.date(2026, month, day), lang)
        if lang == "en":
            assert not any(ch == "/" for ch in text), text
            assert text.startswith(str(day)), text  # day first, month by name
        else:
            assert text == f"{day}.{month}.2026"


def test_a_time_needs_a_datetime():
    with pytest.raises(TypeError, match="needs a datetime"):
        i18n.format_date(dt.date(2026, 12, 3), "en", time=True)


def _catalog(lang):
    with (locales_dir() / lang / "LC_MESSAGES" / "coachkit.po").open("rb") as f:
        return read_po(f, locale=lang)


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_msgid_is_translated_without_fuzzy_entries(lang):
    catalog = _catalog(lang)
    assert len(catalog) > 0
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{lang}: untranslated {message.id!r}"
        assert not message.fuzzy, f"{lang}: fuzzy {message.id!r}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_placeholders_match(lang):
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set().union(*(_placeholders(i) for i in ids))
        for s in strings:
            assert _placeholders(s) <= wanted and _placeholders(ids[0]) <= _placeholders(s) | {
                "n"
            }, f"{lang}: placeholders differ in {message.id!r}: {s!r}"


def test_catalog_matches_template():
    """Every msgid of the template is in both catalogs (run `python3 tasks.py i18n` if not)."""
    with (locales_dir() / "coachkit.pot").open("rb") as f:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}
    for lang in i18n.LANGUAGES:
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in _catalog(lang) if m.id}
        assert template <= ids, f"{lang} lacks {sorted(template - ids)[:5]}"


def test_po_is_compiled_in_memory_when_no_mo(tmp_path, monkeypatch):
    i18n.translations.cache_clear()
    try:
        t = i18n.Translator("fi")
        assert t("{n} items", n=3) == "3 kohdetta"
        assert i18n.Translator("en")("{n} items", n=3) == "3 items"
    finally:
        i18n.translations.cache_clear()


def _marked_strings(path) -> set[str]:
    """String literals passed as first argument to t(...) in one module."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "t"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def test_template_covers_the_code():
    """A t("...") string in the code that is missing from the template means extraction is stale."""
    from coachkit.resources import PACKAGE_DIR

    with (locales_dir() / "coachkit.pot").open("rb") as f:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}
    found = set().union(*(_marked_strings(p) for p in PACKAGE_DIR.rglob("*.py")))
    missing = sorted(found - template)
    assert not missing, f"run `python3 tasks.py i18n`: not extracted: {missing[:5]}"


def _catalog_folder(tmp_path, translation: str):
    """A locales/ folder whose Finnish catalog translates "Settings" as ``translation``."""
    folder = tmp_path / "locales" / "fi" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "coachkit.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "Settings"\nmsgstr "{translation}"\n',
        encoding="utf-8",
    )
    return folder


def test_a_compiled_catalog_is_cached_by_content_and_a_changed_po_is_read_again(
    tmp_path, monkeypatch
):
    folder = _catalog_folder(tmp_path, "Asetukset")
    monkeypatch.setattr(i18n, "locales_dir", lambda: tmp_path / "locales")
    monkeypatch.setenv("COACHKIT_CACHE", str(tmp_path / "cache"))
    i18n.translations.cache_clear()
    try:
        assert i18n.Translator("fi")("Settings") == "Asetukset"
        assert len(list((tmp_path / "cache" / "catalogs").glob("fi-*.mo"))) == 1
        (folder / "coachkit.po").write_text(
            (folder / "coachkit.po").read_text(encoding="utf-8").replace("Asetukset", "Valinnat"),
            encoding="utf-8",
        )
        i18n.translations.cache_clear()
        assert i18n.Translator("fi")("Settings") == "Valinnat"  # not the cached old catalog
    finally:
        i18n.translations.cache_clear()


def test_a_mo_older_than_its_po_is_not_used(tmp_path, monkeypatch):
    import os

    folder = _catalog_folder(tmp_path, "Asetukset")
    monkeypatch.setattr(i18n, "locales_dir", lambda: tmp_path / "locales")
    monkeypatch.setenv("COACHKIT_CACHE", str(tmp_path / "cache"))
    i18n.translations.cache_clear()
    try:
        stale = _catalog_folder(tmp_path / "old", "Vanha")
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with (stale / "coachkit.po").open("rb") as f, (folder / "coachkit.mo").open("wb") as out:
            write_mo(out, read_po(f, locale="fi"))
        past = (folder / "coachkit.po").stat().st_mtime - 60
        os.utime(folder / "coachkit.mo", (past, past))
        assert i18n.Translator("fi")("Settings") == "Asetukset"
        os.utime(folder / "coachkit.mo", (past + 120, past + 120))  # now newer: the .mo wins
        i18n.translations.cache_clear()
        assert i18n.Translator("fi")("Settings") == "Vanha"
    finally:
        i18n.translations.cache_clear()
