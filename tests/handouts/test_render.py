"""Every handout rendered to PNG (pdftoppm): no blank page, nothing printed outside the frame.

Also checks pypdf's text positions: every line of text starts inside the page margins.
"""

from __future__ import annotations

import pytest

from coachkit.content.models import LocalizedText, Question, QuestionSet
from coachkit.handouts.base import MARGIN
from tests.handouts.conftest import (
    MM,
    ink_outside_frame,
    is_blank,
    reader,
    render_pngs,
)
from tests.handouts.test_documents import make_all
from tests.handouts.test_pdf import COMPOUND

DPI = 50


def long_library(lib):
    """The mini library with a 60-letter compound in a question and an exercise."""
    words = f"Mikä {COMPOUND} auttaisi sinua, kun {COMPOUND} venyy?"
    qset = QuestionSet(
        schema_version=1,
        id="long",
        title=LocalizedText(fi="P", en="P"),
        summary=LocalizedText(fi="P", en="P"),
        questions=[Question(id="long-1", text=LocalizedText(fi=words, en=words), stage="options")],
    )
    exercise = lib.items["exercise"]["mini-exercise"]
    long_ex = exercise.model_copy(
        update={
            "title": LocalizedText(fi=COMPOUND, en=COMPOUND),
            "learning_goals": [LocalizedText(fi=f"{COMPOUND} " * 3, en=f"{COMPOUND} " * 3)],
        }
    )
    items = {kind: dict(found) for kind, found in lib.items.items()}
    items["question"]["long"] = qset
    items["exercise"]["mini-exercise"] = long_ex
    return type(lib)(items=items, sources=dict(lib.sources), problems=[])


def text_starts(pdf: bytes):
    """(page size, x, y, text) of every text run pypdf finds."""
    for page in reader(pdf).pages:
        box = page.mediabox
        found = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                found.append((x, y, text))

        page.extract_text(visitor_text=visit)
        for x, y, text in found:
            yield (float(box.width), float(box.height)), x, y, text


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_pages_are_not_blank_and_nothing_leaves_the_frame(lib, tmp_path, lang, paper):
    docs = make_all(long_library(lib), lang, paper)
    for kind, pdf in docs.items():
        folder = tmp_path / kind
        folder.mkdir()
        for png in render_pngs(pdf, folder, DPI):
            assert not is_blank(png), f"{kind}: {png.name} is blank"
            assert ink_outside_frame(png, DPI, MARGIN / MM) == [], f"{kind}: {png.name}"


def test_text_starts_inside_the_margins(lib):
    for kind, pdf in make_all(long_library(lib), "fi").items():
        for (width, height), x, y, text in text_starts(pdf):
            if (x, y) == (0, 0):
                continue  # the page total, drawn in its own form XObject's coordinates
            assert MARGIN - 2 <= x <= width - MARGIN, (kind, x, text)
            assert MARGIN / 3 <= y <= height - MARGIN + 2, (kind, y, text)


def test_the_frame_check_can_fail(tmp_path):
    """A page with text in its margin is caught (so the test above can fail)."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "bad.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(2, 400, "outside")
    canvas.drawString(200, 400, "inside")
    canvas.save()
    (png,) = render_pngs(path.read_bytes(), tmp_path, DPI)
    assert ink_outside_frame(png, DPI, MARGIN / MM) == ["left"]
