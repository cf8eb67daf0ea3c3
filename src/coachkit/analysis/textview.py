"""A second reader of the kind and of a question's stage: the plain text as character and word
n-grams, weighed by how rare each n-gram is (TF-IDF), with no rules at all.

The learned model (model.py) reads the rules' verdict and cues beside its n-grams, so it leans on
them; this view reads only the words, as the n-gram baseline of bench/analyzer.py does. The two
err on different sentences: averaged, their probabilities beat the model alone for writers left
out in turn (bench/train.py --loso). The analyser averages them by each head's share in the
weights file (``text_weights``, :meth:`Model.averaged`).

The n-grams are sklearn's ``char_wb`` (2-5 characters of each word padded with spaces) and word
unigrams and bigrams of ``(?u)\\b\\w\\w+\\b`` tokens, both of the lowercased text; training hands
these very functions to scikit-learn's TfidfVectorizer, so what it learned from is what runs here.
Each block is weighed 1 + ln(count) times its idf and scaled to unit length on its own.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import Any, Final

Block = tuple[dict[str, int], "array[float]"]
"""A block's n-grams with their row numbers, and the flat table of rows."""
Kept = tuple[tuple[int, ...], tuple[float, ...], tuple[int, ...]]
"""What :class:`WordRows` keeps of a word: its rows, their sum, and the rows it has more than
once."""
Packed = tuple[dict[str, int], "array[int]", "array[int]", "array[float]"]
"""Words worked out ahead, packed: each word's number k, where its rows start in the flat rows
(k and k + 1), the flat rows, and the sums (``width`` numbers per word, double precision)."""

NUMBERS: Final = "f"
"""The type of the numbers of every weight table (the model's and the views'), as :mod:`array`
spells it: single precision. Half the memory of doubles, and fewer cache misses when a turn's rows
are summed (the tables hold millions of numbers, a turn reads a few hundred rows: p50 and p99
about 8 % faster). Sums are taken in double precision; over every labelled turn (73,953) no
decision changes and no confidence moves by more than 2e-7."""
CHAR_RANGE = (2, 5)
MAX_WORDS = 60
"""The view reads at most this many words, as the model does (no labelled turn has more than 60):
every keystroke costs the same however much is pasted."""
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
WORD_CACHE = 20_000
"""Words a :class:`WordRows` keeps."""


class WordRows:
    """Each word's known n-gram rows, in order, and the sum of those rows, kept per word (a
    word's n-grams are its own), so a keystroke re-reads only the word being typed and a known
    word costs one row, not one per n-gram; at most :data:`WORD_CACHE` words (a pasted novel
    does not grow it for ever). Used by the text view and the model.

    The words of the training data (the weights file's ``words``: each form found in at least
    two training turns) are worked out once, when the weights are unpacked, and held packed
    (:meth:`known`): a turn's first sight then costs only its words the training never had.
    A packed word's rows and sum are the very numbers it would be summed to here.

    Args:
        grams: A word's n-grams.
        index: Each known n-gram's row number in ``table``.
        table: The flat table of rows, ``width`` numbers each.
        distinct: Whether an n-gram found twice in a word counts once (the model's features
            are present or not) rather than twice (the text view counts them).
    """

    def __init__(
        self,
        grams: Callable[[str], list[str]],
        index: dict[str, int],
        table: array[float],
        width: int,
        distinct: bool,
    ):
        self._grams = grams
        self._index = index
        self._table = table
        self._width = width
        self._distinct = distinct
        self._kept: dict[str, Kept] = {}
        self._packed: Packed = ({}, array("i", [0]), array("i"), array("d"))

    def __call__(self, word: str) -> Kept:
        """The word's rows, their sum (``width`` zeros when it has none) and the rows it has
        more than once (none when ``distinct``)."""
        kept = self._kept.get(word)
        if kept is None:
            where, starts, rows_of, sums = self._packed
            k = where.get(word)
            if k is None:
                kept = self._work_out(word)
            else:
                rows = tuple(rows_of[starts[k] : starts[k + 1]])
                width = self._width
                kept = (rows, tuple(sums[k * width : (k + 1) * width]), _repeated(rows))
            if len(self._kept) >= WORD_CACHE:
                self._kept.clear()
            self._kept[word] = kept
        return kept

    def _work_out(self, word: str) -> Kept:
        index, table, width = self._index, self._table, self._width
        rows = tuple(i for g in self._grams(word) if (i := index.get(g)) is not None)
        if self._distinct:
            rows = tuple(dict.fromkeys(rows))
        return (rows, tuple(summed(table, width, rows)), _repeated(rows))

    def known(self, words: Iterable[str] | None = None) -> Packed:
        """Work out ``words`` once and hold them packed (flat tables, not a tuple per word);
        returns what is held (:meth:`packed_as`); without ``words``, only returns it."""
        if words is not None:
            where: dict[str, int] = {}
            starts, rows_of, sums = array("i", [0]), array("i"), array("d")
            for word in dict.fromkeys(words):
                rows, total, _ = self._work_out(word)
                where[word] = len(where)
                rows_of.extend(rows)
                starts.append(len(rows_of))
                sums.extend(total)
            self._packed = (where, starts, rows_of, sums)
        return self._packed

    def packed_as(self, packed: Packed) -> None:
        """Hold words worked out before (what :meth:`known` returned, read back)."""
        where, starts, rows_of, sums = packed
        if len(starts) != len(where) + 1 or len(sums) != len(where) * self._width:
            raise ValueError("packed words do not match their tables")
        self._packed = packed

    def clear(self) -> None:
        """Forget every word met since the start (for measuring first sight); the packed
        words of the training data stay, as a new process has them."""
        self._kept.clear()


def words_to_bytes(packed: Packed) -> tuple[dict[str, int], bytes, bytes, bytes]:
    """Packed words as marshal writes them (raw numbers, this machine's byte order)."""
    where, starts, rows, sums = packed
    return (where, starts.tobytes(), rows.tobytes(), sums.tobytes())


def words_from_bytes(parts: tuple[dict[str, int], bytes, bytes, bytes]) -> Packed:
    """Packed words from :func:`words_to_bytes`."""
    where, starts_raw, rows_raw, sums_raw = parts
    starts, rows, sums = array("i"), array("i"), array("d")
    starts.frombytes(starts_raw)
    rows.frombytes(rows_raw)
    sums.frombytes(sums_raw)
    return (where, starts, rows, sums)


def counted(sources: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]) -> dict[int, list[int]]:
    """The rows found more than once among ``sources`` (each a tuple of rows and the rows it
    has more than once), by how many times: found with set operations, then counted only
    among themselves (most rows are found once)."""
    seen: set[int] = set()
    again: set[int] = set()
    for rows, repeated in sources:
        again.update(repeated)
        if not seen.isdisjoint(rows):
            again.update(seen.intersection(rows))
        seen.update(rows)
    out: dict[int, list[int]] = {}
    if again:
        every = chain.from_iterable(rows for rows, _ in sources)
        for i, n in Counter(filter(again.__contains__, every)).items():
            out.setdefault(n, []).append(i)
    return out


def _repeated(rows: tuple[int, ...]) -> tuple[int, ...]:
    """The rows found more than once in ``rows`` (none, cheaply, in the usual case)."""
    if len(set(rows)) == len(rows):
        return ()
    return tuple(i for i, n in Counter(rows).items() if n > 1)


def summed(table: array[float], width: int, rows: Iterable[int]) -> list[float]:
    """The sum of rows ``rows`` of ``table`` (``width`` numbers each)."""
    parts = [table[i * width : (i + 1) * width] for i in rows]
    return list(map(sum, zip(*parts, strict=True))) if parts else [0.0] * width


def view(text: str) -> str:
    """The part of ``text`` the view reads: its first :data:`MAX_WORDS` words, lowercased."""
    return " ".join(text.lower().split()[:MAX_WORDS])


def _char_grams(words: list[str]) -> list[str]:
    lo, hi = CHAR_RANGE
    out = []
    for word in words:
        w = f" {word} "
        size = len(w)
        for n in range(lo, hi + 1):
            if size <= n:
                out.append(w)
                break
            out += [w[i : i + n] for i in range(size - n + 1)]
    return out


def _word_grams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def char_ngrams(text: str) -> list[str]:
    """Character 2-5-grams of each word of ``text`` padded with spaces ("c: ok", "c:ok "); a
    word no longer than n gives itself once, as scikit-learn's ``char_wb`` does."""
    return ["c:" + g for g in _char_grams(view(text).split())]


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams of ``text`` ("w:miten", "w:miten meni")."""
    return ["w:" + g for g in _word_grams(view(text))]


Seen = list[float]
"""What a view read of one text: the linear score of every class of every head, before bias."""


class TextView:
    """Decisions read from the text alone (the kind, a question's stage: its ``heads``). Each
    block (``c`` characters, ``w`` words) maps its n-grams to rows of one flat table; a row
    holds the n-gram's squared idf and, for every class of every head, idf times the n-gram's
    weight for that class."""

    def __init__(self, spec: dict[str, Any]):
        heads = [
            (h["name"], tuple(h["classes"]), tuple(float(b) for b in h["bias"]))
            for h in spec["heads"]
        ]
        width = sum(len(classes) for _, classes, _ in heads)
        blocks: dict[str, Block] = {key: ({}, array(NUMBERS)) for key in ("c", "w")}
        for name, row in spec["features"].items():
            if len(row) != 1 + width or name[:2] not in ("c:", "w:"):
                raise ValueError(f"text view weights do not match its classes: {name!r}")
            index, table = blocks[name[0]]
            idf = float(row[0])
            index[name[2:]] = len(index)
            table.append(idf * idf)
            table.extend(idf * float(w) for w in row[1:])
        self._build(heads, blocks)

    def _build(
        self, heads: list[tuple[str, tuple[str, ...], tuple[float, ...]]], blocks: dict[str, Block]
    ) -> None:
        self.heads = heads
        self.blocks = blocks
        self.offsets: dict[str, tuple[int, tuple[str, ...], tuple[float, ...]]] = {}
        offset = 0
        for name, classes, bias in heads:
            self.offsets[name] = (offset, classes, bias)
            offset += len(classes)
        self.width = 1 + offset
        index, table = blocks["c"]
        self.word_rows = WordRows(lambda word: _char_grams([word]), index, table, self.width, False)

    def packed(self) -> tuple[Any, ...]:
        """Its parts as marshal writes them (see :meth:`Model.packed`)."""
        blocks = {key: (index, table.tobytes()) for key, (index, table) in self.blocks.items()}
        return (self.heads, blocks, words_to_bytes(self.word_rows.known()))

    @classmethod
    def unpacked(cls, parts: tuple[Any, ...]) -> TextView:
        """A view from :meth:`packed` parts."""
        heads, packed_blocks, words = parts
        blocks: dict[str, Block] = {}
        for key, (index, numbers) in packed_blocks.items():
            table = array(NUMBERS)
            table.frombytes(numbers)
            blocks[key] = (index, table)
        self = cls.__new__(cls)
        self._build([(n, tuple(c), tuple(b)) for n, c, b in heads], blocks)
        self.word_rows.packed_as(words_from_bytes(words))
        return self

    def read(self, text: str) -> Seen:
        """The scores of every class of every head for ``text``, read once for all heads.

        A block's n-gram found ``n`` times weighs 1 + ln(n) times its row. The character block is
        summed word by word (each word's rows summed once, :class:`WordRows`), then an n-gram
        found more than once is set to its weight: its row is added again times the difference.
        """
        width = self.width
        total = [0.0] * (width - 1)
        seen = view(text)
        words = [self.word_rows(word) for word in seen.split()]
        windex, wtable = self.blocks["w"]
        grams = tuple(i for gram in _word_grams(seen) if (i := windex.get(gram)) is not None)
        again = _repeated(grams)
        char_vectors: list[Sequence[float]] = [w[1] for w in words]
        word_vectors: list[Sequence[float]] = [wtable[i * width : (i + 1) * width] for i in grams]
        blocks = (
            (self.blocks["c"][1], [(rows, twice) for rows, _, twice in words], char_vectors),
            (wtable, [(grams, again)], word_vectors),
        )
        for table, found, vectors in blocks:
            if not any(rows for rows, _ in found):
                continue  # no n-gram of this block known: the block adds nothing
            for count, rows in counted(found).items():
                # found `count` times and summed `count` times: 1 + ln(count) times the rows is
                # right, and its square on the squared idf
                tf = 1.0 + math.log(count)
                idf2, *rest = summed(table, width, rows)
                vectors.append(((tf * tf - count) * idf2, *((tf - count) * x for x in rest)))
            length, *sums = map(sum, zip(*vectors, strict=True))
            norm = math.sqrt(length) or 1.0
            for k, part in enumerate(sums):
                total[k] += part / norm
        return total

    def probabilities(self, seen: str | Seen, head: str = "kind") -> dict[str, float]:
        """Each class's probability under ``head`` for a text (or what :meth:`read` read of
        it): the softmax of the linear scores. Empty when the view has no such head."""
        if head not in self.offsets:
            return {}
        offset, classes, bias = self.offsets[head]
        if isinstance(seen, str):
            seen = self.read(seen)
        scores = [b + s for b, s in zip(bias, seen[offset : offset + len(classes)], strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(classes, exp, strict=True)}
