"""Question cards: questions on A4 (or Letter) sheets of eight cards with cut marks. Each card carries
its method's badge and colour (GROW, CLEAR, AI...) and, where it has one, the GROW stage's name; a
long question shrinks until it fits its card.

For a workshop the deck is chosen from the plan (:func:`plan_deck`): about 32 questions from the
methods its blocks and exercises use, spread over their stages, leaving out questions that only make
sense after something was said ("Which of these...?"). Without a plan, the whole bank is printed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from coachkit.content.models import Exercise, Method
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
from coachkit.handouts.visuals import ORDER, stage_names
from coachkit.i18n import Translator

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reportlab.pdfgen.canvas import Canvas

    from coachkit.content.loader import Library
    from coachkit.content.models import Plan, Question, Stage

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


DECK_SIZE = 32
METHOD_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#8E4BA0", "#CC79A7", "#E69F00", "#56B4E9"]
"""Okabe-Ito colours, one per method in the order the deck meets them."""
NEEDS_CONTEXT = re.compile(
    r"\b(these|those|of them|this step|the step|that step|the scale|that number|"
    r"my summary|your summary|that idea|this idea|the change|the first one)\b",
    re.IGNORECASE,
)
"""English wording that points back at something said before; such a question cannot stand alone
on a card."""


@dataclass(frozen=True)
class QuestionCard:
    """One card: the question, its method's badge and colour, and its stage's name if any."""

    text: str
    badge: str
    colour: str
    corner: str
    footer: str
    stage: str | None = None


def method_badge(method: Method) -> str:
    """The badge text of a method: its own short mark, else the acronym in its English title."""
    if method.badge:
        return method.badge
    found = re.findall(r"\b[A-Z]{2,}\b", method.title.en)
    return found[0] if found else method.title.en[:2].upper()


def context_free(question: Question) -> bool:
    """True when the question makes sense on its own, without anything said before it."""
    return not NEEDS_CONTEXT.search(question.text.en)


PRACTISED_IN = {"triad-round", "solo-practice", "fishbowl", "observed-session"}
"""Blocks in which participants themselves ask the questions (not a demonstration)."""


def plan_methods(plan: Plan, library: Library) -> list[str]:
    """The methods a plan uses: its blocks' methods, then the methods of the exercises that
    participants practise, in order."""
    out: list[str] = []
    for block in plan.blocks:
        if block.method and block.method not in out:
            out.append(block.method)
    for block in plan.blocks:
        if block.kind not in PRACTISED_IN:
            continue
        exercise = library.get(Exercise, block.exercise) if block.exercise else None
        for method in exercise.methods if exercise else []:
            if method not in out:
                out.append(method)
    return [m for m in out if m in library.items["method"]]


def plan_deck(plan: Plan, library: Library, size: int = DECK_SIZE) -> list[Question]:
    """About ``size`` bank questions for ``plan``: open questions of its methods that stand on
    their own, taken in turn from each (method, stage) group so that every method and stage gets
    its share, then ordered by method and GROW stage."""
    methods = plan_methods(plan, library)
    rank = {s: i for i, s in enumerate(ORDER)}
    groups: dict[tuple[str, Stage | None], list[Question]] = {}
    for q in library.questions:
        if q.method is not None and q.method in methods and q.kind == "open" and context_free(q):
            groups.setdefault((q.method, q.stage), []).append(q)
    keys = sorted(groups, key=lambda k: (methods.index(k[0]), rank[k[1]]))
    chosen: list[Question] = []
    depth = 0
    while len(chosen) < size and any(len(groups[k]) > depth for k in keys):
        for key in keys:
            if len(chosen) < size and len(groups[key]) > depth:
                chosen.append(groups[key][depth])
        depth += 1
    chosen.sort(key=lambda q: (methods.index(q.method or ""), rank[q.stage]))
    return chosen


def _cards(
    questions: Sequence[Question], library: Library, lang: str, names: dict[str | None, str]
) -> list[QuestionCard]:
    order: list[str | None] = []  # methods in the order the deck meets them
    for q in questions:
        if q.method not in order:
            order.append(q.method)
    out: list[QuestionCard] = []
    for q in questions:
        method = library.get(Method, q.method) if q.method else None
        colour = METHOD_COLOURS[order.index(q.method) % len(METHOD_COLOURS)]
        out.append(
            QuestionCard(
                text=q.text.get(lang),
                badge=method_badge(method) if method else "?",
                colour=colour,
                corner=names[q.stage] if q.stage else "",
                footer=method.title.get(lang) if method else "",
                stage=q.stage,
            )
        )
    return out


class CardSheet(Flowable):
    """One sheet: a legend strip of the methods on it and a grid of up to eight cards, with cut
    marks around it."""

    def __init__(self, cards: list[QuestionCard]) -> None:
        super().__init__()
        self.cards = cards
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight - 1

    def _legend(self) -> None:
        canv = self.canv
        x, y = 0.0, self.height - LEGEND / 2
        seen: list[tuple[str, str, str]] = []
        for card in self.cards:
            if (card.badge, card.colour, card.footer) not in seen:
                seen.append((card.badge, card.colour, card.footer))
        for badge, colour, name in seen:
            _badge(canv, x + 2.6 * mm, y, 2.6 * mm, colour, badge)
            canv.setFillColor(INK)
            canv.setFont(FONT, 8.5)
            canv.drawString(x + 7 * mm, y - 3, name)
            x += 7 * mm + canv.stringWidth(name, FONT, 8.5) + 6 * mm

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

    def _card(self, x: float, y: float, w: float, h: float, card: QuestionCard) -> None:
        canv = self.canv
        colour = colors.HexColor(card.colour)
        canv.setStrokeColor(LIGHT)
        canv.setLineWidth(0.4)
        canv.rect(x, y, w, h, stroke=1, fill=0)
        canv.setFillColor(colour)
        canv.rect(x, y + h - 2.5 * mm, w, 2.5 * mm, stroke=0, fill=1)
        badge_r = 4.5 * mm
        _badge(
            canv,
            x + CARD_PAD + badge_r,
            y + h - 2.5 * mm - CARD_PAD - badge_r,
            badge_r,
            card.colour,
            card.badge,
        )
        if card.corner:
            canv.setFillColor(colour)
            canv.setFont(FONT_BOLD, 9)
            canv.drawRightString(
                x + w - CARD_PAD, y + h - 2.5 * mm - CARD_PAD - badge_r - 3, card.corner
            )
        top = y + h - 2.5 * mm - CARD_PAD - 2 * badge_r - 3 * mm
        box_w, box_h = w - 2 * CARD_PAD, top - (y + CARD_PAD + 4 * mm)
        p = fit_paragraph(esc(card.text), _card_style(), box_w, box_h)
        _, ph = p.wrapOn(canv, box_w, box_h)
        p.drawOn(canv, x + CARD_PAD, y + CARD_PAD + 4 * mm + (box_h - ph) / 2)
        canv.setFillColor(GREY)
        canv.setFont(FONT, 6.5)
        canv.drawString(x + CARD_PAD, y + CARD_PAD - 1, card.footer)

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
        for i, card in enumerate(self.cards):
            col, row = i % COLUMNS, i // COLUMNS
            self._card(left + col * cw, bottom + (ROWS - 1 - row) * ch, cw, ch, card)
        canv.restoreState()


def _badge(canv: Canvas, x: float, y: float, radius: float, colour: str, text: str) -> None:
    """A filled circle in ``colour`` with ``text`` in white, centred on (x, y)."""
    canv.saveState()
    canv.setFillColor(colors.HexColor(colour))
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.6)
    canv.circle(x, y, radius, stroke=1, fill=1)
    canv.setFillColor(colors.white)
    size = radius * 1.25
    while size > 4 and canv.stringWidth(text, FONT_BOLD, size) > 1.55 * radius:
        size -= 0.25
    canv.setFont(FONT_BOLD, size)
    canv.drawCentredString(x, y - size * 0.36, text)
    canv.restoreState()


def bank(library: Library, lang: str, stage: str | None = None) -> list[tuple[str | None, str]]:
    """The question bank as (stage, text) pairs in GROW order; only ``stage`` when given."""
    rank = {s: i for i, s in enumerate(ORDER)}
    questions = [q for q in library.questions if stage is None or q.stage == stage]
    questions.sort(key=lambda q: rank[q.stage])
    return [(q.stage, q.text.get(lang)) for q in questions]


def question_cards(
    library: Library,
    lang: str,
    stage: str | None = None,
    paper: str = "a4",
    plan: Plan | None = None,
) -> bytes:
    """Question cards as PDF bytes: eight cards a sheet with cut marks.

    Args:
        library: the content library (its question bank and methods).
        lang: language of the document ("fi" or "en").
        stage: only this GROW stage ("goal", "reality", "options", "will"); all by default.
        paper: "a4" or "letter".
        plan: choose the deck for this workshop plan (:func:`plan_deck`); the whole bank when
            not given.
    """
    t = Translator(lang)
    names = stage_names(t)
    if stage is not None and stage not in names:
        raise HandoutError(f"unknown GROW stage '{stage}' (use goal, reality, options or will)")
    rank = {s: i for i, s in enumerate(ORDER)}
    if plan is not None:
        questions = plan_deck(plan, library)
    else:
        questions = sorted(library.questions, key=lambda q: rank[q.stage])
    if stage is not None:
        questions = [q for q in questions if q.stage == stage]
    cards = _cards(questions, library, lang, names)
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
        for card in sheet:
            if card.footer not in marked:
                marked.add(card.footer)
                story.append(Bookmark(card.footer or title, level=0))
        story.append(CardSheet(sheet))
    return render(story, lang=lang, paper=paper, title=title, subject=t("Question cards"))
