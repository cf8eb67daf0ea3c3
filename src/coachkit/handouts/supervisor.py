"""The guide for supervisors: what inviting subordinates to coach you, and being coached, asks of you.

Built from the guide content: every guide written for supervisors, plus the sections of other
guides meant for supervisors. A library with neither falls back to sections meant for both sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachkit.handouts.base import Heading, para, render
from coachkit.handouts.participant import section_story
from coachkit.i18n import Translator

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from coachkit.content.loader import Library
    from coachkit.content.models import GuideSection

SHARED = ("confidentiality-limits", "ending")
"""Sections of the basics that the supervisor needs as much as the coach does."""


def supervisor_sections(library: Library) -> list[GuideSection]:
    """Guide sections for supervisors, in guide order (see the module docstring)."""
    chosen = []
    for guide in library.guides:
        for section in guide.sections:
            for_supervisors = section.audience == "supervisor" or (
                guide.audience == "supervisor" and section.audience == "both"
            )
            if for_supervisors:
                chosen.append(section)
    if not chosen:
        return [s for g in library.guides for s in g.sections if s.audience == "both"]
    shared = [s for g in library.guides for s in g.sections if s.id in SHARED]
    return chosen + [s for s in shared if s not in chosen]


def supervisor_guide(library: Library, lang: str, paper: str = "a4") -> bytes:
    """The guide for supervisors as PDF bytes.

    Args:
        library: the content library (its guides).
        lang: language of the document ("fi" or "en").
        paper: "a4" or "letter".
    """
    t = Translator(lang)
    own = [g for g in library.guides if g.audience == "supervisor"]
    title = own[0].title.get(lang) if len(own) == 1 else t("Guide for supervisors")
    intro = (
        own[0].summary.get(lang)
        if len(own) == 1
        else t("What inviting your team to coach you, and being coached, asks of you.")
    )
    story: list[Flowable] = [
        Heading(title, level=0),
        para(t("For supervisors"), "subtitle"),
        para(intro),
    ]
    sections = supervisor_sections(library)
    if not sections:
        story.append(para(t("The library has no guide for supervisors yet.")))
    for section in sections:
        story += section_story(section, lang, t)
    return render(story, lang=lang, paper=paper, title=title, subject=t("Guide for supervisors"))
