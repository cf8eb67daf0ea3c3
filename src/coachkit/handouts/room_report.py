"""The room report: one page of the workshop's aggregates per section, for after the day.

Built from round records (numbers only) and the plan's section titles; never a participant's text
or name. Role-plays and observers' tallies are separate tables. A bar per practice section shows the
median share of open questions, so the page reads as "how the room's asking changed".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer, Table, TableStyle

from coachkit.handouts.base import (
    ACCENT,
    FONT,
    GREY,
    LIGHT,
    PALE,
    page,
    para,
    render,
    styles,
)
from coachkit.i18n import Translator, format_number, format_share
from coachkit.workshop.room_export import SectionRow, section_rows
from coachkit.workshop.stats import RoundRecord

STAGE_KEYS = ("goal", "reality", "options", "will")


def _pct(value: float | None, lang: str) -> str:
    """68 % (no-break space) in Finnish, 68% in English: the sign never wraps to its own line."""
    return "\u2013" if value is None else format_share(round(value) / 100, lang)


def _kinds_text(t: Translator, row: SectionRow, lang: str) -> str:
    names = {
        "open": t("Open question"),
        "closed": t("Closed question"),
        "leading": t("Leading question"),
        "advice": t("Advice"),
        "reflection": t("Reflection"),
        "summary": t("Summary"),
        "other": t("Other"),
    }
    top = sorted(row.picture.kinds, key=lambda kv: -kv[1])[:3]
    return ", ".join(f"{names.get(k, k)}\u00a0{_pct(v, lang)}" for k, v in top)


def _grow_text(row: SectionRow, lang: str, labels: Mapping[str, str]) -> str:
    grow = dict(row.picture.grow)
    return " · ".join(f"{labels[s]}\u00a0{_pct(grow.get(s, 0), lang)}" for s in STAGE_KEYS)


def _label_lines(text: str, width: float, size: float, lines: int = 2) -> list[str]:
    """``text`` in whole words on at most ``lines`` lines of ``width`` (an ellipsis if cut)."""
    wrapped = simpleSplit(text, FONT, size, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        last = wrapped[-1]
        while last and stringWidth(last + "\u2026", FONT, size) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        wrapped[-1] = last + "\u2026"
    return wrapped


def _bars(rows: Sequence[SectionRow], width: float, t: Translator, lang: str) -> Drawing:
    """Median open questions per practice section, as bars out of 100 %, each named under it."""
    label_size, label_room = 7.5, 22
    height = 34 * mm + label_room
    d = Drawing(width, height)
    plays = [r for r in rows if r.picture.source == "roleplay" and r.number]
    base = label_room
    d.add(Line(0, base, width, base, strokeColor=LIGHT, strokeWidth=0.6))
    if not plays:
        return d
    slot = min(60 * mm, width / len(plays))
    top = height - 18
    for i, row in enumerate(plays):
        value = row.picture.open_pct or 0.0
        x = i * slot + 8
        h = (top - base) * value / 100
        bar = Rect(x, base, slot - 16, h)
        bar.fillColor = ACCENT
        bar.strokeColor = None
        d.add(bar)
        d.add(String(x, base + h + 2, _pct(value, lang), fontName=FONT, fontSize=8))
        name = f"{row.number}. {row.title}" if row.title else str(row.number)
        for n, line in enumerate(_label_lines(name, slot - 16, label_size)):
            d.add(
                String(
                    x, base - 9 - n * 9, line, fontName=FONT, fontSize=label_size, fillColor=GREY
                )
            )
    d.add(String(0, height - 8, t("Open questions, median per round"), fontName=FONT, fontSize=8.5))
    return d


NUMBER_COLUMN = 18 * mm
"""Narrowest figure column: a short number under a heading of a word or two."""
PADDING = 14
"""A table cell's left and right padding together (points; ReportLab's default 6 + 6, and a
little slack)."""


def _column_width(heading: str) -> float:
    """A figure column wide enough for the longest word of its heading: "Heijastuksia" must not
    break into "Heijastu/ksia"."""
    style = styles()["cellbold"]
    longest = max(
        (stringWidth(w, style.fontName, style.fontSize) for w in heading.split()), default=0.0
    )
    return max(NUMBER_COLUMN, longest + PADDING)


def _table(
    t: Translator,
    lang: str,
    source: str,
    chosen: Sequence[SectionRow],
    stage_labels: Mapping[str, str],
    width: float,
) -> Table:
    """One row per section: its name with the kinds and GROW stages under it in small type, then
    the figures in narrow columns (so no name or heading is squeezed into a sliver)."""
    play = source == "roleplay"
    head = [t("Section"), t("Rounds"), t("Open questions"), t("Reflections per question")]
    head += [t("Own step reached")] if play else []
    data: list[list[Any]] = [[para(h, "cellbold") for h in head]]
    # outside the f-strings, where the catalog extractor finds them
    kinds_label, grow_label = t("Most common kinds"), t("GROW turns (%)")
    for r in chosen:
        p = r.picture
        name = f"{r.number}. {r.title}" if r.number else t("Outside the sections")
        about = [para(name, "cellbold")]
        if p.kinds:
            about.append(para(f"{kinds_label}: {_kinds_text(t, r, lang)}", "small"))
        if play and p.grow:
            about.append(para(f"{grow_label}: {_grow_text(r, lang, stage_labels)}", "small"))
        figures = [
            str(p.rounds),
            _pct(p.open_pct, lang),
            "\u2013"
            if p.reflections_per_question is None
            else format_number(p.reflections_per_question, lang, 2),
        ]
        figures += [f"{p.commitments}/{p.scored}"] if play else []
        data.append([about, *[para(f, "cell") for f in figures]])
    figure_widths = [_column_width(h) for h in head[1:]]
    widths = [width - sum(figure_widths), *figure_widths]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, LIGHT),
                ("BACKGROUND", (0, 0), (-1, 0), PALE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 1), (-1, -1), GREY),
            ]
        )
    )
    return table


def room_report(
    records: Sequence[RoundRecord],
    titles: Mapping[int, str],
    *,
    lang: str,
    workshop: str,
    paper: str = "a4",
) -> bytes:
    """The one-page PDF of the room's aggregates per section."""
    t = Translator(lang)
    stage_labels = {
        "goal": t("Goal"),
        "reality": t("Reality"),
        "options": t("Options"),
        "will": t("Will"),
    }
    rows = section_rows(records, titles)
    frame = page(paper).frame_width
    story: list[Any] = [
        para(t("Room report"), "title"),
        para(workshop, "subtitle"),
        para(
            t(
                "Numbers only: medians and shares of the rounds phones shared. No participant's "
                "text or name is in this report."
            ),
            "small",
        ),
        Spacer(1, 4 * mm),
        _bars(rows, frame, t, lang),
        Spacer(1, 4 * mm),
    ]
    for source, heading in (
        ("roleplay", t("Role-plays per section")),
        ("tally", t("Observers' tallies per section")),
    ):
        chosen = [r for r in rows if r.picture.source == source]
        story.append(para(heading, "h1"))
        if not chosen:
            story.append(para(t("None shared."), "small"))
            continue
        story.append(_table(t, lang, source, chosen, stage_labels, frame))
    return render(
        story,
        lang=lang,
        paper=paper,
        title=f"{t('Room report')}: {workshop}",
        subject=t("Room report"),
    )
