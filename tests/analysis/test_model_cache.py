"""The analyser's weights are parsed once, then read unpacked from the cache folder: the unpacked
model decides exactly as the parsed one, and a broken or missing unpacked file is parsed again."""

from __future__ import annotations

import pytest

from coachkit.analysis import model
from coachkit.analysis.model import Model, load, ngram_features, shipped_for

TURNS = {
    "fi": [
        "Mitä haluaisit saavuttaa?",
        "Eikö olisi parasta soittaa heille heti?",
        "Eli olet huolissasi.",
    ],
    "en": [
        "What would you like to achieve?",
        "Why don't you just call them?",
        "So you feel stuck.",
    ],
}


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_CACHE", str(tmp_path))
    shipped_for.cache_clear()
    yield tmp_path / "model"
    shipped_for.cache_clear()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_unpacked_model_scores_exactly_as_the_parsed_one(lang):
    parsed = load()[lang]
    unpacked = Model.unpacked(parsed.packed())
    assert unpacked.heads == parsed.heads
    for text in TURNS[lang]:
        feats = ngram_features(text.lower().split())
        assert unpacked.scores(feats) == parsed.scores(feats)
        assert unpacked.decide(unpacked.scores(feats), "kind") == parsed.decide(
            parsed.scores(feats), "kind"
        )


def test_the_first_load_writes_one_unpacked_file_per_language_and_the_next_reads_it(fresh_cache):
    first = shipped_for("fi")
    assert first is not None
    files = sorted(p.name.split("-")[0] for p in fresh_cache.glob("*.bin"))
    assert files == ["en", "fi"]
    shipped_for.cache_clear()
    model.shipped.cache_clear()  # the next process: nothing parsed yet
    again = shipped_for("fi")
    assert again is not None and again is not first
    assert model.shipped.cache_info().currsize == 0  # read unpacked, the file was not parsed
    feats = ngram_features(["mitä", "haluaisit", "saavuttaa"])
    assert again.scores(feats) == first.scores(feats)


def test_a_broken_unpacked_file_is_parsed_again(fresh_cache):
    shipped_for("en")
    for path in fresh_cache.glob("en-*.bin"):
        path.write_bytes(b"not a model")
    shipped_for.cache_clear()
    again = shipped_for("en")
    assert again is not None
    assert again.scores(["w:why"]) == load()["en"].scores(["w:why"])


def test_a_cache_folder_that_cannot_be_written_only_means_parsing(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("COACHKIT_CACHE", str(blocked))
    shipped_for.cache_clear()
    try:
        assert shipped_for("fi") is not None
    finally:
        shipped_for.cache_clear()


def test_a_language_without_a_model_has_none(fresh_cache):
    assert shipped_for("sv") is None


def test_old_unpacked_copies_and_half_written_ones_are_removed_when_new_weights_are_unpacked(
    fresh_cache,
):
    import os
    import time

    fresh_cache.mkdir(parents=True)
    month_ago = time.time() - 30 * 24 * 3600
    left = {
        "fi-0123456789abcdef0123-py311-m4-v8.bin": month_ago,  # an earlier version's weights
        "en-0123456789abcdef0123-py311-m4-v9.tmp4242": month_ago,  # a crash while writing
        "fi-fedcba9876543210fedc-py311-m4-v9.bin": time.time(),  # another version, in use
        "notes.txt": month_ago,  # not ours
    }
    for name, when in left.items():
        (fresh_cache / name).write_bytes(b"x")
        os.utime(fresh_cache / name, (when, when))
    assert shipped_for("fi") is not None
    names = {p.name for p in fresh_cache.iterdir()}
    assert "fi-0123456789abcdef0123-py311-m4-v8.bin" not in names
    assert "en-0123456789abcdef0123-py311-m4-v9.tmp4242" not in names
    assert {"fi-fedcba9876543210fedc-py311-m4-v9.bin", "notes.txt"} <= names
    assert sorted(n.split("-")[0] for n in names if n.endswith(".bin")) == ["en", "fi", "fi"]
