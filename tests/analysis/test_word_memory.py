"""The model and the text view keep each word's n-gram rows and their sum, so a keystroke re-reads
only the word being typed. What they keep changes no score: the scores equal those read from the
training features (bench.train's `features`), first sight or not, up to the order in which the
numbers are added."""

from __future__ import annotations

import pytest

from coachkit.analysis import RULES, analyze
from coachkit.analysis.model import forget_words, shipped_for
from coachkit.analysis.reading import features, model_words, read

TEXTS = [
    ("fi", "Mitä sä haluaisit, että tästä palaverista jäisi käteen?"),
    ("fi", "Kuulostaa siltä, että olet väsynyt, ja mitä mitä mitä sitten?"),
    ("en", "So the round of updates eats the hour. What would you like instead?"),
    ("en", "word " * 200),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_scores_read_word_by_word_equal_the_training_features(lang, text):
    model = shipped_for(lang)
    reading = read(text, RULES[lang])
    forget_words()
    cold = model.scores(features(reading, RULES[lang], chars=False), model_words(reading))
    warm = model.scores(features(reading, RULES[lang], chars=False), model_words(reading))
    assert cold == warm
    # the rows are summed word by word, so in another order than the training features'
    assert warm == pytest.approx(model.scores(features(reading, RULES[lang])), rel=1e-12)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_an_analysis_is_the_same_at_first_sight_and_after(lang, text):
    forget_words()
    first = analyze(text, lang)
    assert analyze(text, lang) == first
    forget_words()
    assert analyze(text, lang) == first


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_training_words_worked_out_ahead_are_what_working_them_out_now_gives(lang):
    model = shipped_for(lang)
    for rows in (model.word_rows, model.text.word_rows):
        where = rows.known()[0]
        assert len(where) > 1000  # the weights file lists the training data's word forms
        for word in list(where)[:: max(1, len(where) // 300)]:
            assert rows(word) == rows._work_out(word)
