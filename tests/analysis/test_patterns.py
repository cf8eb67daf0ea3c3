"""Every rule of every phrase table is specified by its own examples, kept in the rule's data
(`Row.examples` must match its patterns, `Row.counter` must not). One generic test reads them all."""

from __future__ import annotations

import pytest

from coachkit.analysis import RULES
from coachkit.analysis.phrases import MODIFIERS, PhraseTable
from coachkit.analysis.reading import read

ROWS = [
    (lang, table, row)
    for lang, rules in RULES.items()
    for table, phrases in rules.tables().items()
    for row in phrases.rows
]


def _matches(row, text: str, lang: str) -> bool:
    only = PhraseTable([row])
    return any(only.search(s.words(), idioms=True) for s in read(text, RULES[lang]).sents)


@pytest.mark.parametrize(("lang", "table", "row"), ROWS, ids=[f"{t}:{r.rule}" for _, t, r in ROWS])
def test_rule_matches_its_examples_and_not_its_near_misses(lang, table, row):
    assert row.examples, f"{row.rule} has no example"
    for text in row.examples:
        assert _matches(row, text, lang), f"{row.rule} misses its example {text!r}"
    for text in row.counter:
        assert not _matches(row, text, lang), f"{row.rule} matches its near miss {text!r}"


def test_rule_names_are_unique_per_meaning():
    """A name is only a label: rows that share it share what they mean."""
    seen: dict[tuple[str, str], tuple] = {}
    for lang, _, row in ROWS:
        meaning = (row.stage, row.weight, row.modifier)
        assert seen.setdefault((lang, row.rule), meaning) == meaning, row.rule


def test_stages_and_modifiers_come_from_the_documented_sets():
    for _, _, row in ROWS:
        assert row.stage in (None, "goal", "reality", "options", "will", "none"), row.rule
        assert row.modifier is None or row.modifier in MODIFIERS, row.rule
        assert row.stage is not None or row.weight == 0.0, row.rule
