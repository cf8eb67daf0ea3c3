"""A second reader of the kind: the plain text as character and word n-grams, weighed by how
rare each n-gram is (TF-IDF), with no rules at all.

The learned model (model.py) reads the rules' verdict and cues beside its n-grams, so it leans on
them; this view reads only the words, as the n-gram baseline of bench/analyzer.py does. The two
err on different sentences: averaged, their kind probabilities beat either alone on every writer
left out in turn (bench/train.py --loso). The analyser averages them with the weight the
weights file gives (``text_weight``).

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
from collections.abc import Sequence
from typing import Any

Block = tuple[dict[str, int], "array[float]"]
"""A block's n-grams, each with the number of its row, and the flat table of rows."""

CHAR_RANGE = (2, 5)
MAX_WORDS = 60
"""The view reads at most this many words (the model reads 120; few turns have more than 60):
every keystroke costs the same however much is pasted."""
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


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


class TextView:
    """The kind as the text alone reads it. Each block (``c`` characters, ``w`` words) maps its
    n-grams to rows of one flat table; a row holds the n-gram's squared idf, then idf times its
    weight for each class."""

    def __init__(self, spec: dict[str, Any]):
        classes = tuple(spec["classes"])
        blocks: dict[str, Block] = {"c": ({}, array("d")), "w": ({}, array("d"))}
        for name, row in spec["features"].items():
            if len(row) != 1 + len(classes) or name[:2] not in ("c:", "w:"):
                raise ValueError(f"text view weights do not match its classes: {name!r}")
            index, table = blocks[name[0]]
            idf = float(row[0])
            index[name[2:]] = len(index)
            table.append(idf * idf)
            table.extend(idf * float(w) for w in row[1:])
        self._build(classes, tuple(float(b) for b in spec["bias"]), blocks)

    def _build(
        self, classes: tuple[str, ...], bias: tuple[float, ...], blocks: dict[str, Block]
    ) -> None:
        self.classes = classes
        self.bias = bias
        self.blocks = blocks
        self.width = 1 + len(classes)

    def packed(self) -> tuple[Any, ...]:
        """Its parts as marshal writes them (see :meth:`Model.packed`)."""
        blocks = {key: (index, table.tobytes()) for key, (index, table) in self.blocks.items()}
        return (self.classes, self.bias, blocks)

    @classmethod
    def unpacked(cls, parts: tuple[Any, ...]) -> TextView:
        """A view from :meth:`packed` parts."""
        classes, bias, packed_blocks = parts
        blocks: dict[str, Block] = {}
        for key, (index, numbers) in packed_blocks.items():
            table = array("d")
            table.frombytes(numbers)
            blocks[key] = (index, table)
        self = cls.__new__(cls)
        self._build(tuple(classes), tuple(bias), blocks)
        return self

    def probabilities(self, text: str) -> dict[str, float]:
        """Each kind's probability for ``text`` (softmax of the linear scores)."""
        scores = list(self.bias)
        width = self.width
        seen = view(text)
        for grams, (index, table) in (
            (_char_grams(seen.split()), self.blocks["c"]),
            (_word_grams(seen), self.blocks["w"]),
        ):
            found: Counter[int | None] = Counter(map(index.get, grams))
            found.pop(None, None)
            if not found:
                continue  # no n-gram of this block known: the block adds nothing
            picked: list[Sequence[float]] = []
            for i, c in found.items():
                if i is None:
                    continue
                start = i * width
                row: Sequence[float] = table[start : start + width]
                if c > 1:  # 1 + ln(count) times the row; its square on the squared idf
                    tf = 1.0 + math.log(c)
                    row = (tf * tf * row[0], *(tf * x for x in row[1:]))
                picked.append(row)
            length, *parts = map(sum, zip(*picked, strict=True))
            norm = math.sqrt(length) or 1.0
            for k, part in enumerate(parts):
                scores[k] += part / norm
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}
