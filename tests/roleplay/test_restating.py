"""When the supervisor corrects a reflection or refers back to what they said, they restate it with
some substance ("Honestly?" alone restates nothing), and a line that runs on ("Like I said,",
"It's more that") goes on in lower case except for names and "I"."""

from __future__ import annotations

import re

import pytest
from test_choice_mode import CASES

from coachkit.roleplay.case import Case, restatement
from coachkit.roleplay.session import start

ASK_TWICE = {"fi": "Mitä siinä tilanteessa tapahtuu?", "en": "What happens in those situations?"}
OFF = {
    "fi": "Eli kyse on lähinnä siitä, että kahvinkeitin on rikki ja lounas myöhässä.",
    "en": "So it's mostly that the coffee machine is broken and lunch comes late.",
}


def test_a_restatement_skips_a_bare_opener_for_the_first_sentence_that_says_something():
    assert restatement("Honestly? I never asked for this pilot. HR did.") == (
        "I never asked for this pilot."
    )
    assert restatement("No. Fine.") == "No."


def test_a_line_that_runs_on_keeps_names_and_i_capitalised(exercises):
    case = Case(exercises["the-test"], "en", 0)
    assert case.run_on("Like I said,", "I don't know.") == "Like I said, I don't know."
    assert case.run_on("Not quite. It's about", "HR wanting this.") == (
        "Not quite. It's about HR wanting this."
    )
    assert case.run_on("It's more that", "Nobody talks.") == "It's more that nobody talks."
    assert case.run_on("Not quite.", "Nobody talks.") == "Not quite. Nobody talks."
    assert case.run_on("It's more that", "Well, nobody talks.") == "It's more that nobody talks."
    fi = Case(exercises["the-test"], "fi", 0)
    assert fi.run_on("Ei ihan. Vaan", "Kukaan ei puhu.") == "Ei ihan. Vaan kukaan ei puhu."
    assert fi.run_on("Ei ihan. Vaan", "No, kukaan ei puhu.") == "Ei ihan. Vaan kukaan ei puhu."
    assert fi.run_on("Ei ihan.", "No, kukaan ei puhu.") == "Ei ihan. No, kukaan ei puhu."


@pytest.mark.parametrize("case", CASES)
def test_referring_back_and_correcting_restate_in_sentences_a_person_says(exercises, case):
    for lang in ("fi", "en"):
        session = start(exercises[case], lang, seed=3)
        session.say(ASK_TWICE[lang])
        again = session.say(ASK_TWICE[lang])
        off = session.say(OFF[lang])
        for turn in (again, off):
            assert not re.search(r"(?:^|[\s,:])i\s", turn.reply), turn.reply
            assert not re.search(r"[,:] \w+\?$", turn.reply), turn.reply


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_an_answer_never_names_someone_from_a_piece_not_yet_told(exercises, lang):
    """own-workload's "when" piece has a phrasing that mentions Antti ("If I talk to Antti this
    week, ..."), who belongs to an option not yet told: before that option comes up, the
    supervisor answers with the other phrasing, whatever the seed."""
    exercise = exercises["own-workload"]
    ask = {
        "fi": ["Mitä muuta voisit tehdä?", "Mitä teet ensin, ja milloin?"],
        "en": ["What else could you do?", "What will you do first, and by when?"],
    }[lang]
    for seed in range(12):
        session = start(exercise, lang, seed=seed)
        session.state.trust = 70
        replies = [session.say(text).reply for text in ask]
        if "antti" in session.state.revealed:
            continue
        assert not any("Ant" in reply for reply in replies), (seed, replies)
