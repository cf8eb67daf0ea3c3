"""PDF properties: metadata and language, outline, paper size, embedded font, escaping, long words."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle

from coachkit.content.models import LocalizedText
from coachkit.handouts import (
    esc,
    facilitator_guide,
    practice_report,
    question_cards,
    role_cards,
    worksheet,
)
from coachkit.handouts.base import FONT, fit_paragraph, styles
from tests.handouts.conftest import SUMMARY, WHEN, reader, text_of

COMPOUND = "Esihenkilövalmennuskeskustelukäytäntöjenkehittämissuunnitelmaluonnos"[:60]
NASTY = '<b>Anna & "Åsa" <script>alert(1)</script>'


def both(text: str) -> LocalizedText:
    return LocalizedText(fi=text, en=text)


def test_compound_is_sixty_letters():
    assert len(COMPOUND) == 60 and " " not in COMPOUND


def test_metadata_and_language(lib):
    pdf = worksheet(lib.items["exercise"]["mini-exercise"], lib, "fi")
    doc = reader(pdf)
    meta = doc.metadata
    assert meta.title == "Palaverit venyvät"
    assert meta.author == "coachkit"
    assert meta.subject == "Osallistujan tehtävälomake"
    assert doc.trailer["/Root"]["/Lang"] == "fi-FI"
    en = reader(worksheet(lib.items["exercise"]["mini-exercise"], lib, "en"))
    assert en.trailer["/Root"]["/Lang"] == "en-GB"


def test_outline_has_the_headings(lib):
    doc = reader(worksheet(lib.items["exercise"]["mini-exercise"], lib, "fi"))
    top = doc.outline[0]
    children = [item.title for item in doc.outline[1]]
    assert top.title == "Palaverit venyvät"
    assert "Tilanne" in children and "Oppimistavoitteet" in children
    cards = reader(role_cards(lib.items["exercise"]["mini-exercise"], "fi")).outline
    assert [c.title for c in cards] == [
        "Valmentaja",
        "Havainnoija",
        "Valmennettava (esihenkilö)",
    ]


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612, 792))])
def test_paper_size(lib, paper, size):
    doc = reader(question_cards(lib, "en", paper=paper))
    box = doc.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == size


def test_bundled_font_is_embedded(lib):
    doc = reader(worksheet(lib.items["exercise"]["mini-exercise"], lib, "fi"))
    fonts = doc.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        if font.get("/Subtype") == "/Type0":
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        else:
            descriptor = font.get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor.get_object():
            embedded.append(str(font["/BaseFont"]))
    assert any("DejaVuSans" in name for name in embedded), embedded


def test_esc_makes_markup_literal():
    assert esc("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert esc("a\x00b\x1fc") == "abc"


def test_untrusted_text_prints_literally(lib):
    exercise = lib.items["exercise"]["mini-exercise"]
    own = exercise.model_copy(update={"title": both(NASTY), "situation": both("A & B <i>x")})
    plan = lib.items["plan"]["mini-plan"].model_copy(update={"title": both(NASTY)})
    for pdf in (
        worksheet(own, lib, "en"),
        role_cards(own, "en"),
        facilitator_guide(plan, lib, "en"),
        practice_report(SUMMARY, own, "en", when=WHEN, name=NASTY),
    ):
        text = text_of(pdf)
        assert "<b>Anna &" in text and "<script>alert(1)</script>" in text
    assert "A & B <i>x" in text_of(worksheet(own, lib, "en"))
    assert reader(facilitator_guide(plan, lib, "en")).metadata.title == NASTY


def test_long_compound_wraps_inside_the_box():
    style = ParagraphStyle("t", parent=styles()["body"], fontSize=14, leading=18)
    width, height = 70 * 2.835, 30 * 2.835
    p = fit_paragraph(esc(COMPOUND * 2), style, width, height)
    _, h = p.wrap(width, height)
    assert h <= height
    assert p.style.fontSize < 14  # it had to shrink
    assert p.blPara.kind == 0  # plain lines: (space left over, words)
    assert all(space_left >= 0 for space_left, _ in p.blPara.lines)


def test_long_compound_in_content_is_printed_whole(lib):
    exercise = lib.items["exercise"]["mini-exercise"].model_copy(
        update={"title": both(COMPOUND), "situation": both(f"Tilanne: {COMPOUND} {COMPOUND}.")}
    )
    text = text_of(worksheet(exercise, lib, "fi")).replace(" ", "")
    assert COMPOUND in text  # split over lines, but nothing lost
    assert styles()["body"].fontName == FONT
