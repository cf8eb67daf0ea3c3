"""Spoken and texting forms are read as written ones before any rule looks at them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fi", "Kertoisitkohan lisää", ("kertoisitko", "lisaa")),
        ("fi", "Mites sulla", ("miten", "sulla")),
        ("fi", "mäkin niinku mietin", ("ma", "mietin")),
        ("en", "I mean did u kind of try", ("did", "you", "try")),
        ("en", "what kind of help", ("what", "kind", "of", "help")),
        ("en", "you know what happened", ("what", "happened")),
    ],
)
def test_respell(lang, text, words):
    from coachkit.analysis import RULES
    from coachkit.analysis.tokens import fold, respell, sentences

    sent = sentences(text, fold(text))[0]
    new = RULES[lang].respell(sent.words())
    assert (respell(sent, new) if new else sent).words() == words
