"""What every handout shares: the bundled font, paper sizes, styles, escaping and the page frame.

Every piece of text that does not come from our own code (content, plan titles, participant names,
a facilitator's own exercises) goes through :func:`esc` before it becomes Platypus markup, so that
"<b>", "&" and "<script>" print literally and never break a Paragraph.

Page numbers ("Sivu 2/5", "Page 2 of 5") are drawn in one pass: each footer draws "Page 2 of " and
then a PDF form XObject that holds the total, which the canvas defines when it is saved.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from coachkit.i18n import Translator

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "CoachkitSans"
FONT_BOLD = "CoachkitSans-Bold"
PAPERS = {"a4": A4, "letter": LETTER}
LANG_TAGS = {"fi": "fi-FI", "en": "en-GB"}
MARGIN = 16 * mm
AUTHOR = "coachkit"

INK = colors.HexColor("#1f2933")
GREY = colors.HexColor("#5f6b7a")
LIGHT = colors.HexColor("#c9d1d9")
PALE = colors.HexColor("#f2f4f7")
ACCENT = colors.HexColor("#1d4e89")

_PAGES_FORM = "coachkitPageCount"
rl_config.useA85 = 0  # binary (Flate only) streams: smaller files and ~10 % faster to write
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


class HandoutError(ValueError):
    """A handout cannot be built from what was asked (an unknown id, a missing plan)."""


def esc(text: object) -> str:
    """Untrusted text as Platypus markup that prints literally.

    Escapes ``&``, ``<`` and ``>`` and drops control characters that XML cannot carry.
    """
    return _xml_escape(_CONTROL.sub("", str(text)))


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans (regular and bold) once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def paper_size(paper: str) -> tuple[float, float]:
    """Page size in points for "a4" or "letter"."""
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise HandoutError(f"unknown paper size '{paper}' (use a4 or letter)") from None


@dataclass(frozen=True)
class Page:
    """The page and its text frame, in points."""

    width: float
    height: float
    margin: float = MARGIN

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def frame_height(self) -> float:
        return self.height - 2 * self.margin


def page(paper: str) -> Page:
    """The :class:`Page` of a paper size."""
    width, height = paper_size(paper)
    return Page(width, height)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles of every handout (all in the bundled font; long words split)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=13.6,
        spaceAfter=4,
        textColor=INK,
        splitLongWords=1,
        bulletFontName=FONT,
    )

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    return {
        "body": body,
        "title": make("title", fontName=FONT_BOLD, fontSize=20, leading=24, spaceAfter=4),
        "subtitle": make("subtitle", fontSize=11, leading=14, textColor=GREY, spaceAfter=10),
        "h1": make(
            "h1",
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=17,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h2": make(
            "h2",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "small": make("small", fontSize=8.5, leading=11, textColor=GREY),
        "cell": make("cell", fontSize=9, leading=11.5, spaceAfter=0),
        "cellbold": make("cellbold", fontName=FONT_BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        "bullet": make("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        "quote": make("quote", leftIndent=10, textColor=INK, fontSize=10.5, leading=14),
        "card": make("card", fontSize=10, leading=13, spaceAfter=3),
        "cardtitle": make("cardtitle", fontName=FONT_BOLD, fontSize=13, leading=16, spaceAfter=4),
    }


def para(text: object, style: str = "body", bold: bool = False) -> Paragraph:
    """A Paragraph of untrusted plain text (escaped), optionally bold."""
    markup = esc(text)
    if bold:
        markup = f"<b>{markup}</b>"
    return Paragraph(markup, styles()[style])


def labelled(label: str, text: object, style: str = "body") -> Paragraph:
    """A Paragraph "**label:** text" of untrusted text."""
    return Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", styles()[style])


def bullets(texts: Iterable[object], style: str = "bullet", symbol: str = "•") -> list[Paragraph]:
    """One bulleted Paragraph per untrusted text."""
    return [Paragraph(esc(text), styles()[style], bulletText=symbol) for text in texts]


def fit_paragraph(
    markup: str, style: ParagraphStyle, width: float, height: float, min_size: float = 6.0
) -> Paragraph:
    """A Paragraph of ``markup`` whose font shrinks (down to ``min_size``) until it fits the box."""
    size = style.fontSize
    ratio = style.leading / style.fontSize
    current = style
    while True:
        p = Paragraph(markup, current)
        _, h = p.wrap(width, height)
        if h <= height or size <= min_size:
            return p
        size = max(min_size, size - 0.5)
        current = ParagraphStyle(
            f"{style.name}-{size}", parent=style, fontSize=size, leading=size * ratio
        )


class Heading(Paragraph):
    """A heading Paragraph that also becomes an entry in the PDF outline (bookmarks)."""

    def __init__(self, text: str, level: int = 0, style: str | None = None) -> None:
        self.outline_text = _CONTROL.sub("", str(text))
        self.outline_level = level
        name = style or ("title" if level == 0 else "h1" if level == 1 else "h2")
        super().__init__(esc(text), styles()[name])


class Bookmark(Flowable):
    """An invisible outline entry (for pages whose heading is drawn by another flowable)."""

    def __init__(self, text: str, level: int = 0) -> None:
        super().__init__()
        self.outline_text = _CONTROL.sub("", str(text))
        self.outline_level = level

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


def _page_label(t: Translator) -> tuple[str, str]:
    """The footer template split around the total: ("Page {page} of ", "")."""
    template = t("Page {page} of {pages}")
    if "{pages}" not in template:
        return template, ""
    prefix, _, suffix = template.partition("{pages}")
    if "{page}" in suffix:
        return prefix, ""
    return prefix, suffix


def _canvas_maker(suffix: str) -> type[Canvas]:
    class _Canvas(Canvas):
        """Defines the page-count form when saved, so every footer shows the total."""

        def save(self) -> None:
            if self._code:  # type: ignore[attr-defined]  # the page's drawing so far
                self.showPage()
            total = self.getPageNumber() - 1
            self.beginForm(_PAGES_FORM, -5, -5, 200, 20)
            self.setFont(FONT, 8)
            self.setFillColor(GREY)
            self.drawString(0, 0, f"{total}{suffix}")
            self.endForm()
            super().save()

    return _Canvas


class _Doc(BaseDocTemplate):
    def __init__(
        self,
        buf: io.BytesIO,
        *,
        size: tuple[float, float],
        t: Translator,
        footer: str,
        margin: float,
        **meta: Any,
    ) -> None:
        super().__init__(
            buf,
            pagesize=size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            author=AUTHOR,
            creator="coachkit (ReportLab)",
            **meta,
        )
        self._footer = footer
        self._prefix, self._suffix = _page_label(t)
        self._outline_last = -1
        self._outline_n = 0
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        y = self.bottomMargin / 2 - 3
        x = self.leftMargin
        canv.setFont(FONT, 8)
        canv.setFillColor(GREY)
        prefix = self._prefix.replace("{page}", str(canv.getPageNumber()))
        canv.drawString(x, y, prefix)
        canv.translate(x + pdfmetrics.stringWidth(prefix, FONT, 8), y)
        canv.doForm(_PAGES_FORM)
        canv.restoreState()
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColor(GREY)
        room = self.width * 0.7
        footer = self._footer
        while footer and pdfmetrics.stringWidth(footer, FONT, 8) > room:
            footer = footer[:-2] + "…"
        canv.drawRightString(self.leftMargin + self.width, y, footer)
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading | Bookmark):
            level = min(flowable.outline_level, self._outline_last + 1)
            key = f"h{self._outline_n}"
            self._outline_n += 1
            if self._outline_n == 1:
                self.canv.showOutline()
            y = self.frame._y  # type: ignore[attr-defined]  # where the flowable was drawn
            top = y + flowable.height + flowable.getSpaceBefore() + 6
            self.canv.bookmarkHorizontal(key, 0, top)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=level, closed=level > 0)
            self._outline_last = level


def render(
    story: list[Flowable],
    *,
    lang: str,
    paper: str,
    title: str,
    subject: str,
    footer: str | None = None,
) -> bytes:
    """Lay out ``story`` on pages and return the PDF bytes.

    Args:
        story: Platypus flowables.
        lang: language of the document ("fi" or "en"); sets the PDF /Lang entry and page labels.
        paper: "a4" or "letter".
        title: PDF title (plain text, not markup).
        subject: PDF subject: what kind of handout this is.
        footer: text at the bottom right of every page; defaults to "coachkit · subject".
    """
    register_fonts()
    t = Translator(lang)
    buf = io.BytesIO()
    doc = _Doc(
        buf,
        size=paper_size(paper),
        t=t,
        margin=MARGIN,
        footer=footer if footer is not None else f"coachkit · {subject}",
        title=_CONTROL.sub("", title),
        subject=subject,
        lang=LANG_TAGS.get(lang, lang),
        keywords="coachkit",
    )
    doc.build(story, canvasmaker=_canvas_maker(doc._suffix))
    return buf.getvalue()
