"""A phrase table finds, at a word, the longest of its patterns that fits (the first in the
table among those as long), and a scan finds matches left to right, each after the one before.
The table keeps per word which patterns may start there; what it keeps changes no match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coachkit.analysis.phrases import Pattern, PhraseTable, Row

TABLE = PhraseTable(
    [
        Row("ask", ["can i ask", "can i", "may i ask|say"]),
        Row("wonder", ["i wonder*", "i wonder what *ever"]),
        Row("idiom", ["can i just say"], modifier="idiom"),
        Row("short", ["can"]),
    ]
)
WORDS = ["can", "i", "ask", "may", "say", "just", "wonder", "wondered", "what", "whatever", "so"]


def _longest(table: PhraseTable, words: tuple[str, ...], i: int) -> tuple[Pattern, int] | None:
    """The plain reading: every pattern of the table tried at `i`, the longest kept."""
    best = None
    for row in table.rows:
        for text in row.patterns:
            pattern = next(p for p in _patterns(table) if p.row is row and p.text == text)
            n = len(pattern.specs)
            fits = i + n <= len(words) and all(
                pattern.specs[k].matches(words[i + k]) for k in range(n)
            )
            if fits and (best is None or n > best[1]):
                best = (pattern, n)
    return best


def _patterns(table: PhraseTable) -> list[Pattern]:
    out = [p for ps in table._by_word.values() for p in ps]
    out += [p for ps in table._by_prefix.values() for _, p in ps]
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_the_match_at_a_word_is_the_longest_pattern_that_fits(words):
    words = tuple(words)
    for i in range(len(words)):
        found = TABLE.at(words, i, idioms=True)
        expected = _longest(TABLE, words, i)
        assert (found and (found[0].text, found[1])) == (
            expected and (expected[0].text, expected[1])
        )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.booleans())
def test_a_scan_finds_what_matching_word_by_word_finds(words, pass_idioms):
    words = tuple(words)
    expected, i = [], 0
    while i < len(words):
        found = TABLE.at(words, i, idioms=True)
        if found and found[0].row.modifier != "idiom":
            expected.append((found[0].text, i, found[1]))
            i += found[1]
        elif found and pass_idioms:
            i += found[1]
        else:
            i += 1
    scanned = [(p.text, i, n) for p, i, n in TABLE.scan(words, pass_idioms)]
    assert scanned == expected


def test_an_idiom_is_no_match_but_a_scan_may_pass_over_its_words():
    words = ("can", "i", "just", "say", "can", "i", "ask")
    assert TABLE.at(words, 0) is None  # the idiom is the longest fit, and no cue
    # without passing over the idiom the scan goes on at its second word ("i just say": none)
    assert [(p.text, i) for p, i, _ in TABLE.scan(words)] == [("can i ask", 4)]
    assert [(p.text, i) for p, i, _ in TABLE.scan(words, pass_idioms=True)] == [("can i ask", 4)]
    words = ("can", "can", "i", "just", "say")
    assert [(p.text, i) for p, i, _ in TABLE.scan(words)] == [("can", 0)]
