"""The learned part of the analyser: a linear model over rule features and word and character
n-grams, one per language, run in pure Python from a small weights file.

The same `features` function feeds training (bench/train.py, scikit-learn, a development tool)
and inference here, so what the model saw when it learned is what it sees when it runs.

A weights file holds, per language, the heads (decisions) it was trained for and one row of
numbers per feature for all heads at once:

    {"version": 1, "langs": {"fi": {"heads": [{"name": "kind", "classes": [...]}, ...],
                                    "bias": [...], "weights": {"w:mita": [...], ...}}}}

A multi-class head has one column per class; a yes/no head (permission, affirm, autonomy,
depth) one column, the log-odds of its yes ("complex" for depth). A language may also hold a
``text`` view (textview.py: the kind and a question's stage read from the words alone) and
``text_weights``, each head's share when its probabilities are averaged with the model's
(:meth:`Model.averaged`), and ``words``: the word forms of the training data ("model": as the
model reads them, "view": as the text view does), worked out once when the file is unpacked so
that a turn's first sight costs only the words the training never had (textview.WordRows).

Parsing the file's half a million numbers takes longer than importing the whole analyser, so the
first load also writes each language's model unpacked (one binary file per language, named by the
weights file's hash) to the cache folder; later processes read only the language they analyse,
in a few milliseconds. A missing, stale or unreadable unpacked file only means parsing again.
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import hashlib
import json
import marshal
import math
import os
import sys
import time
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from coachkit.analysis.textview import (
    NUMBERS,
    Seen,
    TextView,
    WordRows,
    counted,
    summed,
    words_from_bytes,
    words_to_bytes,
)

WEIGHTS_FILE = Path(__file__).with_name("model_weights.json.gz")
# The model reads at most this many words, as the text view does: a turn is a few sentences (no
# labelled one has more than 60 words), and the cost of every keystroke must stay flat however
# much is pasted (120 words put the slowest keystroke case over 5 ms on a slow machine).
MAX_WORDS = 60
CHAR_NGRAMS = (3, 4, 5)


@dataclass(frozen=True, slots=True)
class Head:
    """One decision of the model: its name, classes and columns in a weight row."""

    name: str
    classes: tuple[str, ...]
    offset: int
    binary: bool

    @property
    def width(self) -> int:
        """How many columns of a weight row belong to this head."""
        return 1 if self.binary else len(self.classes)


@dataclass(frozen=True, slots=True)
class Decision:
    """What a head decided and how sure it is (the model's probability of that answer)."""

    value: str
    confidence: float


class Model:
    """A language's trained heads over one table of feature weights: row ``index[f]`` of
    ``table`` (``width`` numbers per row) holds feature ``f``'s weights for every column."""

    def __init__(self, spec: dict[str, Any]):
        weights: dict[str, list[float]] = spec["weights"]
        table = array(NUMBERS)
        for row in weights.values():
            table.extend(row)
        index = {feature: n for n, feature in enumerate(weights)}
        self._build(spec["heads"], spec["bias"], index, table)
        if any(len(row) != self.width for row in weights.values()):
            raise ValueError("model weights do not match its heads")
        self.text = TextView(spec["text"]) if spec.get("text") else None
        self.text_weights: dict[str, float] = (
            {k: float(v) for k, v in spec.get("text_weights", {}).items()} if self.text else {}
        )
        words = spec.get("words", {})
        self.word_rows.known(words.get("model", []))
        if self.text is not None:
            self.text.word_rows.known(words.get("view", []))

    def _build(
        self,
        heads_spec: list[dict[str, Any]],
        bias: list[float],
        index: dict[str, int],
        table: array[float],
    ) -> None:
        heads, offset = [], 0
        for h in heads_spec:
            classes = tuple(h["classes"])
            head = Head(h["name"], classes, offset, len(classes) == 2)
            heads.append(head)
            offset += head.width
        self.heads_spec = heads_spec
        self.heads = {h.name: h for h in heads}
        self.bias = tuple(float(b) for b in bias)
        self.width = offset
        self.index = index
        self.table = table
        self.word_rows = WordRows(char_features, index, table, self.width, True)
        if len(self.bias) != offset or len(table) != offset * len(index):
            raise ValueError("model weights do not match its heads")

    @classmethod
    def unpacked(cls, data: bytes) -> Model:
        """A model from :meth:`packed` bytes (written by this Python version)."""
        heads_spec, bias, index, numbers, words, text, text_weights = marshal.loads(data)
        table = array(NUMBERS)
        table.frombytes(numbers)
        model = cls.__new__(cls)
        model._build(heads_spec, bias, index, table)
        model.word_rows.packed_as(words_from_bytes(words))
        model.text = TextView.unpacked(text) if text else None
        model.text_weights = text_weights
        return model

    def packed(self) -> bytes:
        """The model as bytes :meth:`unpacked` reads back exactly (marshal and the tables' raw
        numbers, :data:`.textview.NUMBERS`)."""
        text = self.text.packed() if self.text else None
        return marshal.dumps(
            (
                self.heads_spec,
                list(self.bias),
                self.index,
                self.table.tobytes(),
                words_to_bytes(self.word_rows.known()),
                text,
                self.text_weights,
            )
        )

    def averaged(self, scores: list[float], head: str, seen: Seen | None) -> dict[str, float]:
        """Each class's probability under ``head`` ("kind", or "grow" for a question): the
        model's, averaged with what the text view read of the text (:meth:`TextView.read`) by
        the view's share for that head; the model's alone when there is no view or reading."""
        p = self.probabilities(scores, head)
        weight = self.text_weights.get(head, 0.0)
        if not p or self.text is None or seen is None or not weight:
            return p
        q = self.text.probabilities(seen, head)
        return {k: (1.0 - weight) * v + weight * q.get(k, 0.0) for k, v in p.items()}

    def scores(self, feats: list[str], words: Sequence[str] = ()) -> list[float]:
        """The raw scores of every column for a set of features, and the character n-grams of
        ``words`` (found word by word, their rows summed and kept per word: a keystroke re-reads
        only the word being typed): a feature found twice counts once, as it did in training (a
        word said thirty times is no stronger a cue), so a row found in two words or features
        is taken off again once for each time too many."""
        index, table, width = self.index, self.table, self.width
        own = tuple(dict.fromkeys(i for f in feats if (i := index.get(f)) is not None))
        known = [self.word_rows(word) for word in dict.fromkeys(words)]
        vectors: list[Sequence[float]] = [vec for _, vec, _ in known]
        vectors += [table[i * width : (i + 1) * width] for i in own]
        found = [(own, ()), *((rows, ()) for rows, _, _ in known)]
        for count, rows in counted(found).items():
            vectors.append([(1 - count) * x for x in summed(table, width, rows)])
        if not vectors:
            return list(self.bias)
        return [b + s for b, s in zip(self.bias, map(sum, zip(*vectors, strict=True)), strict=True)]

    def probabilities(self, scores: list[float], name: str) -> dict[str, float]:
        """Each class's probability under head `name` (empty when the model lacks that head)."""
        head = self.heads.get(name)
        if head is None:
            return {}
        if head.binary:
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, scores[head.offset]))))
            return {head.classes[0]: 1.0 - p, head.classes[1]: p}
        column = scores[head.offset : head.offset + head.width]
        top = max(column)
        exp = [math.exp(s - top) for s in column]
        total = sum(exp)
        return {c: e / total for c, e in zip(head.classes, exp, strict=True)}

    def decide(self, scores: list[float], name: str) -> Decision | None:
        """The decision of head `name` from `scores`, or None when the model lacks that head."""
        head = self.heads.get(name)
        if head is None:
            return None
        if head.binary:
            z = scores[head.offset]
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            yes = p >= 0.5
            return Decision(head.classes[1] if yes else head.classes[0], p if yes else 1.0 - p)
        column = scores[head.offset : head.offset + head.width]
        top = max(column)
        exp = [math.exp(s - top) for s in column]
        best = column.index(top)
        return Decision(head.classes[best], exp[best] / sum(exp))


def load(path: Path = WEIGHTS_FILE) -> dict[str, Model]:
    """The models in a weights file, by language.

    Raises:
        OSError: If the file cannot be read.
        ValueError: If it is not a weights file.
    """
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError(f"{path}: not a coachkit model weights file (version 1)")
    return {lang: Model(spec) for lang, spec in data["langs"].items()}


@cache
def shipped() -> dict[str, Model]:
    """The models shipped with the package (loaded once); empty when the file is missing."""
    if not WEIGHTS_FILE.exists():
        return {}
    return load(WEIGHTS_FILE)


@cache
def shipped_for(lang: str) -> Model | None:
    """The shipped model of one language (loaded once): its unpacked copy from the cache folder
    when there is one for this weights file, else parsed from the file (which also writes the
    unpacked copies). None when the file is missing or has no model for ``lang``."""
    try:
        source = WEIGHTS_FILE.read_bytes()
    except OSError:
        return None
    key = hashlib.sha256(source).hexdigest()[:20]
    tag = f"py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}-v10"
    folder = _unpacked_dir()
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        return _settled(Model.unpacked((folder / f"{lang}-{key}-{tag}.bin").read_bytes()))
    models = shipped()
    with contextlib.suppress(OSError):  # a read-only cache only means parsing again next time
        folder.mkdir(parents=True, exist_ok=True)
        for name, model in models.items():
            target = folder / f"{name}-{key}-{tag}.bin"
            partial = target.with_suffix(f".tmp{os.getpid()}")
            partial.write_bytes(model.packed())
            os.replace(partial, target)
        _prune(folder, key, tag)
    found = models.get(lang)
    return _settled(found) if found is not None else None


STALE_AFTER = 14 * 24 * 3600
"""Seconds after which an unpacked copy of other weights (an earlier version of the package,
or an earlier unpacked format) is taken as left behind (:func:`_prune`)."""


def _prune(folder: Path, key: str, tag: str) -> None:
    """Remove unpacked copies in ``folder`` that are not of these weights (``key``) in this
    format (``tag``) and were written more than :data:`STALE_AFTER` ago, and half-written ones
    a crash left: each copy is tens of megabytes, and every upgrade would otherwise leave one
    behind for ever. A copy another installed version still uses is younger, or is only
    unpacked again by that version."""
    now = time.time()
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            ours = path.name.endswith(".bin") or ".tmp" in path.suffix
            if not ours or path.name.endswith(f"-{key}-{tag}.bin"):
                continue
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > STALE_AFTER:
                    path.unlink()


def _settled(model: Model) -> Model:
    """``model``, once what the process holds so far (the model, the rule tables) is moved out
    of the cyclic garbage collector's way (:func:`gc.freeze`): they live as long as the process,
    and a full collection that walked them all would stall a keystroke by several milliseconds
    (bench/analyzer_speed.py's "max"). Reference counting still frees what they let go of."""
    gc.freeze()
    return model


def forget_words() -> None:
    """Empty the per-word n-gram rows the shipped models keep (for measuring first sight)."""
    for lang in ("fi", "en"):
        model = shipped_for(lang)
        if model is not None:
            model.word_rows.clear()
            if model.text is not None:
                model.text.word_rows.clear()


def _unpacked_dir() -> Path:
    from coachkit.resources import cache_dir

    return cache_dir() / "model"


def ngram_features(words: list[str], chars: bool = True) -> list[str]:
    """Word unigrams and bigrams and (unless ``chars`` is false) character 3-5-grams of the
    words (padded with spaces)."""
    words = words[:MAX_WORDS]
    out = [f"w:{w}" for w in words]
    out += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    if chars:
        for w in words:
            out += char_features(w)
    return out


def char_features(word: str) -> list[str]:
    """The character 3-5-grams of one word, padded with spaces ("c: mi", "c:mit")."""
    padded = f" {word} "
    out = []
    for n in CHAR_NGRAMS:
        out += [f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return out
