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
