"""Pattern support: for every pattern of every phrase table, how many labelled sentences it matches.

Usage:
    python -m bench.pattern_support                 # summary and the thin patterns
    python -m bench.pattern_support --all           # every pattern with its count
    python -m bench.pattern_support --prune         # remove patterns with < 3 matches from src/

A pattern stands for a class of utterances, so it must match at least `MIN_SUPPORT` different
labelled sentences of the training sets (bench/train.TRAIN_SETS; never the held-out set). One with
fewer is removed, or backed by new labelled data written for its class. `--prune` removes them
from the rule modules' source (a row left with no pattern goes; examples the row no longer
matches go with it), so the change is an ordinary diff to review.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

from bench.train import DATA, TRAIN_SETS, load
from coachkit.analysis import RULES
from coachkit.analysis.phrases import PhraseTable
from coachkit.analysis.reading import read

MIN_SUPPORT = 3
SRC = Path(__file__).resolve().parent.parent / "src/coachkit/analysis"


def support(sets) -> dict[tuple[str, str, str], set[str]]:
    """(lang, rule, pattern text) -> the distinct labelled texts it matches."""
    rows = load([s for s in sets if (DATA / f"{s}.jsonl").exists()])
    found: dict[tuple[str, str, str], set[str]] = {}
    tables = {lang: list(L.tables().values()) for lang, L in RULES.items()}
    for lang in RULES:
        for table in tables[lang]:
            for row in table.rows:
                for text in row.patterns:
                    found.setdefault((lang, row.rule, text), set())
    for item in rows:
        lang = item["lang"]
        sents = [s.words() for s in read(item["text"], RULES[lang]).sents]
        for table in tables[lang]:
            for words in sents:
                for i in range(len(words)):
                    for pattern in _all_at(table, words, i):
                        found[(lang, pattern.rule, pattern.text)].add(item["text"])
    return found


def _all_at(table: PhraseTable, words, i):
    """Every pattern of `table` that matches at `words[i]` (not only the longest)."""
    word = words[i]
    candidates = list(table._by_word.get(word, ()))
    candidates += [p for prefix, p in table._by_prefix.get(word[:2], ()) if word.startswith(prefix)]
    for pattern in candidates:
        n = len(pattern.specs)
        if i + n <= len(words) and all(pattern.specs[k].matches(words[i + k]) for k in range(n)):
            yield pattern


def _parsed(path: Path):
    """A rule module's source, its syntax tree, and `off(line, col)`: an AST position (1-based
    line, UTF-8 byte column) as an index into the source string."""
    src = path.read_text(encoding="utf-8")
    lines = src.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def off(ln: int, col: int) -> int:
        return starts[ln - 1] + len(lines[ln - 1].encode()[:col].decode())

    return src, ast.parse(src), off


def prune(thin: set[tuple[str, str]]) -> tuple[int, int]:
    """Remove the (rule, pattern) pairs in `thin` from the rule modules; returns (patterns, rows)."""
    removed_patterns = removed_rows = 0
    for path in sorted(SRC.glob("*_*.py")):
        src, tree, off = _parsed(path)

        cuts = []
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "Row"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.List)
            ):
                continue
            rule = node.args[0].value
            elts = node.args[1].elts
            gone = [e for e in elts if isinstance(e, ast.Constant) and (rule, e.value) in thin]
            if not gone:
                continue
            if len(gone) == len(elts):
                cuts.append(_span(src, off, node, whole_row=True))
                removed_rows += 1
            else:
                cuts += [_span(src, off, e) for e in gone]
            removed_patterns += len(gone)
        for a, b in sorted(cuts, reverse=True):
            src = src[:a] + src[b:]
        if cuts:
            path.write_text(src, encoding="utf-8")
    return removed_patterns, removed_rows


def drop_unmatched_examples() -> int:
    """Remove from the rule modules each example its row's patterns no longer match."""
    gone: set[tuple[str, str]] = set()
    for rules in RULES.values():
        for table in rules.tables().values():
            for row in table.rows:
                only = PhraseTable([row])
                for text in row.examples:
                    if not any(
                        only.search(s.words(), idioms=True) for s in read(text, rules).sents
                    ):
                        gone.add((row.rule, text))
    for path in sorted(SRC.glob("*_*.py")):
        src, tree, off = _parsed(path)

        cuts = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Row":
                rule = node.args[0].value
                for kw in node.keywords:
                    if kw.arg == "examples" and isinstance(kw.value, ast.Tuple):
                        cuts += [
                            _span(src, off, e)
                            for e in kw.value.elts
                            if isinstance(e, ast.Constant) and (rule, e.value) in gone
                        ]
        for a, b in sorted(cuts, reverse=True):
            src = src[:a] + src[b:]
        if cuts:
            path.write_text(src, encoding="utf-8")
    return len(gone)


def _span(src: str, off, node, whole_row: bool = False) -> tuple[int, int]:
    """The source span of a list element or a row, with its comma and the comment lines above."""
    a = off(node.lineno, node.col_offset)
    b = off(node.end_lineno, node.end_col_offset)
    while b < len(src) and src[b] in " \t":
        b += 1
    if b < len(src) and src[b] == ",":
        b += 1
    line_start = src.rfind("\n", 0, a) + 1
    if src[line_start:a].strip() == "":
        a = line_start
        end = src.find("\n", b)
        if end != -1 and src[b:end].strip() == "":
            b = end + 1
        while True:  # comment lines that belong to the element
            prev = src.rfind("\n", 0, a - 1) + 1
            if a > 0 and src[prev : a - 1].strip().startswith("#"):
                a = prev
            else:
                break
    return a, b


def main(argv: list[str] | None = None) -> int:
    """Run; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.pattern_support", description=__doc__)
    parser.add_argument("--sets", nargs="+", default=list(TRAIN_SETS))
    parser.add_argument("--all", action="store_true", help="list every pattern")
    parser.add_argument("--prune", action="store_true", help="remove thin patterns from src/")
    parser.add_argument("--drop-examples", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.drop_examples:
        print(f"dropped {drop_unmatched_examples()} examples their pruned row no longer matches")
        return 0
    found = support(args.sets)
    counts = {key: len(texts) for key, texts in found.items()}
    thin = {k for k, n in counts.items() if n < MIN_SUPPORT}
    print(f"labelled sets: {', '.join(s for s in args.sets if (DATA / f'{s}.jsonl').exists())}")
    print(
        f"patterns: {len(counts)}; matching no sentence: {sum(1 for n in counts.values() if n == 0)}"
    )
    print(
        f"  1 sentence: {sum(1 for n in counts.values() if n == 1)}; 2: "
        f"{sum(1 for n in counts.values() if n == 2)}; >= {MIN_SUPPORT}: {len(counts) - len(thin)}"
    )
    listing = sorted(counts.items()) if args.all else sorted((k, counts[k]) for k in thin)
    for (lang, rule, text), n in listing:
        print(f"{n:5d}  {lang}  {rule:34}  {text}")
    if args.prune:
        patterns, rows = prune({(rule, text) for (_, rule, text) in thin})
        print(f"pruned {patterns} patterns ({rows} rows left with none were removed)")
        # the rows' own examples are checked against the pruned rules in a fresh interpreter
        subprocess.run(
            [sys.executable, "-m", "bench.pattern_support", "--drop-examples"], check=True
        )
    if args.drop_examples:
        print(f"dropped {drop_unmatched_examples()} examples their pruned row no longer matches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
