"""Cross-file checks: every id an item names must exist in the library."""

from __future__ import annotations

from collections.abc import Iterator

from coachkit.content.loader import Library, Problem
from coachkit.content.models import Exercise, Item, Plan, QuestionSet


def _refs(kind: str, item: Item) -> Iterator[tuple[str, str, str]]:
    """(field path, referenced kind, referenced id) for every reference an item makes."""
    if isinstance(item, Exercise):
        for i, ref in enumerate(item.methods):
            yield f"methods.{i}", "method", ref
        for i, ref in enumerate(item.skills):
            yield f"skills.{i}", "skill", ref
    elif isinstance(item, QuestionSet):
        if item.method:
            yield "method", "method", item.method
        for i, q in enumerate(item.questions):
            if q.method:
                yield f"questions.{i}.method", "method", q.method
    elif isinstance(item, Plan):
        for i, block in enumerate(item.blocks):
            if block.exercise:
                yield f"blocks.{i}.exercise", "exercise", block.exercise
            if block.method:
                yield f"blocks.{i}.method", "method", block.method


def dangling(library: Library) -> list[Problem]:
    """Problems for references to items that are not in the library."""
    problems = []
    for (kind, item_id), source in library.sources.items():
        item = library.items[kind][item_id]
        for path, ref_kind, ref in _refs(kind, item):
            if ref not in library.items[ref_kind]:
                problems.append(Problem(source.file, path, f"unknown {ref_kind} '{ref}'"))
    return problems


def drop_dangling(library: Library) -> Library:
    """Record dangling references as problems and leave the items that make them out."""
    problems = dangling(library)
    bad_files = {p.file for p in problems}
    for key, source in list(library.sources.items()):
        if source.file in bad_files and not source.builtin:
            kind, item_id = key
            del library.items[kind][item_id]
            del library.sources[key]
    library.problems.extend(problems)
    return library
