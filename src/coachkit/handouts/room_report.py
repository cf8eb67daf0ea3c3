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
)
from coachkit.i18n import Translator, format_number
from coachkit.workshop.room_export import SectionRow, section_rows
from coachkit.workshop.stats import RoundRecord

STAGE_KEYS = ("goal", "reality", "options", "will")


def _pct(value: float | None, lang: str) -> str:
    return "\u2013" if value is None else f"{format_number(value, lang, 0)} %"


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
    return ", ".join(f"{names.get(k, k)} {format_number(v, lang, 0)} %" for k, v in top)


def _grow_text(row: SectionRow, lang: str, labels: Mapping[str, str]) -> str:
    grow = dict(row.picture.grow)
    return " / ".join(f"{labels[s]} {format_number(grow.get(s, 0), lang, 0)}" for s in STAGE_KEYS)


def _bars(rows: Sequence[SectionRow], width: float, t: Translator, lang: str) -> Drawing:
    """Median open questions per practice section, as bars out of 100 %."""
    height = 34 * mm
    d = Drawing(width, height)
    plays = [r for r in rows if r.picture.source == "roleplay" and r.number]
    d.add(Line(0, 10, width, 10, strokeColor=LIGHT, strokeWidth=0.6))
    if not plays:
        return d
    slot = min(60 * mm, width / len(plays))
    top = height - 18
    for i, row in enumerate(plays):
        value = row.picture.open_pct or 0.0
        x = i * slot + 8
        h = (top - 10) * value / 100
        bar = Rect(x, 10, slot - 16, h)
        bar.fillColor = ACCENT
        bar.strokeColor = None
        d.add(bar)
        d.add(String(x, 12 + h + 2, _pct(value, lang), fontName=FONT, fontSize=8))
        d.add(String(x, 0, row.title[:28] or str(row.number), fontName=FONT, fontSize=7))
    d.add(String(0, height - 8, t("Open questions, median per round"), fontName=FONT, fontSize=8.5))
    return d


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
        head = [
            t("Section"),
            t("Rounds"),
            t("Open questions"),
            t("Reflections per question"),
        ]
        head += [t("Own step reached")] if source == "roleplay" else []
        head += [t("Most common kinds")]
        head += [t("GROW turns (%)")] if source == "roleplay" else []
        data = [[para(h, "cellbold") for h in head]]
        for r in chosen:
            p = r.picture
            cells = [
                f"{r.number}. {r.title}" if r.number else t("Outside the sections"),
                str(p.rounds),
                _pct(p.open_pct, lang),
                "\u2013"
                if p.reflections_per_question is None
                else format_number(p.reflections_per_question, lang, 2),
            ]
            cells += [f"{p.commitments}/{p.scored}"] if source == "roleplay" else []
            cells += [_kinds_text(t, r, lang)]
            cells += [_grow_text(r, lang, stage_labels)] if source == "roleplay" else []
            data.append([para(c, "cell") for c in cells])
        table = Table(data, repeatRows=1, hAlign="LEFT")
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
        story.append(table)
    return render(
        story,
        lang=lang,
        paper=paper,
        title=f"{t('Room report')}: {workshop}",
        subject=t("Room report"),
    )
