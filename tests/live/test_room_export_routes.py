"""The room's export after the day: per-section CSV and the one-page PDF, behind the code."""

from __future__ import annotations

import io

from pypdf import PdfReader
from starlette.testclient import TestClient

from coachkit.server import LiveRoom, create_app

LOCAL = "http://127.0.0.1:8550"


def test_room_csv_and_pdf_need_a_key_and_hold_the_sections_numbers_only():
    live = LiveRoom()
    pid = live.join("Aino SECRET")
    live.record_round(pid, {"open_share": 0.6, "overall": 50, "commitment": True}, section=3)
    live.record_round(pid, {"open_share": 0.2}, section=3, source="tally")
    live.titles, live.workshop = {3: "Triad round 1"}, "Intro 90"
    app = create_app(lambda page: None, room=live, warm=False)
    with TestClient(app, base_url=LOCAL) as c:
        for path in ("/export/room.csv", "/export/room.pdf", "/export/room.pdf?key=nope"):
            assert c.get(path).status_code == 401
        key = live.issue_key()
        text = c.get(f"/export/room.csv?key={key}").text
        assert text.splitlines()[0].startswith("section,title,source,rounds,open_pct_median")
        assert "4,Triad round 1,roleplay,1,60.0" in text and "4,Triad round 1,tally,1,20.0" in text
        pdf = c.get(f"/export/room.pdf?key={key}&lang=en")
        assert pdf.headers["content-type"] == "application/pdf"
        assert pdf.headers["content-disposition"].startswith("attachment")
        page = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
        assert "Room report" in page and "Intro 90" in page
        assert "SECRET" not in text + page and "Aino" not in text + page
