"""One broken file per kind of error, and the exact line `coachkit validate` prints for it."""

from __future__ import annotations

import pytest

from coachkit.content import load_library

GROW = "method/mini-grow.toml"
EXERCISE = "exercise/mini-exercise.toml"


def edit(root, rel, old, new, to=None):
    """Copy ``rel`` to ``to`` (or edit in place) replacing ``old`` by ``new``."""
    text = (root / rel).read_text(encoding="utf-8")
    assert old in text, f"fixture {rel} lacks {old!r}"
    (root / (to or rel)).write_text(text.replace(old, new, 1), encoding="utf-8")


def broken(root, rel, old, new):
    """A copy of ``rel`` named <kind>/broken.toml with id "broken" and ``old`` replaced by ``new``."""
    text = (root / rel).read_text(encoding="utf-8")
    item_id = rel.split("/")[1].removesuffix(".toml")
    text = text.replace(f'id = "{item_id}"', 'id = "broken"', 1)
    assert old in text, f"fixture {rel} lacks {old!r}"
    (root / rel.split("/")[0] / "broken.toml").write_text(
        text.replace(old, new, 1), encoding="utf-8"
    )


CASES = [
    (
        "duplicate id",
        lambda r: edit(r, GROW, 'en = "Mini GROW"', 'en = "Copy"', "method/zz-copy.toml"),
        "method/zz-copy.toml: id: duplicate method id 'mini-grow' (first defined in {root}/method/mini-grow.toml)",
    ),
    (
        "dangling reference",
        lambda r: broken(r, EXERCISE, 'methods = ["mini-grow"]', 'methods = ["no-such"]'),
        "exercise/broken.toml: methods.0: unknown method 'no-such'",
    ),
    (
        "missing language",
        lambda r: broken(r, GROW, ', en = "Mini GROW"', ""),
        "method/broken.toml: title.en: field required",
    ),
    (
        "empty text",
        lambda r: broken(r, GROW, 'en = "Mini GROW"', 'en = "  "'),
        "method/broken.toml: title.en: text is empty",
    ),
    (
        "unknown field",
        lambda r: broken(r, GROW, 'id = "broken"', 'id = "broken"\ncolour = "red"'),
        "method/broken.toml: colour: unknown field",
    ),
    (
        "wrong type",
        lambda r: broken(r, "plan/mini-plan.toml", "minutes = 10", 'minutes = "ten"'),
        "plan/broken.toml: blocks.0.minutes: Input should be a valid integer, unable to parse string as an integer",
    ),
    (
        "TOML syntax",
        lambda r: broken(r, GROW, 'fi = "Mini-GROW", en', 'fi = "Mini-GROW" en'),
        "method/broken.toml: line 3, column 28: invalid TOML: Unclosed inline table",
    ),
    (
        "file over 1 MiB",
        lambda r: (r / "method/huge.toml").write_text("#" * (1024 * 1024 + 1)),
        "method/huge.toml: (file): file is 1048577 bytes, over the 1 MiB limit",
    ),
    (
        "not UTF-8",
        lambda r: (r / "method/latin1.toml").write_bytes(b'schema_version = 1\nid = "\xe4"\n'),
        "method/latin1.toml: (file): not UTF-8 (bad byte at offset 25)",
    ),
    (
        "unknown kind",
        lambda r: (r / "stuff").mkdir() or edit(r, GROW, "", "", "stuff/x.toml"),
        "stuff/x.toml: (kind): unknown kind 'stuff': put the file in a folder named one of "
        "exercise, method, skill, question, guide, plan, intent",
    ),
    (
        "newer schema",
        lambda r: broken(r, GROW, "schema_version = 1", "schema_version = 99"),
        "method/broken.toml: schema_version: schema_version 99 is newer than this coachkit "
        "understands (2); update coachkit",
    ),
    (
        "reply kind with no lines",
        lambda r: broken(
            r,
            EXERCISE,
            'closed = [{ fi = "Vastaus closed.", en = "Reply closed." }]',
            "closed = []",
        ),
        "exercise/broken.toml: replies.closed: needs at least one entry",
    ),
]


@pytest.mark.parametrize(("name", "breaker", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_broken_file_gives_one_exact_problem(mini, name, breaker, expected):
    breaker(mini)
    library = load_library([mini], builtin=False)
    lines = [str(p).replace(str(mini) + "/", "") for p in library.problems]
    assert lines == [expected.format(root=str(mini)).replace(str(mini) + "/", "")]


def test_a_broken_file_is_skipped_and_the_rest_loads(mini):
    edit(mini, GROW, 'id = "mini-grow"', 'id = "mini-grow"\nbogus = 1', "method/other.toml")
    library = load_library([mini], builtin=False)
    assert set(library.items["method"]) == {"mini-grow"}
    assert set(library.items["exercise"]) == {"mini-exercise"}
    assert len(library.problems) == 1


def test_an_extra_item_with_a_dangling_reference_is_left_out(mini):
    edit(mini, EXERCISE, 'methods = ["mini-grow"]', 'methods = ["no-such"]')
    library = load_library([mini], builtin=False)
    assert "mini-exercise" not in library.items["exercise"]


def test_the_tiny_library_is_valid(mini):
    library = load_library([mini], builtin=False)
    assert library.problems == []
    assert {k: len(v) for k, v in library.items.items()} == {
        "intent": 0,
        "exercise": 1,
        "method": 1,
        "skill": 1,
        "question": 1,
        "guide": 1,
        "plan": 1,
    }
    assert [q.method for q in library.questions] == ["mini-grow", "mini-grow"]
