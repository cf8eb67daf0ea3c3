"""The kit's glossary: one word per idea in each language (``exercises/glossary/terms.toml``).

Handouts take stage names and other labels from here; tests check that content and UI catalogs use
the same words and that no known variant comes back.

    from coachkit.content.glossary import glossary
    glossary().term("stage-will").get("fi")  # "Seuraava askel"
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from coachkit.content.models import Glossary, Term
from coachkit.resources import exercises_dir

__all__ = ["Glossary", "Term", "glossary", "term", "variants"]


@cache
def glossary() -> Glossary:
    """The built-in glossary (read once)."""
    path = exercises_dir() / "glossary" / "terms.toml"
    with path.open("rb") as f:
        return Glossary.model_validate(tomllib.load(f))


def term(term_id: str, lang: str) -> str:
    """The glossary's word for ``term_id`` in ``lang``."""
    return glossary().term(term_id).get(lang)


def variants(text: str, lang: str, where: str = "") -> list[tuple[str, str]]:
    """Known variants in ``text`` as (term id, the words found). ``where`` is the file the text
    comes from (``kind/name.toml``): a term may be explained there on purpose."""
    found = []
    for t in glossary().terms:
        if where and where in t.explained_in:
            continue
        for pattern in t.avoid_fi if lang == "fi" else t.avoid_en:
            for match in re.finditer(pattern, text, re.IGNORECASE):
                found.append((t.id, match.group(0)))
    return found
