"""Finnish slips the language pass found, kept out by class: each rule is a pattern with why it is
wrong, an example it must catch and the corrected form it must let through. Every Finnish text of
the content library and the UI catalog is checked. (Term variants live in the glossary.)"""

from __future__ import annotations

import re
import tomllib

import pytest
from babel.messages.pofile import read_po

from coachkit.resources import exercises_dir, locales_dir

RULES = [
    (
        r"\bodot(a|at|amme|akaa|taa|an)\s+(hänen\s+|sinun\s+)?vastaus\b",
        "odottaa takes a partitive object: odota vastausta (but Odota hetki! is a duration)",
        "Kysy yksi asia ja odota vastaus.",
        "Kysy yksi asia ja odota vastausta.",
    ),
    (
        r"\b(hänen|heidän|sinun|minun|esihenkilön)\s+omin\s+sanoin\b",
        "omin sanoin refers to the subject; another person's words are hänen omilla sanoillaan",
        "Heijasta hänen omin sanoin.",
        "Heijasta hänen omilla sanoillaan.",
    ),
    (
        r"\bälä\s+ryntää\b",
        "the imperative of rynnätä is rynnää",
        "Älä ryntää ratkaisemaan.",
        "Älä rynnää ratkaisemaan.",
    ),
    (
        r"\bvaihtuvin\s+rooleissa\b",
        "an instructive adjective needs an instructive noun: vaihtuvin roolein",
        "Harjoitellaan vaihtuvin rooleissa.",
        "Harjoitellaan vaihtuvin roolein.",
    ),
    (
        r"\bmitä\s+\w+,\s+sen\s+\w+(mpi|mmin|mmän)\b",
        "the comparative pair is mitä ..., sitä ... in written Finnish",
        "Mitä vähemmän, sen parempi.",
        "Mitä vähemmän, sitä parempi.",
    ),
    (
        r"\blaskenn(at|oissa|oja)\b|\blaskent(a|aa|oja)\b",
        "an observer's tally is a laskuri (or tukkimiehen kirjanpito), not a laskenta",
        "Piilota laskennat.",
        "Piilota laskurit.",
    ),
    (
        r"\bmihin\s+keskustelu\s+käytetään\b",
        "passive käytetään with a partitive object; plainer: mitä varten keskustellaan",
        "Sovi, mihin keskustelu käytetään.",
        "Sovi, mitä varten keskustellaan.",
    ),
    (
        r"\b(omista|omistaa)\s+(asialista|aihe|aiheen|tavoitteen)\w*",
        "'own the agenda' is a calque; say whose it is: asialista on sinun",
        "Omista asialista.",
        "Asialista on sinun.",
    ),
]

FILES = sorted(
    p
    for p in exercises_dir().rglob("*.toml")
    if p.parent.name not in ("schema", "glossary", "intent")
)


def finnish(value, path: str = ""):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "fi" and isinstance(inner, str):
                yield path, inner
            else:
                yield from finnish(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from finnish(inner, f"{path}.{i}")


def slips(text: str) -> list[str]:
    return [why for rx, why, _, _ in RULES if re.search(rx, text, re.IGNORECASE)]


@pytest.mark.parametrize(("rx", "why", "bad", "good"), RULES)
def test_each_rule_catches_its_example_and_lets_the_correction_through(rx, why, bad, good):
    assert re.search(rx, bad, re.IGNORECASE), why
    assert not re.search(rx, good, re.IGNORECASE), why


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_content_has_none_of_the_slips(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = [(where, why) for where, text in finnish(data) for why in slips(text)]
    assert not found, found


def test_the_ui_catalog_has_none_of_the_slips():
    with (locales_dir() / "fi" / "LC_MESSAGES" / "coachkit.po").open("rb") as f:
        catalog = read_po(f, locale="fi")
    found = []
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found += [(message.id, why) for s in strings if s for why in slips(s)]
    assert not found, found
