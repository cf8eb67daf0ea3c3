"""The facilitator guide for a workshop plan: agenda on the clock, per-block instructions, debrief
questions, materials, and the live room's join address with a QR code."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from coachkit.content.models import Block, Exercise, Plan, RoundFormat
from coachkit.handouts.base import (
    ACCENT,
    LIGHT,
    PALE,
    HandoutError,
    Heading,
    bullets,
    esc,
    labelled,
    page,
    para,
    render,
    styles,
)
from coachkit.handouts.materials import materials as material_list
from coachkit.i18n import Translator, format_time
from coachkit.workshop import round_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from coachkit.content.loader import Library


def kind_label(t: Translator, kind: str) -> str:
    """A block kind's name in the translator's language."""
    labels = {
        "intro": t("Introduction"),
        "method-talk": t("Method talk"),
        "demonstration": t("Demonstration"),
        "solo-practice": t("Solo practice"),
        "triad-round": t("Triad round"),
        "fishbowl": t("Fishbowl"),
        "troika": t("Troika consulting"),
        "reflecting-team": t("Reflecting team"),
        "feedforward": t("Feedforward"),
        "observed-session": t("Observed session"),
        "debrief": t("Debrief"),
        "break": t("Break"),
    }
    return labels.get(kind, kind)


def kind_instructions(t: Translator, kind: str) -> str:
    """What the facilitator does in a block of this kind."""
    text = {
        "intro": t(
            "Welcome everyone, say what the workshop is for and agree the ground rules: "
            "what is said in practice stays in the room, and everyone may pass."
        ),
        "method-talk": t(
            "Present the method briefly with one example question per step. "
            "Ask the group where they could use it with their own supervisor."
        ),
        "demonstration": t(
            "Play a short coaching conversation in front of the group, "
            "or with a volunteer. Pause to point out the questions that worked."
        ),
        "solo-practice": t(
            "Participants practise alone with the app or the worksheet. "
            "Walk around and answer questions."
        ),
        "fishbowl": t(
            "An inner group practises while the others observe from an outer ring. "
            "The inner group speaks first in the feedback."
        ),
        "troika": t(
            "Groups of three: one presents a real challenge, the two others ask "
            "clarifying questions and then talk it over while the presenter listens "
            "with their back turned. The presenter says what helped most."
        ),
        "reflecting-team": t(
            "One pair coaches while a team listens; the team then reflects "
            "aloud what it noticed, and the pair responds."
        ),
        "feedforward": t(
            "Everyone asks several others for one idea for the future on a "
            "skill they want to improve, and only says thank you."
        ),
        "observed-session": t(
            "One pair coaches in front of the group with observers using the "
            "observer sheet. Feedback starts with what worked."
        ),
        "debrief": t(
            "Collect what people learned. Use the debrief questions below and end with "
            "each participant's own next step."
        ),
        "break": t("A break. Keep to the time so the next block starts together."),
    }
    return text.get(kind, "")


def default_debrief(t: Translator) -> list[str]:
    """Debrief questions for practice blocks that bring none of their own."""
    return [
        t("What helped the supervisor think further?"),
        t("Which question opened the most, and why?"),
        t("Where did advice or a leading question slip in?"),
        t("What will you try with your own supervisor?"),
    ]


PRACTICE_KINDS = {
    "demonstration",
    "fishbowl",
    "observed-session",
    "reflecting-team",
    "troika",
    "debrief",
}


def parse_start(start: str | dt.time | None, plan: Plan) -> dt.time:
    """The workshop's start: a ``time``, an ``"HH:MM"`` text, or the plan's own start."""
    if isinstance(start, dt.time):
        return start
    text = start or plan.start
    try:
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise HandoutError(f"start time '{text}' is not HH:MM") from None


def clock(plan: Plan, start: dt.time) -> list[tuple[Block, dt.datetime, dt.datetime]]:
    """Every block with its start and end on the clock."""
    at = dt.datetime.combine(dt.date(2000, 1, 1), start)
    out = []
    for block in plan.blocks:
        end = at + dt.timedelta(minutes=block.minutes)
        out.append((block, at, end))
        at = end
    return out


def qr_code(url: str, size: float = 38 * mm) -> Drawing:
    """A QR code of ``url`` as a drawing ``size`` points wide."""
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _join_box(t: Translator, url: str, width: float) -> Table:
    s = styles()
    text = [
        para(t("Join the live room"), "h2", bold=True),
        Paragraph(esc(url), s["quote"]),
        para(
            t(
                "Participants scan the code with their phone camera or type the address. "
                "Phones must be on the same network as this computer."
            ),
            "small",
        ),
    ]
    table = Table([[qr_code(url), text]], colWidths=[44 * mm, width - 44 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (1, 0), (1, 0), PALE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _agenda(
    t: Translator,
    lang: str,
    rows: list[tuple[Block, dt.datetime, dt.datetime]],
    library: Library,
    width: float,
) -> Table:
    s = styles()
    data = [
        [
            para(t("Time"), "cellbold"),
            para(t("Min"), "cellbold"),
            para(t("Block"), "cellbold"),
            para(t("Kind"), "cellbold"),
        ]
    ]
    for block, begin, end in rows:
        title = esc(block.title.get(lang))
        exercise = library.items["exercise"].get(block.exercise) if block.exercise else None
        if exercise is not None:
            title += f"<br/><font size=8>{esc(exercise.title.get(lang))}</font>"
        data.append(
            [
                para(f"{format_time(begin, lang)}–{format_time(end, lang)}", "cell"),
                para(str(block.minutes), "cell"),
                Paragraph(title, s["cell"]),
                para(kind_label(t, block.kind), "cell"),
            ]
        )
    table = Table(data, colWidths=[27 * mm, 12 * mm, width - 79 * mm, 40 * mm], repeatRows=1)
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


def _block_section(
    t: Translator,
    lang: str,
    block: Block,
    begin: dt.datetime,
    end: dt.datetime,
    library: Library,
    fmt: RoundFormat,
    first_round: bool = True,
) -> list[Flowable]:
    when = f"{format_time(begin, lang)}–{format_time(end, lang)}"
    out = [
        Heading(f"{when} · {block.title.get(lang)}", level=2),
        para(
            f"{kind_label(t, block.kind)} · " + t("{minutes} min", minutes=block.minutes), "small"
        ),
    ]
    # A block's own notes replace the kind's generic instructions; a triad round always states
    # its timing, feedback order and rotation from the plan's round data (in full the first time).
    instructions = kind_instructions(t, block.kind) if block.notes is None else ""
    if block.kind == "triad-round":
        if first_round:
            instructions = round_text.instructions(t, fmt, block.minutes)
        else:
            instructions = " ".join(
                [round_text.timing(t, fmt, block.minutes), round_text.rotation(t, fmt)]
            )
    if instructions:
        out.append(para(instructions))
    if block.notes:
        out.append(labelled(t("Notes"), block.notes.get(lang)))
    exercise = library.items["exercise"].get(block.exercise) if block.exercise else None
    if exercise is not None:
        text = f"{exercise.title.get(lang)} – {exercise.summary.get(lang)}"
        out.append(labelled(t("Exercise"), text))
    method = library.items["method"].get(block.method) if block.method else None
    if method is not None:
        out.append(labelled(t("Method"), f"{method.title.get(lang)} – {method.summary.get(lang)}"))
    questions = [q.get(lang) for q in block.debrief]
    if not questions and block.kind in PRACTICE_KINDS:
        questions = default_debrief(t)
    if questions:
        out.append(para(t("Debrief questions"), bold=True))
        out.extend(bullets(questions))
    return [KeepTogether(list(out[:3])), *out[3:]]


def plan_exercises(plan: Plan, library: Library) -> list[Exercise]:
    """The exercises a plan names, in order of first appearance.

    Raises:
        HandoutError: the plan names an exercise the library does not have.
    """
    out: list[Exercise] = []
    seen: set[str] = set()
    for block in plan.blocks:
        if block.exercise and block.exercise not in seen:
            seen.add(block.exercise)
            exercise = library.get(Exercise, block.exercise)
            if exercise is None:
                raise HandoutError(f"plan '{plan.id}' names unknown exercise '{block.exercise}'")
            out.append(exercise)
    return out


def facilitator_guide(
    plan: Plan,
    library: Library,
    lang: str,
    start: str | dt.time | None = None,
    join_url: str | None = None,
    paper: str = "a4",
) -> bytes:
    """The facilitator guide of a plan as PDF bytes.

    Args:
        plan: the workshop plan.
        library: the content library (exercises and methods the plan names).
        lang: language of the document ("fi" or "en").
        start: start time ("HH:MM" or ``datetime.time``); the plan's own start by default.
        join_url: the live room's address; printed with a QR code when given.
        paper: "a4" or "letter".
    """
    t = Translator(lang)
    frame = page(paper)
    begin = parse_start(start, plan)
    rows = clock(plan, begin)
    exercises = plan_exercises(plan, library)
    end = rows[-1][2]
    total = t("{minutes} min", minutes=plan.minutes)
    story: list[Flowable] = [
        Heading(plan.title.get(lang), level=0),
        para(
            t("Facilitator guide") + f" · {format_time(rows[0][1], lang)}–"
            f"{format_time(end, lang)} · {total}",
            "subtitle",
        ),
        para(plan.summary.get(lang)),
    ]
    if join_url:
        story += [Spacer(1, 4 * mm), _join_box(t, join_url, frame.frame_width)]
    story += [Heading(t("Agenda"), level=1), _agenda(t, lang, rows, library, frame.frame_width)]
    story.append(Heading(t("Blocks step by step"), level=1))
    rounds_seen = 0
    for block, b_start, b_end in rows:
        first = block.kind == "triad-round" and rounds_seen == 0
        rounds_seen += block.kind == "triad-round"
        story += _block_section(
            t,
            lang,
            block,
            b_start,
            b_end,
            library,
            plan.round,
            first or block.kind != "triad-round",
        )
    story.append(Heading(t("Materials"), level=1))
    materials = material_list(t, plan, exercises)
    story += bullets(materials, symbol="☐")
    return render(
        story, lang=lang, paper=paper, title=plan.title.get(lang), subject=t("Facilitator guide")
    )
