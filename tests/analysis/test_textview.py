"""The text view, the analyser's second reader of the kind: its n-grams are scikit-learn's
``char_wb`` and word n-grams (training hands these very functions to TfidfVectorizer), weighed
1 + ln(count) times idf and scaled to unit length block by block; the analyser averages its kind
probabilities with the model's. Sentences written for these tests."""

from __future__ import annotations

import math

import pytest

from coachkit.analysis import RULES, _decide, analyze
from coachkit.analysis.model import Model, load
from coachkit.analysis.reading import features, read
from coachkit.analysis.textview import MAX_WORDS, TextView, char_ngrams, view, word_ngrams


def test_character_ngrams_are_2_to_5_of_each_word_padded_with_spaces():
    assert char_ngrams("OK") == ["c: o", "c:ok", "c:k ", "c: ok", "c:ok ", "c: ok "]
    # a word no longer than n gives itself once, and the longer n are not tried
    assert char_ngrams("a") == ["c: a", "c:a ", "c: a "]


def test_word_ngrams_are_unigrams_and_bigrams_of_two_letter_tokens():
    assert word_ngrams("Mitä sä, a, teet?") == [
        "w:mitä",
        "w:sä",
        "w:teet",
        "w:mitä sä",
        "w:sä teet",
    ]


def test_the_view_reads_a_bounded_number_of_words():
    long = "sana " * (MAX_WORDS * 3)
    assert len(view(long).split()) == MAX_WORDS


def _spec(features, bias=(0.0, 0.0)):
    head = {"name": "kind", "classes": ["open", "other"], "bias": list(bias)}
    return {"heads": [head], "features": features}


def test_each_block_is_weighed_by_log_count_and_idf_and_scaled_to_unit_length():
    # one word feature said twice and one said once, and nothing of the character block known
    view_ = TextView(_spec({"w:miten": [2.0, 1.0, 0.0], "w:meni": [1.0, 0.0, 1.0]}))
    p = view_.probabilities("miten miten meni")
    a, b = (1 + math.log(2)) * 2.0, 1.0
    norm = math.hypot(a, b)
    z_open, z_other = a / norm, b / norm
    expected = math.exp(z_open) / (math.exp(z_open) + math.exp(z_other))
    assert p["open"] == pytest.approx(expected)


def _plain_read(view_: TextView, text: str) -> list[float]:
    """The text view's scores computed the plain way: every n-gram of the whole text counted,
    weighed 1 + ln(count) times its row, each block scaled to unit length."""
    from collections import Counter

    width = view_.width
    total = [0.0] * (width - 1)
    for key, grams in (("c", char_ngrams(text)), ("w", word_ngrams(text))):
        index, table = view_.blocks[key]
        rows = []
        for gram, count in Counter(g[2:] for g in grams).items():
            if gram in index:
                i = index[gram]
                tf = 1.0 + math.log(count)
                row = table[i * width : (i + 1) * width]
                rows.append((tf * tf * row[0], *(tf * x for x in row[1:])))
        if rows:
            length, *sums = map(sum, zip(*rows, strict=True))
            for k, part in enumerate(sums):
                total[k] += part / math.sqrt(length)
    return total


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # n-grams shared between words, a word said twice, n-grams twice inside one word
        ("fi", "Mitä mitä sä ajattelit, että tapahtuu, jos annat asian mennä menojaan?"),
        ("en", "So so what would happen, do you think, if you said no no no to her?"),
        ("fi", "aaaa aaaa banaani"),
        ("en", "Hm."),
    ],
)
def test_the_view_summed_word_by_word_reads_what_plain_counting_reads(lang, text):
    model = load()[lang]
    assert model.text is not None
    assert model.text.read(text) == pytest.approx(_plain_read(model.text, text), rel=1e-9)


def test_a_text_of_unknown_words_gets_the_bias_alone():
    view_ = TextView(_spec({}, bias=(1.0, 0.0)))
    assert view_.probabilities("xyz")["open"] == pytest.approx(1 / (1 + math.exp(-1)))


def test_weights_that_do_not_match_the_classes_are_refused():
    with pytest.raises(ValueError, match="text view"):
        TextView(_spec({"w:miten": [1.0, 0.5]}))


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_shipped_model_decides_kind_and_stage_by_the_average_of_its_heads_and_the_view(lang):
    model = load()[lang]
    assert model.text is not None
    text = {"fi": "Voisitko kysyä Villeltä huomenna?", "en": "Could you ask Ville tomorrow?"}[lang]
    r = read(text, RULES[lang])
    scores = model.scores(features(r, RULES[lang]))
    decided = _decide(r, model, RULES[lang])
    for head in ("kind", "grow"):
        w = model.text_weights[head]
        assert 0 < w < 1
        own = model.probabilities(scores, head)
        seen = model.text.probabilities(text, head)
        mixed = {k: (1 - w) * own[k] + w * seen[k] for k in own}
        assert model.averaged(scores, head, model.text.read(text)) == pytest.approx(mixed)
        best = max(mixed, key=mixed.__getitem__)
        assert decided["confidence"][head] == pytest.approx(mixed[best])
    assert decided["kind"] in ("open", "closed", "leading")


def test_a_view_without_a_head_reads_nothing_for_it():
    assert TextView(_spec({"w:miten": [1.0, 0.5, 0.0]})).probabilities("miten", "grow") == {}


def test_the_unpacked_model_keeps_the_text_view():
    parsed = load()["fi"]
    unpacked = Model.unpacked(parsed.packed())
    assert unpacked.text is not None and unpacked.text_weights == parsed.text_weights
    for text in ("Mitä haluaisit?", "Soita heille heti."):
        for head in ("kind", "grow"):
            assert unpacked.text.probabilities(text, head) == parsed.text.probabilities(text, head)


def test_an_analysis_shows_the_averaged_kind_confidence():
    result = analyze("Mitä sä toivoisit tältä keskustelulta?", "fi")
    assert result.kind == "open" and 0.5 < result.confidence["kind"] <= 1.0
