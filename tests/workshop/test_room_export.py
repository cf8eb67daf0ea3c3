"""The export after the day: the room's aggregates per section as CSV and a one-page PDF."""

from __future__ import annotations

import csv
import io
import random

from pypdf import PdfReader

from coachkit.handouts.room_report import room_report
from coachkit.workshop.room import Room
from coachkit.workshop.room_export import section_rows, sections_csv


def filled_room() -> Room:
    room = Room(random.Random(1), clock=lambda: 0.0, rate_limit=50)
    a, b = room.join("Aino SECRET"), room.join()
    play = {"open_share": 0.5, "reflection_ratio": 0.25, "overall": 50, "commitment": False}
    room.record_round(a, {**play, "kinds": {"open": 2, "closed": 2}}, section=3)
    room.record_round(b, {**play, "open_share": 0.8, "commitment": True}, section=4)
    room.record_round(b, {"open_share": 0.1, "kinds": {"closed": 9}}, section=3, source="tally")
    room.record_round(a, play)  # practice outside the run
    return room


TITLES = {3: "Triad round 1", 4: "=Triad round 2"}


def test_the_csv_has_a_row_per_section_and_source_and_no_participant():
    text = sections_csv(section_rows(filled_room().records(), TITLES))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["section"], r["source"]) for r in rows] == [
        ("4", "roleplay"),
        ("5", "roleplay"),
        ("", "roleplay"),
        ("4", "tally"),
    ]
    assert rows[0]["open_pct_median"] == "50.0" and rows[1]["commitments"] == "1"
    assert rows[3]["commitments"] == "" and rows[3]["kind_closed_pct"] == "100.0"
    assert rows[1]["title"] == "'=Triad round 2"  # never a formula in a spreadsheet
    assert "SECRET" not in text and "Aino" not in text


def test_the_pdf_is_one_page_of_sections_in_the_chosen_language():
    room = filled_room()
    for lang, words in (("fi", "Huoneen raportti"), ("en", "Room report")):
        pdf = room_report(room.records(), TITLES, lang=lang, workshop="Intro 90")
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert words in text and "Triad round 1" in text and "Intro 90" in text
        assert "SECRET" not in text


def full_room() -> tuple[Room, dict[str, dict[int, str]]]:
    """Intro-90 as run: three triad rounds with long titles, twelve phones, four observers each."""
    room = Room(random.Random(1), clock=lambda: 0.0, rate_limit=500)
    people = [room.join() for _ in range(12)]
    rng = random.Random(3)
    for section in (3, 5, 7):
        for pid in people:
            kinds = {"open": rng.randint(1, 6), "closed": rng.randint(0, 4)}
            kinds |= {"advice": rng.randint(0, 3), "reflection": rng.randint(0, 4)}
            grow = {k: rng.randint(0, 4) for k in ("goal", "reality", "options", "will")}
            summary = {"open_share": rng.uniform(0.2, 0.9), "reflection_ratio": rng.uniform(0, 1.5)}
            summary |= {"overall": 60, "commitment": rng.random() < 0.5, "kinds": kinds}
            room.record_round(pid, {**summary, "grow": grow}, section=section)
        for pid in people[:4]:
            tally = {"open_share": 0.5, "kinds": {"open": 3, "closed": 2, "advice": 1}}
            room.record_round(pid, tally, section=section, source="tally")
    titles = {
        "fi": {
            3: "Kolmikkokierros 1: Ensimmäinen sopimus",
            5: "Kolmikkokierros 2: Viikkopalaverit venyvät",
            7: "Kolmikkokierros 3: Muutos, jota esihenkilö epäilee",
        },
        "en": {
            3: "Triad round 1: The first contract",
            5: "Triad round 2: The weekly meetings run late",
            7: "Triad round 3: A change the supervisor doubts",
        },
    }
    return room, titles


def test_a_full_room_fits_one_page_with_every_heading_and_name_in_whole_words():
    room, titles = full_room()
    headings = {
        "fi": ["Kierrokset", "Heijastuksia", "kysymystä", "kysymykset", "löytyi"],
        "en": ["Rounds", "Reflections", "question", "questions", "reached"],
    }
    for lang in ("fi", "en"):
        pdf = room_report(room.records(), titles[lang], lang=lang, workshop="Intro 90")
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1, lang
        text = reader.pages[0].extract_text()
        words = set(text.replace("\u00a0", " ").split())
        whole = {w.strip(":,.") for t in titles[lang].values() for w in t.split()}
        for word in headings[lang]:
            assert word in words, (lang, word)  # not "Heijastu" + "ksia" on two lines
        cut = [
            token
            for token in words
            if len(token) >= 4
            and token not in whole
            and any(w.startswith(token) and w != token for w in whole)
        ]
        assert not cut, (lang, cut)  # section names wrap at words under the bars, never cut
