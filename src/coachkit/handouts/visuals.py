"""Small drawn pieces shared by the handouts: GROW stage badges, writing lines and boxes.

Stage colours come from the Okabe-Ito palette (distinguishable with common colour blindness), and
every badge also carries the stage's letter, so that a black-and-white copy still tells them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from coachkit.content.glossary import term
from coachkit.content.models import STAGES
from coachkit.handouts.base import FONT, FONT_BOLD, GREY, INK, LIGHT, register_fonts
from coachkit.i18n import Translator

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from coachkit.content.models import Method

STAGE_LETTERS = {"goal": "G", "reality": "R", "options": "O", "will": "W", None: "+"}
STAGE_COLOURS = {
    "goal": colors.HexColor("#0072B2"),
    "reality": colors.HexColor("#D55E00"),
    "options": colors.HexColor("#009E73"),
    "will": colors.HexColor("#8E4BA0"),
    None: colors.HexColor("#5f6b7a"),
}
ORDER = [*STAGES, None]


def stage_names(t: Translator) -> dict[str | None, str]:
    """Each GROW stage's name in the translator's language, as the glossary names it (None: a
    question for any stage)."""
    names: dict[str | None, str] = {s: term(f"stage-{s}", t.lang) for s in STAGES}
    names[None] = t("Any stage")
    return names


def draw_badge(
    canv: Canvas,
    x: float,
    y: float,
    stage: str | None,
    radius: float,
    muted: bool = False,
    letter: str | None = None,
) -> None:
    """A filled circle in the stage's colour with its letter in white, centred on (x, y).

    A ``muted`` badge is pale grey (a stage not reached), still with its letter. ``letter``
    replaces the GROW letter (a CLEAR step is C, L, E, A or R, whatever its stage colour).
    """
    canv.saveState()
    colour = STAGE_COLOURS.get(stage, STAGE_COLOURS[None])
    canv.setFillColor(colors.HexColor("#c9d1d9") if muted else colour)
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.6)
    canv.circle(x, y, radius, stroke=1, fill=1)
    canv.setFillColor(colors.white)
    size = radius * 1.25
    text = letter if letter is not None else STAGE_LETTERS.get(stage, "+")
    while size > 4 and canv.stringWidth(text, FONT_BOLD, size) > 1.55 * radius:
        size -= 0.25
    canv.setFont(FONT_BOLD, size)
    canv.drawCentredString(x, y - size * 0.36, text)
    canv.restoreState()


def step_letters(method: Method) -> list[str]:
    """A badge letter for each step of ``method``: the model's own acronym when its English title
    spells one (GROW, CLEAR, OSKAR, OARS), else the step's number."""
    import re

    steps = method.steps
    for word in re.findall(r"\b[A-Z]{3,}\b", method.title.en):
        if len(word) == len(steps):
            return list(word)
    return [str(i) for i in range(1, len(steps) + 1)]


class Badge(Flowable):
    """A stage badge as a flowable (for tables and headings)."""

    def __init__(
        self,
        stage: str | None,
        size: float = 5 * mm,
        muted: bool = False,
        letter: str | None = None,
    ) -> None:
        super().__init__()
        self.stage = stage
        self.size = size
        self.muted = muted
        self.letter = letter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab's names)
        return self.size, self.size

    def draw(self) -> None:
        register_fonts()
        r = self.size / 2
        draw_badge(self.canv, r, r, self.stage, r, self.muted, self.letter)


class WritingLines(Flowable):
    """Ruled lines to write on, optionally under a label."""

    def __init__(self, lines: int, gap: float = 8 * mm, label: str | None = None) -> None:
        super().__init__()
        self.lines = lines
        self.gap = gap
        self.label = label
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.lines * self.gap + (5 * mm if self.label else 0) + 2

    def draw(self) -> None:
        canv = self.canv
        height = self.lines * self.gap + (5 * mm if self.label else 0) + 2
        if self.label:
            canv.setFont(FONT, 8.5)
            canv.setFillColor(GREY)
            canv.drawString(0, height - 8, self.label)
        canv.setStrokeColor(LIGHT)
        canv.setLineWidth(0.5)
        for i in range(1, self.lines + 1):
            y = height - (5 * mm if self.label else 0) - i * self.gap
            canv.line(0, y, self.width, y)


class CutLine(Flowable):
    """A dashed horizontal line with scissors, across the frame."""

    def __init__(self, space: float = 4 * mm) -> None:
        super().__init__()
        self.space = space
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.space * 2

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(GREY)
        canv.setDash(3, 3)
        canv.setLineWidth(0.5)
        canv.line(12, self.space, self.width, self.space)
        canv.setFont(FONT, 10)
        canv.setFillColor(GREY)
        canv.drawString(0, self.space - 3.5, "✂")
        canv.restoreState()
