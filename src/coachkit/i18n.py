"""Languages, gettext catalogs and CLDR formatting (Babel).

UI strings go through gettext (domain ``coachkit``, catalogs in ``locales/<lang>/LC_MESSAGES``); content
text does not (it carries both languages itself). A compiled ``.mo`` is used when it is up to date
(the wheel ships them); otherwise the ``.po`` is compiled once and cached, so a source checkout needs
no build step.

The language is chosen as: explicit choice > saved setting > system locale > Finnish.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gettext as _gettext
import hashlib
import io
import locale as _locale
import os
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _format_date
from babel.dates import format_time as _format_time
from babel.numbers import format_decimal, format_percent

from coachkit.resources import cache_dir, locales_dir

DOMAIN = "coachkit"
LANGUAGES = ("fi", "en")
DEFAULT = "fi"
LANGUAGE_NAMES = {"fi": "Suomi", "en": "English"}
"""Each language's name in its own language, for a language switcher."""

_CLDR = {"fi": "fi_FI", "en": "en_GB"}


def _from_tag(tag: str | None) -> str | None:
    """Map a locale tag to a supported language: fi_FI.UTF-8 -> fi, en-US -> en, sv -> None."""
    if not tag:
        return None
    tag = tag.split(".")[0].split("@")[0].replace("-", "_")
    if tag in ("C", "POSIX"):
        return None
    try:
        lang = Locale.parse(tag).language
    except (ValueError, UnknownLocaleError):
        return None
    return lang if lang in LANGUAGES else None


def system_language() -> str | None:
    """The supported language of the system locale, if any (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            for part in value.split(":"):
                lang = _from_tag(part)
                if lang:
                    return lang
            if var != "LANGUAGE":
                return None
    try:
        return _from_tag(_locale.getlocale()[0])
    except ValueError:
        return None


def negotiate(explicit: str | None = None, saved: str | None = None) -> str:
    """Pick the language: explicit choice > saved setting > system locale > Finnish."""
    for candidate in (explicit, saved):
        lang = _from_tag(candidate)
        if lang:
            return lang
    return system_language() or DEFAULT


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The gettext catalog for ``lang``: the .mo if it is at least as new as the .po (the wheel
    ships them), else the .po compiled once and kept in the cache folder by its content, so that a
    source checkout needs no build step and pays for compiling only after a catalog changes."""
    folder = locales_dir() / lang / "LC_MESSAGES"
    mo = folder / f"{DOMAIN}.mo"
    po = folder / f"{DOMAIN}.po"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as f:
            return _gettext.GNUTranslations(f)
    if po.is_file():
        return _gettext.GNUTranslations(io.BytesIO(_compiled(po, lang)))
    return _gettext.NullTranslations()


def _compiled(po: Path, lang: str) -> bytes:
    """``po`` compiled to .mo bytes, from the cache when this exact .po was compiled before."""
    source = po.read_bytes()
    key = hashlib.sha256(source).hexdigest()[:20]
    cached = _catalog_cache() / f"{lang}-{key}.mo"
    with contextlib.suppress(OSError):
        return cached.read_bytes()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    buf = io.BytesIO()
    write_mo(buf, read_po(io.BytesIO(source), locale=lang))
    data = buf.getvalue()
    with contextlib.suppress(OSError):  # a read-only cache only means compiling again next time
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".tmp{os.getpid()}")
        partial.write_bytes(data)
        os.replace(partial, cached)
    return data


def _catalog_cache() -> Path:
    """The ``catalogs`` folder of the cache (derived data only)."""
    return cache_dir() / "catalogs"


class Translator:
    """Bound gettext functions for one language: ``t = Translator("fi"); t("Settings")``."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else DEFAULT
        self._t = translations(self.lang)

    def __call__(self, message: str, **params: object) -> str:
        text = self._t.gettext(message)
        return text.format(**params) if params else text

    def ngettext(self, singular: str, plural: str, n: int, **params: object) -> str:
        text = self._t.ngettext(singular, plural, n)
        return text.format(n=n, **params)

    def pgettext(self, context: str, message: str) -> str:
        return self._t.pgettext(context, message)


def cldr(lang: str) -> str:
    """The CLDR locale used for formatting in ``lang``."""
    return _CLDR.get(lang, _CLDR[DEFAULT])


def format_date(
    value: _dt.date | _dt.datetime, lang: str, style: str = "medium", *, time: bool = False
) -> str:
    """A date as the language writes it, never ambiguous between locales: "3 Dec 2026" in English,
    "3.12.2026" in Finnish (CLDR medium; style "long" gives "3 December 2026" and
    "3. joulukuuta 2026"). With ``time`` (``value`` a datetime), the hours and minutes are joined
    by the language's CLDR pattern: "3 Dec 2026, 14:05", "3.12.2026 14.05".

    The one way the app, the exports and the handouts write a date: CLDR "short" is not used,
    since its English form 03/12/2026 reads as March 12 to an American.
    """
    day = _format_date(value, style, locale=cldr(lang))
    if not time:
        return day
    if not isinstance(value, _dt.datetime):
        raise TypeError(f"format_date(time=True) needs a datetime, got {value!r}")
    joined = Locale.parse(cldr(lang)).datetime_formats.get(style, "{1} {0}")
    return str(joined).format(format_time(value, lang), day)


def format_time(value: _dt.time | _dt.datetime, lang: str) -> str:
    """Hours and minutes: 9.30 in Finnish, 09:30 in English."""
    return _format_time(value, "HH:mm" if lang == "en" else "H.mm", locale=cldr(lang))


def format_number(value: float, lang: str, digits: int = 1) -> str:
    """A decimal number: 1 234,5 in Finnish, 1,234.5 in English."""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=cldr(lang))


def format_share(value: float, lang: str) -> str:
    """A share 0..1 as a percent: "85 %" (no-break space) in Finnish, "85%" in English."""
    return format_percent(value, locale=cldr(lang))
