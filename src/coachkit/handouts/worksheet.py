"""The participant worksheet of one exercise: situation, roles, steps, question starters by GROW
stage from the question bank, and space to write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from coachkit.content.models import STAGES, Exercise, Method
from coachkit.handouts.base import (
    LIGHT,
    PALE,
    Heading,
    bullets,
    esc,
    page,
    para,
    render,
    styles,
)
from coachkit.handouts.visuals import Badge, WritingLines, stage_names, step_letters
from coachkit.i18n import Translator

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from coachkit.content.loader import Library

STARTERS_PER_STAGE = 4


def level_label(t: Translator, level: str) -> str:
    """An exercise level in the translator's language."""
    return {
        "beginner": t("Beginner"),
        "intermediate": t("Intermediate"),
        "advanced": t("Advanced"),
    }.get(level, level)


def exercise_methods(exercise: Exercise, library: Library) -> list[Method]:
    """The methods an exercise names that the library has."""
    found = (library.get(Method, m) for m in exercise.methods)
    return [method for method in found if method is not None]


def starters(
    exercise: Exercise, library: Library, lang: str, limit: int = STARTERS_PER_STAGE
) -> dict[str, list[str]]:
    """Open question starters by GROW stage: the exercise's methods' bank entries first, then the
    rest of the bank, then the methods' own example questions; at most ``limit`` per stage."""
    methods = [m.id for m in exercise_methods(exercise, library)]
    bank = [q for q in library.questions if q.kind == "open" and q.stage]
    bank.sort(key=lambda q: 0 if q.method in methods else 1)
    out: dict[str, list[str]] = {stage: [] for stage in STAGES}
    for q in bank:
        texts = out[q.stage or ""]
        text = q.text.get(lang)
        if len(texts) < limit and text not in texts:
            texts.append(text)
    for method in exercise_methods(exercise, library):
        for step in method.steps:
            if step.stage:
                for example in step.questions:
                    texts = out[step.stage]
                    text = example.get(lang)
                    if len(texts) < limit and text not in texts:
                        texts.append(text)
    return out


def _roles(t: Translator, lang: str, exercise: Exercise, width: float) -> Table:
    persona = exercise.persona
    rows = [
        (
            t("Coach"),
            t(
                "Asks open questions, listens, reflects and holds back advice. Aims at "
                "a step the supervisor chooses."
            ),
        ),
        (
            t("Coachee"),
            t(
                "Plays the supervisor {name}, {role}, from the private role card.",
                name=persona.name.get(lang),
                role=persona.role.get(lang),
            ),
        ),
        (
            t("Observer"),
            t(
                "Tallies what the coach says on the observer sheet, keeps time and "
                "gives feedback after the round."
            ),
        ),
    ]
    table = Table(
        [[para(a, "cellbold"), para(b, "cell")] for a, b in rows],
        colWidths=[32 * mm, width - 32 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
                ("BACKGROUND", (0, 0), (0, -1), PALE),
            ]
        )
    )
    return table


def _steps(
    t: Translator, lang: str, exercise: Exercise, library: Library, width: float
) -> list[Flowable]:
    names = stage_names(t)
    steps = []
    for method in exercise_methods(exercise, library):
        letters = step_letters(method)
        steps = [
            (s.stage, s.name.get(lang), s.description.get(lang), letter)
            for s, letter in zip(method.steps, letters, strict=True)
        ]
        if steps:
            break
    if not steps:
        steps = [
            ("goal", names["goal"], t("Agree what the supervisor wants from this talk."), "G"),
            (
                "reality",
                names["reality"],
                t("Explore what is happening now and what has been tried."),
                "R",
            ),
            (
                "options",
                names["options"],
                t("Collect options before judging any; hold yours back."),
                "O",
            ),
            ("will", names["will"], t("Let the supervisor choose a step of their own."), "W"),
        ]
    rows = [
        [Badge(stage, letter=letter), para(name, "cellbold"), para(text, "cell")]
        for stage, name, text, letter in steps
    ]
    table = Table(rows, colWidths=[9 * mm, 34 * mm, width - 43 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
            ]
        )
    )
    return [table]


def _starters(
    t: Translator, lang: str, exercise: Exercise, library: Library, width: float
) -> list[Flowable]:
    names = stage_names(t)
    found = starters(exercise, library, lang)
    rows = []
    for stage in STAGES:
        texts = found[stage] or [t("(none in the question bank yet)")]
        cell = bullets(texts, style="cell")
        rows.append([Badge(stage), [para(names[stage], "cellbold"), *cell]])
    table = Table(rows, colWidths=[9 * mm, width - 9 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [table]


def worksheet(exercise: Exercise, library: Library, lang: str, paper: str = "a4") -> bytes:
    """The participant worksheet of ``exercise`` as PDF bytes.

    Args:
        exercise: the role-play exercise.
        library: the content library (its methods and question bank give steps and starters).
        lang: language of the document ("fi" or "en").
        paper: "a4" or "letter".
    """
    t = Translator(lang)
    width = page(paper).frame_width
    s = styles()
    story: list[Flowable] = [
        Heading(exercise.title.get(lang), level=0),
        para(t("Participant worksheet") + f" · {level_label(t, exercise.level)}", "subtitle"),
        para(exercise.summary.get(lang)),
        Heading(t("Situation"), level=1),
        para(exercise.situation.get(lang)),
        Paragraph(
            esc(t("The supervisor opens with:")) + f" <b>“{esc(exercise.opening.get(lang))}”</b>",
            s["body"],
        ),
        Heading(t("Roles"), level=1),
        _roles(t, lang, exercise, width),
        Heading(t("Learning goals"), level=1),
        *bullets(g.get(lang) for g in exercise.learning_goals),
        Heading(t("Steps"), level=1),
        *_steps(t, lang, exercise, library, width),
        Heading(t("Question starters by GROW stage"), level=1),
        *_starters(t, lang, exercise, library, width),
    ]
    if exercise.debrief:
        story += [Heading(t("Debrief"), level=1), para(exercise.debrief.get(lang))]
    story.append(Heading(t("Your notes"), level=1))
    for label in (
        t("Questions I want to try"),
        t("What the supervisor said that I did not expect"),
        t("What I will do differently in the next round"),
    ):
        story.append(KeepTogether([WritingLines(4, label=label)]))
    return render(
        story,
        lang=lang,
        paper=paper,
        title=exercise.title.get(lang),
        subject=t("Participant worksheet"),
    )
