"""Role cards of one exercise: coach, coachee (the supervisor's private brief) and observer, plus a
note on how the round goes. Each card shrinks its text to fit."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph

from coachkit.content.models import STAGES, Exercise, RoundFormat
from coachkit.handouts.base import (
    FONT,
    FONT_BOLD,
    Bookmark,
    bullets,
    esc,
    page,
    para,
    render,
    styles,
)
from coachkit.handouts.visuals import STAGE_LETTERS, CutLine, stage_names
from coachkit.i18n import Translator
from coachkit.roleplay.intents import catalogue
from coachkit.workshop import round_text
from coachkit.workshop.blocks import DEFAULT_MINUTES

ROLE_COLOURS = {
    "coach": colors.HexColor("#1d4e89"),
    "coachee": colors.HexColor("#7a2e2e"),
    "observer": colors.HexColor("#2e6b3f"),
}
HEADER = 12 * mm
PAD = 5 * mm


def _clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Card(Flowable):
    """A framed card of fixed height: a coloured header band and content shrunk to fit."""

    def __init__(
        self, role: str, title: str, note: str, content: list[Flowable], height: float
    ) -> None:
        super().__init__()
        self.role = role
        self.title = title
        self.note = note
        self.content = content
        self.height = height
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv, w, h = self.canv, self.width, self.height
        colour = ROLE_COLOURS[self.role]
        canv.saveState()
        canv.setStrokeColor(colour)
        canv.setLineWidth(1.2)
        canv.roundRect(0, 0, w, h, 3 * mm, stroke=1, fill=0)
        path = canv.beginPath()
        path.moveTo(0, h - HEADER)
        path.lineTo(0, h - 3 * mm)
        path.arcTo(0, h - 6 * mm, 6 * mm, h, startAng=180, extent=-90)
        path.lineTo(w - 3 * mm, h)
        path.arcTo(w - 6 * mm, h - 6 * mm, w, h, startAng=90, extent=-90)
        path.lineTo(w, h - HEADER)
        path.close()
        canv.setFillColor(colour)
        canv.drawPath(path, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(FONT_BOLD, 13)
        role_w = stringWidth(self.title, FONT_BOLD, 13)
        canv.drawString(PAD, h - HEADER + 4 * mm, _clip(self.title, FONT_BOLD, 13, w / 2))
        canv.setFont(FONT, 8.5)
        room = w - 2 * PAD - min(role_w, w / 2) - 6 * mm
        canv.drawRightString(w - PAD, h - HEADER + 4.3 * mm, _clip(self.note, FONT, 8.5, room))
        canv.restoreState()
        body = KeepInFrame(w - 2 * PAD, h - HEADER - 2 * PAD, self.content, mode="shrink")
        _, bh = body.wrapOn(canv, w - 2 * PAD, h - HEADER - 2 * PAD)
        body.drawOn(canv, PAD, h - HEADER - PAD - bh)


def _label(text: str) -> Paragraph:
    return Paragraph(f"<b>{esc(text)}</b>", styles()["card"])


def _coach(t: Translator, lang: str, ex: Exercise) -> list[Flowable]:
    return [
        para(
            t(
                "You coach your supervisor. You need no expertise in their work: your questions "
                "help them think."
            ),
            "card",
        ),
        _label(t("Situation")),
        para(ex.situation.get(lang), "card"),
        _label(t("The supervisor opens with:")),
        Paragraph(f"“{esc(ex.opening.get(lang))}”", styles()["card"]),
        _label(t("Your task")),
        *bullets(
            [
                t("Ask permission and agree what the talk is for."),
                t("Ask one open question at a time, then wait."),
                t("Reflect and summarise what you hear."),
                t("Hold back advice and leading questions."),
                t("Aim at a step the supervisor chooses."),
            ],
            style="card",
        ),
        _label(t("Learning goals")),
        *bullets([g.get(lang) for g in ex.learning_goals], style="card"),
    ]


def _coachee(t: Translator, lang: str, ex: Exercise) -> list[Flowable]:
    names = stage_names(t)
    persona = ex.persona
    stage_of = {intent.id: intent.stage for intent in catalogue()}
    revealed = [
        f"{STAGE_LETTERS[stage]} · {names[stage]}: {p.say[0].get(lang)}"
        for stage in STAGES
        for p in ex.pieces
        if stage_of.get(p.intents[0]) == stage
    ]
    options = [p for p in ex.pieces if p.step and {"options", "more_options"} & set(p.intents)]
    when = [p for p in ex.pieces if p.step and "when" in p.intents]
    own_step = " ".join(p.step.get(lang) for p in (options[:1] + when[:1]) if p.step)
    you = t("You play {name}, {role}.", name=persona.name.get(lang), role=persona.role.get(lang))
    private = t("Private: do not show this card to the coach.")
    return [
        Paragraph(f"<b>{esc(you)}</b> {esc(private)}", styles()["card"]),
        para(persona.brief.get(lang), "card"),
        _label(t("You open with:")),
        Paragraph(f"“{esc(ex.opening.get(lang))}”", styles()["card"]),
        _label(t("What you tell when asked well")),
        *bullets(revealed, style="card"),
        _label(t("How to react")),
        para(
            t(
                "Open questions on the right stage open you up; closed questions get short "
                "answers; advice and leading questions get polite resistance; why-questions make "
                "you a little defensive; reflections make you say more."
            ),
            "card",
        ),
        _label(t("Your own step, only if you reach it yourself:")),
        Paragraph(f"“{esc(own_step)}”", styles()["card"]),
    ]


def _observer(t: Translator, lang: str, ex: Exercise) -> list[Flowable]:
    return [
        para(
            t(
                "You watch the coach, keep time and give feedback. You do not take part in the "
                "conversation."
            ),
            "card",
        ),
        _label(t("While they talk")),
        *bullets(
            [
                t(
                    "Tally each thing the coach says on the observer sheet: an open, closed or "
                    "leading question, advice, a reflection, a summary."
                ),
                t("Write down word for word one question that worked."),
                t("Notice when the supervisor opens up, and what came just before."),
                t("Stop the round on time."),
            ],
            style="card",
        ),
        _label(t("In the feedback")),
        *bullets(
            [
                t("Start with what worked; give two concrete observations."),
                t("Share the tally: open share, reflections per question, advice."),
            ],
            style="card",
        ),
        _label(t("What the coach practises")),
        *bullets([g.get(lang) for g in ex.learning_goals], style="card"),
    ]


def _round(t: Translator, fmt: RoundFormat, minutes: int) -> list[Flowable]:
    steps = round_text.steps(t, fmt, minutes)
    return [
        _label(t("How the round goes")),
        *[Paragraph(esc(s), styles()["card"], bulletText=f"{i}.") for i, s in enumerate(steps, 1)],
    ]


def role_cards(
    exercise: Exercise,
    lang: str,
    paper: str = "a4",
    fmt: RoundFormat | None = None,
    minutes: int = DEFAULT_MINUTES["triad-round"],
) -> bytes:
    """The role cards of ``exercise`` as PDF bytes: coach and observer on the first page (cut
    apart), the coachee's private card with the supervisor's brief on a page of its own.

    Args:
        exercise: the role-play exercise.
        lang: language of the document ("fi" or "en").
        paper: "a4" or "letter".
        fmt: the plan's round format (timing, feedback order, rotation); the default otherwise.
        minutes: the length of the round the exercise is played in.
    """
    fmt = fmt or RoundFormat()
    t = Translator(lang)
    frame = page(paper)
    half = (frame.frame_height - 8 * mm) / 2 - 1
    title = exercise.title.get(lang)
    coach, observer, coachee = t("Coach"), t("Observer"), t("Coachee (supervisor)")
    story: list[Flowable] = [
        Bookmark(coach, level=0),
        Card("coach", coach, title, _coach(t, lang, exercise), half),
        CutLine(),
        Bookmark(observer, level=0),
        Card(
            "observer",
            observer,
            title,
            _observer(t, lang, exercise) + _round(t, fmt, minutes),
            half,
        ),
        PageBreak(),
        Bookmark(coachee, level=0),
        Card("coachee", coachee, title, _coachee(t, lang, exercise), frame.frame_height - 1),
    ]
    return render(
        story,
        lang=lang,
        paper=paper,
        title=f"{title} – " + t("Role cards"),
        subject=t("Role cards"),
    )
