"""The observer sheet: a tally grid of question kinds, the skills' observable behaviours by round,
and MITI-style summary boxes (open share, reflections per question, advice and leading counts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from coachkit.content.models import Skill
from coachkit.handouts.base import (
    ACCENT,
    INK,
    LIGHT,
    PALE,
    Heading,
    esc,
    page,
    para,
    render,
    styles,
)
from coachkit.handouts.visuals import WritingLines
from coachkit.i18n import Translator

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from coachkit.content.loader import Library

ROUNDS = 3
TALLIES = (
    "open",
    "closed",
    "leading",
    "advice",
    "reflection",
    "summary",
    "interruption",
    "silence",
)


def tally_labels(t: Translator) -> dict[str, tuple[str, str]]:
    """Each tally mark's name and a short hint of what counts, in the translator's language."""
    return {
        "open": (t("Open question"), t("What, how, tell me…")),
        "closed": (
            t("Closed question"),
            t("Yes or no, one fact or number, or a pick between options"),
        ),
        "leading": (t("Leading question"), t("Carries the coach's own answer")),
        "advice": (t("Advice"), t("You should…, why don't you…")),
        "reflection": (t("Reflection"), t("Says back what was heard or felt")),
        "summary": (t("Summary"), t("Pulls several points together")),
        "interruption": (t("Interruption"), t("Cuts the supervisor off")),
        "silence": (t("Silence held"), t("Waits after a question")),
    }


def _round_header(t: Translator, first: str) -> list[Flowable | str]:
    cells: list[Flowable | str] = [para(first, "cellbold")]
    return cells + [para(t("Round {n}", n=n), "cellbold") for n in range(1, ROUNDS + 1)]


def _grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, LIGHT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, ACCENT),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
    ]


def _tally_grid(t: Translator, width: float) -> Table:
    s = styles()
    labels = tally_labels(t)
    data = [_round_header(t, t("What the coach does"))]
    for mark in TALLIES:
        name, hint = labels[mark]
        data.append(
            [
                Paragraph(f"<b>{esc(name)}</b><br/><font size=7.5>{esc(hint)}</font>", s["cell"]),
                "",
                "",
                "",
            ]
        )
    first = 58 * mm
    rest = (width - first) / ROUNDS
    table = Table(
        data,
        colWidths=[first] + [rest] * ROUNDS,
        rowHeights=[None] + [10.5 * mm] * len(TALLIES),
        repeatRows=1,
    )
    table.setStyle(TableStyle(_grid_style()))
    return table


def _behaviour_grid(t: Translator, lang: str, skills: list[Skill], width: float) -> Table:
    s = styles()
    labels = tally_labels(t)
    data = [_round_header(t, t("Behaviour"))]
    style = _grid_style()
    for skill in skills:
        style += [
            ("SPAN", (0, len(data)), (-1, len(data))),
            ("BACKGROUND", (0, len(data)), (-1, len(data)), PALE),
        ]
        data.append([para(skill.title.get(lang), "cellbold"), "", "", ""])
        for behaviour in skill.behaviours:
            text = esc(behaviour.text.get(lang))
            if behaviour.tally:
                text += (
                    f" <font size=7.5 color='#5f6b7a'>({esc(labels[behaviour.tally][0])})</font>"
                )
            data.append([Paragraph(text, s["cell"]), "", "", ""])
    first = 100 * mm
    rest = (width - first) / ROUNDS
    table = Table(data, colWidths=[first] + [rest] * ROUNDS, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _summary_boxes(t: Translator, width: float) -> Table:
    s = styles()
    rows = [
        (
            t("Open share"),
            t("open ÷ (open + closed) = ___%"),
            t("MITI reference: 50% fair, 70% good"),
        ),
        (
            t("Reflections per question"),
            t("reflections ÷ questions = ___"),
            t("MITI reference: 1 fair, 2 good"),
        ),
        (t("Advice given"), t("count = ___"), t("The fewer the better")),
        (t("Leading questions"), t("count = ___"), t("The fewer the better")),
    ]
    data = [_round_header(t, t("Summary"))]
    for name, formula, reference in rows:
        data.append(
            [
                Paragraph(
                    f"<b>{esc(name)}</b><br/><font size=7.5>{esc(formula)}<br/>"
                    f"{esc(reference)}</font>",
                    s["cell"],
                ),
                "",
                "",
                "",
            ]
        )
    first = 70 * mm
    rest = (width - first) / ROUNDS
    table = Table(
        data, colWidths=[first] + [rest] * ROUNDS, rowHeights=[None] + [14 * mm] * len(rows)
    )
    table.setStyle(TableStyle(_grid_style()))
    return table


BASIC_TALLIES = ("open", "closed", "leading", "advice", "reflection", "summary")
"""What a novice observer counts: the kinds of turn, nothing else."""


def _basic_grid(t: Translator, width: float) -> Table:
    s = styles()
    labels = tally_labels(t)
    data = [_round_header(t, t("What the coach does"))]
    for mark in BASIC_TALLIES:
        name, hint = labels[mark]
        row: list[Flowable | str] = [
            Paragraph(f"<b>{esc(name)}</b><br/><font size=8>{esc(hint)}</font>", s["cell"])
        ]
        data.append(row + [""] * ROUNDS)
    first = 62 * mm
    rest = (width - first) / ROUNDS
    table = Table(
        data,
        colWidths=[first] + [rest] * ROUNDS,
        rowHeights=[None] + [15 * mm] * len(BASIC_TALLIES),
    )
    table.setStyle(TableStyle(_grid_style()))
    return table


def observer_sheet_basic(lang: str, paper: str = "a4") -> bytes:
    """The one-page observer sheet for a first-time observer, as PDF bytes: six tallies by
    round, three things to watch and two lines of feedback notes.

    Args:
        lang: language of the document ("fi" or "en").
        paper: "a4" or "letter".
    """
    t = Translator(lang)
    width = page(paper).frame_width
    watch = [
        t("Does the coach agree at the start what the talk is for?"),
        t("Does the coach wait after a question, or fill the silence?"),
        t("Does the supervisor reach a step of their own at the end?"),
    ]
    story: list[Flowable] = [
        Heading(t("Observer sheet"), level=0),
        para(
            t(
                "Watch the coach, not the topic. Make a stroke in the round's column each time "
                "the coach does one of these."
            ),
            "subtitle",
        ),
        _basic_grid(t, width),
        Heading(t("Watch also"), level=1),
        *[para(f"☐ {esc(w)}") for w in watch],
        Heading(t("Feedback notes"), level=1),
        WritingLines(2, label=t("A question that worked, word for word")),
        WritingLines(2, label=t("One thing to try in the next round")),
    ]
    return render(
        story,
        lang=lang,
        paper=paper,
        title=t("Observer sheet"),
        subject=t("Observer sheet"),
    )


def observer_sheet(
    library: Library, lang: str, paper: str = "a4", skills: list[str] | None = None
) -> bytes:
    """The advanced observer sheet as PDF bytes: all tallies, MITI-style summary and every
    behaviour of the chosen skills (several pages). A first-time observer gets
    :func:`observer_sheet_basic` instead.

    Args:
        library: the content library; its skills' behaviours make the behaviour grid.
        lang: language of the document ("fi" or "en").
        paper: "a4" or "letter".
        skills: skill ids to include (default: every skill in the library).
    """
    t = Translator(lang)
    width = page(paper).frame_width
    chosen = (
        library.skills
        if skills is None
        else [s for s in (library.get(Skill, sid) for sid in skills) if s is not None]
    )
    story: list[Flowable] = [
        Heading(t("Observer sheet (advanced)"), level=0),
        para(
            t(
                "Make a stroke in the round's column each time the coach does it. After the round, "
                "work out the summary and start the feedback with what worked."
            ),
            "subtitle",
        ),
        Heading(t("Tally"), level=1),
        _tally_grid(t, width),
        KeepTogether([Heading(t("Summary (MITI-style)"), level=1), _summary_boxes(t, width)]),
    ]
    if chosen:
        story += [
            Heading(t("Observable behaviours"), level=1),
            para(t("Tick or tally when you see it."), "small"),
            _behaviour_grid(t, lang, chosen, width),
        ]
    story.append(
        KeepTogether(
            [
                Heading(t("Feedback notes"), level=1),
                WritingLines(3, label=t("A question that worked, word for word")),
                WritingLines(3, label=t("One thing to try in the next round")),
            ]
        )
    )
    return render(
        story,
        lang=lang,
        paper=paper,
        title=t("Observer sheet (advanced)"),
        subject=t("Observer sheet"),
    )
