"""The supervisor answers the move made, whatever other intent its words resemble: once an
option is chosen, a question about what they will do asks for the step ("Mitä sä teet ennen
maanantaita?" is no question about their own part in the problem); asked for more when all of it
was said, they go on with what is not said yet; leave asked while naming one's own stake is leave
asked. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coachkit.roleplay import start
from coachkit.roleplay.messages import better

TO_CHOICE = {
    "fi": ["Mitä vaihtoehtoja sä näet?", "Mitä muuta?", "Minkä niistä valitset?"],
    "en": ["What options do you see?", "What else?", "Which one will you pick?"],
}
STEP = {
    "fi": ["Mitä sä sitten teet?", "Mitä sä teet ennen perjantaita?"],
    "en": ["What are you doing before next week?", "What do you do tomorrow morning?"],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("n", [0, 1])
def test_a_will_question_after_a_choice_asks_for_the_step(exercises, lang, n):
    session = start(exercises["meetings-run-late"], lang, seed=1)
    for line in TO_CHOICE[lang]:
        session.say(line)
    assert session.state.chosen
    turn = session.say(STEP[lang][n])
    assert turn.effects.intent == "first_step"
    assert session.summary().commitment


@pytest.mark.parametrize(
    ("lang", "asked", "more"),
    [
        ("en", "What goes on in those meetings?", ["Go on.", "Can you say more?", "Tell me more."]),
        (
            "fi",
            "Mitä niissä palavereissa tapahtuu?",
            ["Jatka vaan.", "Kerro lisää.", "Kerro vielä."],
        ),
    ],
)
def test_asked_for_more_the_supervisor_goes_on_instead_of_repeating_the_same_sentence(
    exercises, lang, asked, more
):
    session = start(exercises["meetings-run-late"], lang, seed=1)
    replies = [session.say(asked).reply]
    for line in more:
        turn = session.say(line)
        assert turn.effects.reaction in ("answer", "later"), (line, turn.effects)
        replies.append(turn.reply)
    assert len(set(replies)) == len(replies)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Sanon heti ääneen, että uudet vuorot koskee myös mua, eli mulla on tässä oma lehmä "
            "ojassa. Sopiiko, että pidän sen sivussa ja autan sua miettimään?",
        ),
        (
            "en",
            "I should say first that the new shifts affect me too, so I have a stake in this. "
            "Is it OK if I keep that aside and just help you think?",
        ),
    ],
)
def test_leave_asked_while_naming_ones_own_stake_counts_as_permission(exercises, lang, text):
    session = start(exercises["doubted-change"], lang, seed=1)
    turn = session.say(text)
    assert turn.effects.reaction == "boundary"
    assert session.summary().permission == 1


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("en", "Does the management team meet every week?", "Is it always like that?"),
        ("fi", "Kokoontuuko johtoryhmä joka viikko?", "Onks se aina tollasta?"),
    ],
)
def test_a_short_answer_is_given_once_and_a_second_closed_question_gets_a_plain_yes_or_no(
    exercises, lang, first, second
):
    # the short answer ("Once a week.") answers one closed question; given again to another
    # ("Is it always like that?") it would answer what was not asked
    exercise = exercises["feedback-from-above"]
    session = start(exercise, lang, seed=1)
    session.say("What happened at the door?" if lang == "en" else "Mitä siinä ovella tapahtui?")
    one = session.say(first)
    two = session.say(second)
    plain = {r.get(lang) for r in exercise.replies.closed}
    assert one.reply not in plain
    assert two.reply != one.reply
    assert two.reply in plain


FACT_QUESTIONS = {
    "en": [
        "What's been going on?",
        "How many people does it involve?",
        "Who else knows about it?",
        "How often does it happen?",
        "When did you first notice it?",
        "How many times has it come up?",
    ],
    "fi": [
        "Mitä on tapahtunut?",
        "Montako ihmistä tää koskee?",
        "Kuka muu tietää siitä?",
        "Kuinka usein sitä tapahtuu?",
        "Milloin huomasit sen ekan kerran?",
        "Kuinka monta kertaa se on tullut esiin?",
    ],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_question_for_one_fact_is_never_answered_with_a_yes_or_a_no(exercises, lang):
    # "Who books your meetings?" answered "Yes, and nine people take their turn in it.": the
    # short answer the case wrote for a yes-or-no question, or a plain "Yes, basically.", says
    # nothing to who, when or how many
    from coachkit.roleplay.case import opens_with_yes_or_no

    wrong = []
    for exercise in exercises.values():
        for seed in (1, 2):
            session = start(exercise, lang, seed=seed)
            for question in FACT_QUESTIONS[lang]:
                turn = session.say(question)
                if turn.analysis.kind == "closed" and opens_with_yes_or_no(turn.reply, lang):
                    wrong.append((exercise.id, seed, question, turn.reply))
    assert not wrong


@pytest.mark.parametrize(
    ("lang", "reply", "yes_or_no"),
    [
        ("en", "Yes, and the whole team takes part.", True),
        ("en", "Well... yes, I do that too.", True),
        ("en", "No, not even once.", True),
        ("en", "Not twice, but more.", False),
        ("en", "Nobody yet.", False),
        ("fi", "Joo, ja koko tiimi on mukana.", True),
        ("fi", "No... kyllä mäkin teen niin.", True),
        ("fi", "Ei, ei kertaakaan.", True),
        ("fi", "En tiedä vielä.", False),
        ("fi", "Niin kuin sanoin, kolme kertaa.", False),
    ],
)
def test_a_reply_opens_with_a_yes_or_a_no_only_when_it_answers_so(lang, reply, yes_or_no):
    from coachkit.roleplay.case import opens_with_yes_or_no

    assert opens_with_yes_or_no(reply, lang) is yes_or_no


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Saanko ehdottaa yhtä juttua? Sun kannattais antaa ne raportit jollekin muulle."),
        ("fi", "Sopiiks et mä sanon? Pidä ne palaverit lyhyempinä."),
        ("en", "Can I suggest something? You should hand the reports to someone else."),
        ("en", "Would it be OK if I shared an idea? Just cancel half of those meetings."),
    ],
)
def test_advice_given_before_the_answer_to_may_i_is_unasked_advice(exercises, lang, text):
    # leave asked and the advice given in the same breath: the supervisor hears the advice, and
    # the round counts no leave asked, since none was waited for
    session = start(exercises["own-workload"], lang, seed=1)
    session.say("What's been going on?" if lang == "en" else "Mitä on tapahtunut?")
    turn = session.say(text)
    assert turn.effects.reaction == "advice"
    assert turn.feedback.better == better("advice_unwaited", lang)
    summary = session.summary()
    assert summary.permission == 0
    assert summary.advice == 1


ELSEWHERE = {
    "en": ["What's been going on?", "Is the weather up in Lapland usually like that?"],
    "fi": ["Mitä on tapahtunut?", "Onks Lapin sää yleensä tollanen?"],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_closed_question_about_what_no_piece_holds_gets_no_pieces_short_answer(exercises, lang):
    # "Is your boss usually like that?" got "Once a week.", the short answer to whether the team
    # meets weekly: a short answer belongs to the piece that holds what was asked about
    wrong = []
    for exercise in exercises.values():
        shorts = {p.short.get(lang) for p in exercise.pieces if p.short}
        session = start(exercise, lang, seed=1)
        for line in ELSEWHERE[lang]:
            turn = session.say(line)
        if turn.analysis.kind == "closed" and turn.reply in shorts:
            wrong.append((exercise.id, turn.reply))
    assert not wrong


@pytest.mark.parametrize(
    ("lang", "asked"),
    [("en", "How many people are in the team?"), ("fi", "Montako ihmistä tiimissä on?")],
)
def test_how_many_is_the_form_of_a_question_not_what_it_asks_about(exercises, lang, asked):
    # "How many people...?": "many" says a number is wanted; the round of nine people's updates
    # holds the answer, and "I don't know" would not be one
    session = start(exercises["meetings-run-late"], lang, seed=3)
    turn = session.say(asked)
    assert turn.effects.reaction in ("answer", "short")
    assert "9" in turn.reply or "nine" in turn.reply.lower() or "yhdeksän" in turn.reply.lower()


@pytest.mark.parametrize(
    ("lang", "asked"),
    [
        ("en", "How many people are in the management team?"),
        ("fi", "Montako ihmistä johtoryhmässä on?"),
    ],
)
def test_a_question_for_a_number_is_not_answered_with_a_short_answer_that_has_none(
    exercises, lang, asked
):
    # "Once a week." is the short answer to whether the management team meets weekly; to "How
    # many are in it?" it answers nothing
    session = start(exercises["feedback-from-above"], lang, seed=6)
    session.say("What happened?" if lang == "en" else "Mitä tapahtui?")
    turn = session.say(asked)
    shorts = {p.short.get(lang) for p in exercises["feedback-from-above"].pieces if p.short}
    assert turn.reply not in shorts


@pytest.mark.parametrize(
    ("lang", "asked"),
    [("en", "When is the next meeting?"), ("fi", "Milloin seuraava palaveri on?")],
)
def test_a_question_for_a_time_now_is_no_step_asked_too_early(exercises, lang, asked):
    # "When is the next meeting?" got "Hang on, I don't have anything to choose from yet.": a
    # time asked about now or the past is a question of fact, not "When will you do it?"
    session = start(exercises["meetings-run-late"], lang, seed=3)
    turn = session.say(asked)
    assert turn.effects.reaction != "not_ready"
    step = session.say("When will you start?" if lang == "en" else "Milloin aloitat?")
    assert step.effects.reaction == "not_ready"
