"""Question cards: the question bank on A4 (or Letter) sheets of eight cards with cut marks, by GROW
stage, colour-coded with a legend; each card also carries the stage's letter for black-and-white
copies. A long question shrinks until it fits its card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from coachkit.handouts.base import (
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    LIGHT,
    Bookmark,
    HandoutError,
    Heading,
    esc,
    fit_paragraph,
    para,
    register_fonts,
    render,
    styles,
)
from coachkit.handouts.visuals import ORDER, STAGE_COLOURS, draw_badge, stage_names
from coachkit.i18n import Translator

if TYPE_CHECKING:
    from coachkit.content.loader import Library

COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS
LEGEND = 11 * mm
INSET = 6 * mm
"""Space between the frame edge and the card grid, where the cut marks go."""
CARD_PAD = 4 * mm


def _card_style() -> ParagraphStyle:
    return ParagraphStyle(
        "question-card",
        parent=styles()["body"],
        fontName=FONT,
        fontSize=14,
        leading=18,
        spaceAfter=0,
    )


class CardSheet(Flowable):
    """One sheet: a legend strip and a grid of up to eight cards, with cut marks around it."""

    def __init__(
        self, cards: list[tuple[str | None, str]], names: dict[str | None, str], footer: str
    ) -> None:
        super().__init__()
        self.cards = cards
        self.names = names
        self.footer = footer
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight - 1

    def _legend(self) -> None:
        canv = self.canv
        x, y = 0.0, self.height - LEGEND / 2
        canv.setFont(FONT, 8.5)
        for stage in ORDER[:-1]:
            draw_badge(canv, x + 2.2 * mm, y, stage, 2.2 * mm)
            canv.setFillColor(INK)
            canv.setFont(FONT, 8.5)
            name = self.names[stage]
            canv.drawString(x + 6 * mm, y - 3, name)
            x += 6 * mm + canv.stringWidth(name, FONT, 8.5) + 6 * mm

    def _cut_marks(self, left: float, bottom: float, cw: float, ch: float) -> None:
        canv = self.canv
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.4)
        right, top = left + COLUMNS * cw, bottom + ROWS * ch
        gap, length = 1.5 * mm, INSET - 2 * mm
        for i in range(COLUMNS + 1):
            x = left + i * cw
            canv.line(x, top + gap, x, top + gap + length)
            canv.line(x, bottom - gap, x, bottom - gap - length)
        for j in range(ROWS + 1):
            y = bottom + j * ch
            canv.line(left - gap, y, left - gap - length, y)
            canv.line(right + gap, y, right + gap + length, y)

    def _card(self, x: float, y: float, w: float, h: float, stage: str | None, text: str) -> None:
        canv = self.canv
        colour = STAGE_COLOURS.get(stage, STAGE_COLOURS[None])
        canv.setStrokeColor(LIGHT)
        canv.setLineWidth(0.4)
        canv.rect(x, y, w, h, stroke=1, fill=0)
        canv.setFillColor(colour)
        canv.rect(x, y + h - 2.5 * mm, w, 2.5 * mm, stroke=0, fill=1)
        badge_r = 4 * mm
        draw_badge(
            canv, x + CARD_PAD + badge_r, y + h - 2.5 * mm - CARD_PAD - badge_r, stage, badge_r
        )
        canv.setFillColor(colour)
        canv.setFont(FONT_BOLD, 9)
        canv.drawRightString(
            x + w - CARD_PAD, y + h - 2.5 * mm - CARD_PAD - badge_r - 3, self.names.get(stage, "")
        )
        top = y + h - 2.5 * mm - CARD_PAD - 2 * badge_r - 3 * mm
        box_w, box_h = w - 2 * CARD_PAD, top - (y + CARD_PAD + 4 * mm)
        p = fit_paragraph(esc(text), _card_style(), box_w, box_h)
        _, ph = p.wrapOn(canv, box_w, box_h)
        p.drawOn(canv, x + CARD_PAD, y + CARD_PAD + 4 * mm + (box_h - ph) / 2)
        canv.setFillColor(GREY)
        canv.setFont(FONT, 6.5)
        canv.drawString(x + CARD_PAD, y + CARD_PAD - 1, self.footer)

    def draw(self) -> None:
        register_fonts()
        canv = self.canv
        canv.saveState()
        self._legend()
        grid_w = self.width - 2 * INSET
        grid_h = self.height - LEGEND - 2 * INSET
        cw, ch = grid_w / COLUMNS, grid_h / ROWS
        left, bottom = INSET, INSET
        self._cut_marks(left, bottom, cw, ch)
        for i, (stage, text) in enumerate(self.cards):
            col, row = i % COLUMNS, i // COLUMNS
            self._card(left + col * cw, bottom + (ROWS - 1 - row) * ch, cw, ch, stage, text)
        canv.restoreState()


def bank(library: Library, lang: str, stage: str | None = None) -> list[tuple[str | None, str]]:
    """The question bank as (stage, text) pairs in GROW order; only ``stage`` when given."""
    rank = {s: i for i, s in enumerate(ORDER)}
    questions = [q for q in library.questions if stage is None or q.stage == stage]
    questions.sort(key=lambda q: rank[q.stage])
    return [(q.stage, q.text.get(lang)) for q in questions]


def question_cards(
    library: Library, lang: str, stage: str | None = None, paper: str = "a4"
) -> bytes:
    """Question cards as PDF bytes: eight cards a sheet with cut marks.

    Args:
        library: the content library (its question bank).
        lang: language of the document ("fi" or "en").
        stage: only this GROW stage ("goal", "reality", "options", "will"); all by default.
        paper: "a4" or "letter".
    """
    t = Translator(lang)
    names = stage_names(t)
    if stage is not None and stage not in names:
        raise HandoutError(f"unknown GROW stage '{stage}' (use goal, reality, options or will)")
    cards = bank(library, lang, stage)
    title = t("Question cards")
    if stage:
        title = f"{title}: {names[stage]}"
    story: list[Flowable] = []
    if not cards:
        story = [Heading(title, level=0), para(t("The question bank has no questions yet."))]
    marked: set[str | None] = set()
    for i in range(0, len(cards), PER_SHEET):
        sheet = cards[i : i + PER_SHEET]
        if i:
            story.append(PageBreak())
        for card_stage, _ in sheet:
            if card_stage not in marked:
                marked.add(card_stage)
                story.append(Bookmark(names[card_stage], level=0))
        story.append(CardSheet(sheet, names, f"GROW · {title}"))
    return render(story, lang=lang, paper=paper, title=title, subject=t("Question cards"))
