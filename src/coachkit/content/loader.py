"""Load content files into a :class:`Library`, collecting every problem instead of stopping.

Layout: ``<root>/<kind>/<name>.toml`` where ``kind`` is a key of ``MODELS``. A file that cannot be read
or validated becomes a :class:`Problem` (``file: field.path: message``) and is left out; the rest loads.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from coachkit.content.bounded import BoundedReadError, read_bounded
from coachkit.content.models import (
    MODELS,
    Exercise,
    Guide,
    Intent,
    Item,
    Method,
    Plan,
    Question,
    QuestionSet,
    Skill,
)
from coachkit.content.upgrade import NewerSchema, upgrade

MAX_BYTES = 1024 * 1024
KINDS = tuple(MODELS)
KIND_OF = {model: kind for kind, model in MODELS.items()}
SKIPPED_DIRS = {"schema", "glossary"}
"""Folders of built-in data that are not content items (the glossary is read by ``glossary.py``)."""
_ItemT = TypeVar("_ItemT", Exercise, Method, Skill, QuestionSet, Guide, Plan, Intent)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one content file."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.message}"


@dataclass(frozen=True)
class Source:
    """Where an item came from: the built-in content or a facilitator's folder."""

    file: str
    builtin: bool


@dataclass
class Library:
    """All loaded content, by kind and id, with the problems met while loading."""

    items: dict[str, dict[str, Item]] = field(default_factory=lambda: {k: {} for k in KINDS})
    sources: dict[tuple[str, str], Source] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def of(self, kind: str) -> list[Item]:
        """Items of one kind, in id order."""
        return [self.items[kind][key] for key in sorted(self.items[kind])]

    def _typed(self, kind: str, model: type[_ItemT]) -> list[_ItemT]:
        return [item for item in self.of(kind) if isinstance(item, model)]

    def get(self, model: type[_ItemT], item_id: str) -> _ItemT | None:
        """The item of ``model``'s kind with this id, or None: ``library.get(Exercise, "x")``."""
        found = self.items[KIND_OF[model]].get(item_id)
        return found if isinstance(found, model) else None

    @property
    def exercises(self) -> list[Exercise]:
        return self._typed("exercise", Exercise)

    @property
    def methods(self) -> list[Method]:
        return self._typed("method", Method)

    @property
    def skills(self) -> list[Skill]:
        return self._typed("skill", Skill)

    @property
    def guides(self) -> list[Guide]:
        return self._typed("guide", Guide)

    @property
    def plans(self) -> list[Plan]:
        return self._typed("plan", Plan)

    @property
    def questions(self) -> list[Question]:
        """Every question bank entry, with each entry's method filled from its set."""
        out = []
        for qset in self._typed("question", QuestionSet):
            for q in qset.questions:
                out.append(
                    q
                    if q.method or not qset.method
                    else q.model_copy(update={"method": qset.method})
                )
        return out


def _loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(file)"


def _validation_problems(file: str, error: ValidationError) -> list[Problem]:
    problems = []
    for err in error.errors(include_url=False):
        message = err["msg"]
        if err["type"] == "missing":
            message = "field required"
        elif err["type"] == "extra_forbidden":
            message = "unknown field"
        elif message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        problems.append(Problem(file, _loc(err["loc"]), message))
    return problems


def _toml_problem(file: str, exc: tomllib.TOMLDecodeError) -> Problem:
    """A TOML syntax error as ``file: line L, column C: invalid TOML: message``."""
    message = str(exc)
    found = re.search(r" \(at line (\d+), column (\d+)\)$", message)
    if found:
        where = f"line {found[1]}, column {found[2]}"
        message = message[: found.start()]
    else:
        where = "(toml)"
    return Problem(file, where, f"invalid TOML: {message}")


def read_item(path: Path, kind: str, shown: str | None = None) -> tuple[Item | None, list[Problem]]:
    """Read and validate one file of a known kind. Returns the item or the problems."""
    shown = shown or str(path)
    try:
        raw = read_bounded(path, MAX_BYTES)
    except BoundedReadError as exc:
        return None, [Problem(shown, "(file)", str(exc))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(shown, "(file)", f"not UTF-8 (bad byte at offset {exc.start})")]
    try:
        data = tomllib.loads(text)
        data = upgrade(data)
        return MODELS[kind].model_validate(data), []
    except tomllib.TOMLDecodeError as exc:
        return None, [_toml_problem(shown, exc)]
    except NewerSchema as exc:
        return None, [Problem(shown, "schema_version", str(exc))]
    except ValidationError as exc:
        return None, _validation_problems(shown, exc)
    except RecursionError:
        return None, [Problem(shown, "(file)", "nested too deeply to be content")]


def _files(root: Path) -> list[tuple[Path, str | None]]:
    """Content files below ``root`` with their kind (None: unknown kind)."""
    if root.is_file():
        kind = root.parent.name
        return [(root, kind if kind in MODELS else None)]
    found = []
    for path in sorted(root.rglob("*.toml")):
        rel = path.relative_to(root).parts
        if rel[0] in SKIPPED_DIRS or any(part.startswith(".") for part in rel):
            continue
        kind = path.parent.name
        found.append((path, kind if kind in MODELS else None))
    return found


def _add(library: Library, item: Item, kind: str, source: Source) -> None:
    key = (kind, item.id)
    if key in library.sources:
        first = library.sources[key].file
        library.problems.append(
            Problem(
                source.file, "id", f"duplicate {kind} id '{item.id}' (first defined in {first})"
            )
        )
        return
    library.items[kind][item.id] = item
    library.sources[key] = source
    if isinstance(item, QuestionSet):
        seen: dict[str, int] = {}
        for i, q in enumerate(item.questions):
            if q.id in seen:
                library.problems.append(
                    Problem(source.file, f"questions.{i}.id", f"duplicate question id '{q.id}'")
                )
            seen[q.id] = i


def load_paths(library: Library, roots: list[Path], builtin: bool = False) -> Library:
    """Load every content file below each root into ``library``."""
    for root in roots:
        if not root.exists():
            library.problems.append(Problem(str(root), "(path)", "no such file or folder"))
            continue
        for path, kind in _files(root):
            shown = str(path.relative_to(root.parent)) if builtin else str(path)
            if kind is None:
                library.problems.append(
                    Problem(
                        shown,
                        "(kind)",
                        f"unknown kind '{path.parent.name}': put the file in a folder named one of "
                        f"{', '.join(KINDS)}",
                    )
                )
                continue
            item, problems = read_item(path, kind, shown)
            library.problems.extend(problems)
            if item is not None:
                _add(library, item, kind, Source(shown, builtin))
    return library
