"""The practice report of one participant's role-play round: the overall score, a chart of the
parts, MITI-style figures, GROW stages covered and the feedback turn by turn.

It is built from the role-play summary as a plain dict (keys: overall, parts, commitment,
open_share, leading, advice, reflection_ratio, reflection_band, grow_covered, turns, kinds,
feedback); missing keys print as a dash rather than failing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from coachkit.content.models import STAGES
from coachkit.handouts.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT,
    PALE,
    Heading,
    esc,
    page,
    para,
    render,
    styles,
)
from coachkit.handouts.visuals import Badge, stage_names
from coachkit.i18n import Translator, format_date, format_number, format_share

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from coachkit.content.models import Exercise

DASH = "–"


def kind_names(t: Translator) -> dict[str, str]:
    """Names of the analyser's question kinds in the translator's language."""
    return {
        "open": t("Open question"),
        "closed": t("Closed question"),
        "leading": t("Leading question"),
        "advice": t("Advice"),
        "reflection": t("Reflection"),
        "other": t("Other"),
    }


def _number(value: object, lang: str, digits: int = 1) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DASH
    return format_number(value, lang, digits)


def _clip(text: str, limit: int = 34) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def parts_chart(parts: list[Mapping[str, Any]], width: float, lang: str = "en") -> Drawing:
    """A horizontal bar chart of each part's points as a share of its maximum (0-100)."""
    names = [_clip(p.get("name", "")) for p in parts]
    values: list[float] = []
    for p in parts:
        points, most = p.get("points") or 0, p.get("max") or 0
        values.append(round(100 * points / most) if most else 0)
    row = 9 * mm
    height = row * len(parts) + 12 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    # ReportLab takes points as floats (its stubs say int)
    chart.x, chart.y = 62 * mm, 8 * mm  # type: ignore[assignment]
    chart.width, chart.height = width - 62 * mm - 12 * mm, row * len(parts)  # type: ignore[assignment]
    chart.data = [values[::-1]]
    chart.categoryAxis.categoryNames = names[::-1]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: format_share(v / 100, lang)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _score(t: Translator, summary: Mapping[str, Any], lang: str, width: float) -> Table:
    overall = summary.get("overall")
    big = Drawing(40 * mm, 22 * mm)
    big.add(
        String(
            20 * mm,
            6 * mm,
            _number(overall, lang, 0),
            fontName=FONT_BOLD,
            fontSize=34,
            fillColor=ACCENT,
            textAnchor="middle",
        )
    )
    big.add(
        String(
            20 * mm,
            1 * mm,
            t("of 100"),
            fontName=FONT,
            fontSize=8,
            fillColor=GREY,
            textAnchor="middle",
        )
    )
    if summary.get("commitment"):
        verdict = t("The supervisor reached a step of their own.")
    else:
        verdict = t("The round ended without the supervisor's own step.")
    text = [para(t("Overall score"), "h2"), para(verdict)]
    table = Table([[big, text]], colWidths=[46 * mm, width - 46 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, -1), PALE)])
    )
    return table


def _figures(t: Translator, summary: Mapping[str, Any], lang: str, width: float) -> Table:
    share = summary.get("open_share")
    share_text = format_share(share, lang) if isinstance(share, int | float) else DASH
    band = str(summary.get("reflection_band") or "")
    band = {"low": t("low"), "fair": t("fair"), "good": t("good")}.get(band, band)
    ratio = _number(summary.get("reflection_ratio"), lang, 2)
    rows = [
        (t("Open questions, share"), share_text),
        (t("Reflections per question"), f"{ratio} ({band})" if band else ratio),
        (t("Leading questions"), _number(summary.get("leading"), lang, 0)),
        (t("Advice given"), _number(summary.get("advice"), lang, 0)),
        (t("Turns"), _number(summary.get("turns"), lang, 0)),
    ]
    names = kind_names(t)
    for kind, count in (summary.get("kinds") or {}).items():
        rows.append(
            (t("Turns of kind: {kind}", kind=names.get(kind, kind)), _number(count, lang, 0))
        )
    data = [[para(a, "cell"), para(b, "cellbold")] for a, b in rows]
    table = Table(data, colWidths=[width - 40 * mm, 40 * mm])
    table.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT), ("ALIGN", (1, 0), (1, -1), "RIGHT")]
        )
    )
    return table


def _stages(t: Translator, summary: Mapping[str, Any], width: float) -> Table:
    names = stage_names(t)
    covered = set(summary.get("grow_covered") or [])
    cells = []
    for stage in STAGES:
        mark = "✓" if stage in covered else DASH
        cells += [Badge(stage, muted=stage not in covered), para(f"{names[stage]} {mark}", "cell")]
    table = Table([cells], colWidths=[8 * mm, width / len(STAGES) - 8 * mm] * len(STAGES))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _feedback(t: Translator, turns: list[Mapping[str, Any]], width: float) -> Table:
    s = styles()
    names = kind_names(t)
    data = [
        [
            para("#", "cellbold"),
            para(t("Your turn"), "cellbold"),
            para(t("Supervisor's reply"), "cellbold"),
            para(t("Feedback"), "cellbold"),
        ]
    ]
    for i, turn in enumerate(turns, 1):
        kind = turn.get("kind") or ""
        coach = (
            f"{esc(turn.get('coach', ''))}<br/><font size=7.5 color='#5f6b7a'>"
            f"{esc(names.get(kind, kind))}</font>"
        )
        data.append(
            [
                para(str(i), "cell"),
                Paragraph(coach, s["cell"]),
                para(turn.get("reply", ""), "cell"),
                para(turn.get("feedback", ""), "cell"),
            ]
        )
    rest = width - 8 * mm
    table = Table(data, colWidths=[8 * mm, rest * 0.34, rest * 0.33, rest * 0.33], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, LIGHT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, PALE]),
            ]
        )
    )
    return table


def practice_report(
    summary: Mapping[str, Any],
    exercise: Exercise | None,
    lang: str,
    when: dt.datetime | None = None,
    name: str | None = None,
    paper: str = "a4",
) -> bytes:
    """One participant's practice round as PDF bytes.

    Args:
        summary: the role-play summary dict (see the module docstring).
        exercise: the exercise practised (an Exercise), or None if unknown.
        lang: language of the document ("fi" or "en").
        when: when the round was played (default: now).
        name: the participant's name, if they gave one.
        paper: "a4" or "letter".
    """
    t = Translator(lang)
    width = page(paper).frame_width
    when = when or dt.datetime.now()
    heading = exercise.title.get(lang) if exercise is not None else t("Practice round")
    subtitle = [t("Practice report"), format_date(when, lang, "long")]
    if name:
        subtitle.append(name)
    story: list[Flowable] = [
        Heading(heading, level=0),
        para(" · ".join(subtitle), "subtitle"),
        _score(t, summary, lang, width),
        Spacer(1, 3 * mm),
    ]
    parts = [p for p in summary.get("parts") or [] if isinstance(p, Mapping)]
    if parts:
        story += [Heading(t("Scores by part"), level=1), parts_chart(parts, width, lang)]
        data = [
            [para(t("Part"), "cellbold"), para(t("Points"), "cellbold"), para(t("Why"), "cellbold")]
        ]
        for p in parts:
            data.append(
                [
                    para(p.get("name", ""), "cell"),
                    para(
                        f"{_number(p.get('points'), lang)} / {_number(p.get('max'), lang)}", "cell"
                    ),
                    para(p.get("explanation", ""), "cell"),
                ]
            )
        table = Table(data, colWidths=[48 * mm, 22 * mm, width - 70 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT)]
            )
        )
        story.append(table)
    story += [
        Heading(t("Figures (MITI-style)"), level=1),
        _figures(t, summary, lang, width),
        Heading(t("GROW stages covered"), level=1),
        _stages(t, summary, width),
    ]
    turns = [f for f in summary.get("feedback") or [] if isinstance(f, Mapping)]
    if turns:
        story += [Heading(t("Turn by turn"), level=1), _feedback(t, turns, width)]
    return render(
        story,
        lang=lang,
        paper=paper,
        title=t("Practice report") + f" – {heading}",
        subject=t("Practice report"),
    )
