"""Phrase tables: named word patterns matched against folded tokens.

A pattern is written as words separated by spaces. A word may list alternatives with "|", end
with "*" to match any word that starts with it (at least two letters), or start with "*" to match
any longer word that ends with it (not allowed as a pattern's first word), as in
``"have you considered|tried|thought*"``. Patterns are indexed by their first word, so matching
a whole table at one position costs a dict lookup and a few comparisons.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coachkit.analysis.tokens import fold


def wordset(text: str) -> frozenset[str]:
    """The words of `text` (separated by white space) as a frozenset."""
    return frozenset(text.split())


KEPT_WORDS = 2_000
"""Words a table keeps the patterns that may start at (only words that start some pattern)."""


@dataclass(frozen=True, slots=True)
class Spec:
    """One word of a pattern: exact alternatives and prefix alternatives."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...] = ()

    def matches(self, word: str) -> bool:
        """Whether `word` fits this position of the pattern."""
        if word in self.exact or word.startswith(self.prefixes):
            return True
        return bool(self.suffixes) and any(
            word.endswith(s) and len(word) > len(s) + 1 for s in self.suffixes
        )


def _spec(word: str) -> Spec:
    exact, prefixes, suffixes = set(), [], []
    for alt in fold(word).split("|"):
        if alt.startswith("*"):
            suffixes.append(alt[1:])
        elif alt.endswith("*"):
            if len(alt) < 3:
                raise ValueError(f"prefix too short to index: {word!r}")
            prefixes.append(alt[:-1])
        else:
            exact.add(alt)
    return Spec(frozenset(exact), tuple(prefixes), tuple(suffixes))


MODIFIERS = frozenset(
    {
        "time",
        "now",
        "order",
        "tried",
        "success",
        "opinion",
        "check",
        "hypothesis",
        "wish",
        "number",
        "attention",
        "idiom",
    }
)
"""How a row's weight depends on the question around it (see grow.py and classify.py):

- time: a date or a deadline; counts for will only in a proposal or with an action verb;
- now: "right now"; in a proposal it asks to act at once (will), else it tells the present;
- order: "first", "next"; counts only with an action verb and not in a proposal;
- tried: "have you already tried"; in a proposal the trying is the proposal itself (no weight);
- success: a success named in the past tense is looked back on (reality, not goal);
- opinion: a leading form that asks the coachee to share an opinion, not to act on a proposal;
- check: a check of understanding ("did I get that right") that has no stage of its own;
- attention: a call for attention that asks nothing ("You know what, ...", "Tiedätkö mitä, ..."):
  a clause or a sentence of it alone is no question;
- idiom: a set phrase that holds a cue word of its table and means something else ("Let me pull
  this together: ..." is no collaboration): matched only so that a scan passes over its words,
  never a cue itself;
- number: a scale that asks for a number ("out of ten", "asteikolla"): a wh-question that names
  one is closed (decision 2);
- wish: "I'd ...": the coach's advice, unless a word of `WISHES` follows ("I'd like to sum up",
  "I'd love to hear ...", "I'd be curious ..."), which speaks of the coach's own wish or view;
- hypothesis: "what if ...", "mitä jos ...": the coach's idea, unless the clause negates
  something ("What if nothing stood in the way?", "Entä jos raha ei ois este?"), which opens a
  scene to think in, not a proposal.
"""


@dataclass(frozen=True, slots=True)
class Row:
    """One named rule of a phrase table: its patterns, what it means, and its own examples.

    Attributes:
        rule: The rule's name, shown in a cue ("fi.lead.mita_jos"). Only a label: no behaviour
            depends on how it is spelled.
        patterns: Word patterns (see the module's docstring).
        stage: The GROW stage the rule points at ("goal", "reality", "options", "will" or
            "none" for talk about the conversation itself), or None.
        weight: How much the rule adds to its stage.
        modifier: One of `MODIFIERS`, or None.
        examples: Utterances written for this rule that the patterns must match.
        counter: Near misses the patterns must not match.
    """

    rule: str
    patterns: Sequence[str]
    stage: str | None = None
    weight: float = 0.0
    modifier: str | None = None
    examples: Sequence[str] = ()
    counter: Sequence[str] = ()
    # The tables are written with lists; each is kept as a tuple (the row stays hashable).

    def __post_init__(self) -> None:
        if self.modifier is not None and self.modifier not in MODIFIERS:
            raise ValueError(f"{self.rule}: unknown modifier {self.modifier!r}")
        object.__setattr__(self, "patterns", tuple(self.patterns))
        object.__setattr__(self, "examples", tuple(self.examples))
        object.__setattr__(self, "counter", tuple(self.counter))


@dataclass(frozen=True, slots=True)
class Pattern:
    """A pattern: the row it belongs to, its text and its word specs."""

    row: Row
    text: str
    specs: tuple[Spec, ...]

    @property
    def rule(self) -> str:
        """The name of the rule this pattern belongs to."""
        return self.row.rule


class PhraseTable:
    """A table of named patterns.

    Args:
        rows: `Row` objects, or ``(rule_name, patterns)`` pairs for rows that carry nothing else.
    """

    def __init__(self, rows: Iterable[Row | tuple[str, Sequence[str]]]):
        self.rows = tuple(r if isinstance(r, Row) else Row(r[0], tuple(r[1])) for r in rows)
        self._by_word: dict[str, list[Pattern]] = {}
        self._by_prefix: dict[str, list[tuple[str, Pattern]]] = {}
        self._starting: dict[str, tuple[Pattern, ...]] = {}
        for row in self.rows:
            for text in row.patterns:
                specs = tuple(_spec(w) for w in text.split())
                if specs[0].suffixes:
                    raise ValueError(f"a pattern cannot start with a suffix: {text!r}")
                pattern = Pattern(row, text, specs)
                for word in specs[0].exact:
                    self._by_word.setdefault(word, []).append(pattern)
                for prefix in specs[0].prefixes:
                    self._by_prefix.setdefault(prefix[:2], []).append((prefix, pattern))

    def rule_names(self) -> tuple[str, ...]:
        """The names of the rules in this table, in order."""
        return tuple(dict.fromkeys(row.rule for row in self.rows))

    def at(
        self, words: tuple[str, ...], i: int, idioms: bool = False
    ) -> tuple[Pattern, int] | None:
        """The longest pattern that matches starting at `words[i]`, with its length. A match of
        an idiom row (modifier "idiom") is no cue: it is returned only when `idioms` is set, so
        that a scan can pass over its words."""
        if i >= len(words):
            return None
        word = words[i]
        starting = self._starting.get(word)
        if starting is None:
            if word not in self._by_word and word[:2] not in self._by_prefix:
                return None  # most words start no pattern: checked without building a list
            starting = self._patterns_from(word)
        left = len(words) - i
        for pattern in starting:  # the longest first: the first that matches is the longest
            specs = pattern.specs
            n = len(specs)
            if n > left:
                continue
            for k in range(1, n):
                if not specs[k].matches(words[i + k]):
                    break
            else:
                if not idioms and pattern.row.modifier == "idiom":
                    return None
                return pattern, n
        return None

    def _patterns_from(self, word: str) -> tuple[Pattern, ...]:
        """The patterns whose first word fits `word`, the longest first (in table order among
        those as long), kept per word (at most :data:`KEPT_WORDS`)."""
        found = list(self._by_word.get(word, ()))
        found += [p for prefix, p in self._by_prefix.get(word[:2], ()) if word.startswith(prefix)]
        found.sort(key=lambda p: -len(p.specs))
        if len(self._starting) >= KEPT_WORDS:
            self._starting.clear()
        kept = self._starting[word] = tuple(found)
        return kept

    def search(
        self, words: tuple[str, ...], lo: int = 0, hi: int | None = None, idioms: bool = False
    ) -> tuple[Pattern, int, int] | None:
        """The first match anywhere in `words[lo:hi]` as ``(pattern, index, length)``."""
        hi = len(words) if hi is None else hi
        by_word, by_prefix = self._by_word, self._by_prefix
        for i in range(lo, min(hi, len(words))):
            word = words[i]
            if word not in by_word and word[:2] not in by_prefix:
                continue  # as `at` would find, without the call: most words start nothing
            found = self.at(words, i, idioms)
            if found and i + found[1] <= hi:
                return found[0], i, found[1]
        return None

    def scan(
        self, words: tuple[str, ...], pass_idioms: bool = False
    ) -> list[tuple[Pattern, int, int]]:
        """Every match in `words` from left to right, each looked for after the one before, as
        ``(pattern, index, length)``. An idiom is no match; with `pass_idioms` its words are
        passed over (no match of the table starts inside it), else the scan goes on at its
        second word."""
        by_word, by_prefix = self._by_word, self._by_prefix
        out = []
        i, n = 0, len(words)
        while i < n:
            word = words[i]
            if word in by_word or word[:2] in by_prefix:
                found = self.at(words, i, idioms=True)
                if found:
                    pattern, length = found
                    if pattern.row.modifier != "idiom":
                        out.append((pattern, i, length))
                        i += length
                        continue
                    if pass_idioms:
                        i += length
                        continue
            i += 1
        return out

    def ends(self, words: tuple[str, ...], lo: int = 0) -> tuple[Pattern, int, int] | None:
        """A match that ends exactly at the end of `words`, as ``(pattern, index, length)``."""
        for i in range(max(lo, len(words) - 5), len(words)):
            found = self.at(words, i)
            if found and i + found[1] == len(words):
                return found[0], i, found[1]
        return None
