"""The participant handout: what every participant takes home, 2-4 pages.

The basics of upward coaching and the guide for team members, chosen section by section: what it
is and what it requires, where confidentiality ends, the skills and how to start, when to stop.
Sections carry their sources where they state research. The guide for supervisors is a separate
handout, for participants to give to their own supervisor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachkit.handouts.base import Heading, bullets, para, render
from coachkit.i18n import Translator

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from coachkit.content.loader import Library
    from coachkit.content.models import GuideSection

SECTIONS = (
    ("upward-coaching-basics", "what-it-is"),
    ("upward-coaching-basics", "valuing-the-supervisor"),
    ("guide-for-subordinates", "subordinate-should-know"),
    ("guide-for-subordinates", "on-your-own-initiative"),
    ("upward-coaching-basics", "confidentiality-limits"),
    ("guide-for-subordinates", "when-to-step-back"),
)
"""(guide id, section id) in the order the handout prints them; a missing one is left out."""
BODY_ONLY = {"what-it-is"}
"""Sections printed without their bullet points: the points repeat the body, and leaving them out
keeps the handout from spilling a few lines onto an extra page."""


def participant_sections(library: Library) -> list[GuideSection]:
    """The handout's guide sections that the library has, in :data:`SECTIONS` order."""
    guides = {g.id: g for g in library.guides}
    out = []
    for guide_id, section_id in SECTIONS:
        guide = guides.get(guide_id)
        for section in guide.sections if guide else []:
            if section.id == section_id:
                out.append(section)
    return out


def section_story(
    section: GuideSection, lang: str, t: Translator, points: bool = True
) -> list[Flowable]:
    """One guide section as flowables: heading, paragraphs, bullets and its sources."""
    story: list[Flowable] = [Heading(section.question.get(lang), level=1)]
    story += [para(p.get(lang)) for p in section.body]
    if points:
        story += bullets(p.get(lang) for p in section.points)
    if section.sources:
        story.append(para(t("Sources: {sources}", sources="; ".join(section.sources)), "small"))
    return story


def participant_handout(library: Library, lang: str, paper: str = "a4") -> bytes:
    """The participant handout as PDF bytes.

    Args:
        library: the content library (its guides).
        lang: language of the document ("fi" or "en").
        paper: "a4" or "letter".
    """
    t = Translator(lang)
    title = t("Coaching your own supervisor")
    story: list[Flowable] = [
        Heading(title, level=0),
        para(t("Participant handout"), "subtitle"),
    ]
    sections = participant_sections(library)
    if not sections:
        story.append(para(t("The library has no guide for team members yet.")))
    for section in sections:
        story += section_story(section, lang, t, points=section.id not in BODY_ONLY)
    return render(story, lang=lang, paper=paper, title=title, subject=t("Participant handout"))
