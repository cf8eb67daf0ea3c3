"""Printable handouts (PDF, ReportLab Platypus) built from content and plans in a named language.

Every function returns PDF bytes, except :func:`pack`, which writes the whole workshop pack. The
document's language is a parameter, independent of the UI's. Paper is "a4" (default) or "letter".
Importing this package loads ReportLab: the app imports it only when a PDF is asked for, so that
serving the first page does not wait for it.

    from coachkit.handouts import build
    pdf = build("worksheet", library, "fi", exercise=library.items["exercise"]["own-workload"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coachkit.handouts.base import HandoutError, esc
from coachkit.handouts.facilitator import facilitator_guide
from coachkit.handouts.observer import observer_sheet, observer_sheet_basic
from coachkit.handouts.pack import pack, pack_file, pack_zip
from coachkit.handouts.participant import participant_handout
from coachkit.handouts.question_cards import question_cards
from coachkit.handouts.report import practice_report
from coachkit.handouts.role_cards import role_cards
from coachkit.handouts.supervisor import supervisor_guide
from coachkit.handouts.worksheet import worksheet

if TYPE_CHECKING:
    from coachkit.content.loader import Library

KINDS = (
    "guide",
    "worksheet",
    "role-cards",
    "observer",
    "observer-basic",
    "participant",
    "question-cards",
    "supervisor-guide",
    "report",
)
"""Kinds of handout :func:`build` makes."""

__all__ = [
    "KINDS",
    "HandoutError",
    "build",
    "esc",
    "facilitator_guide",
    "observer_sheet",
    "observer_sheet_basic",
    "participant_handout",
    "pack",
    "pack_file",
    "pack_zip",
    "practice_report",
    "question_cards",
    "role_cards",
    "supervisor_guide",
    "worksheet",
]


def _need(kw: dict[str, Any], key: str, kind: str) -> Any:
    value = kw.pop(key, None)
    if value is None:
        raise HandoutError(f"handout '{kind}' needs {key}=")
    return value


def build(kind: str, library: Library, lang: str, paper: str = "a4", **kw: Any) -> bytes:
    """Build one handout of ``kind`` (see :data:`KINDS`) and return its PDF bytes.

    Args:
        kind: guide (needs plan=; takes start=, join_url=), worksheet (exercise=), role-cards
            (exercise=), observer (the advanced sheet; takes skills=), observer-basic (one
            page), participant, question-cards (takes stage=, plan=), supervisor-guide, report
            (summary=; takes exercise=, when=, name=).
        library: the content library.
        lang: language of the document ("fi" or "en").
        paper: "a4" or "letter".
        **kw: what the kind needs. An exercise or plan may be given as an id of the library.

    Raises:
        HandoutError: an unknown kind, a missing argument or an unknown id.
    """
    for key, store in (("exercise", "exercise"), ("plan", "plan")):
        if isinstance(kw.get(key), str):
            found = library.items[store].get(kw[key])
            if found is None:
                raise HandoutError(f"unknown {store} '{kw[key]}'")
            kw[key] = found
    if kind == "guide":
        return facilitator_guide(_need(kw, "plan", kind), library, lang, paper=paper, **kw)
    if kind == "worksheet":
        return worksheet(_need(kw, "exercise", kind), library, lang, paper=paper)
    if kind == "role-cards":
        return role_cards(_need(kw, "exercise", kind), lang, paper=paper)
    if kind == "observer":
        return observer_sheet(library, lang, paper=paper, **kw)
    if kind == "observer-basic":
        return observer_sheet_basic(lang, paper=paper)
    if kind == "participant":
        return participant_handout(library, lang, paper=paper)
    if kind == "question-cards":
        return question_cards(library, lang, paper=paper, **kw)
    if kind == "supervisor-guide":
        return supervisor_guide(library, lang, paper=paper)
    if kind == "report":
        summary = _need(kw, "summary", kind)
        return practice_report(summary, kw.pop("exercise", None), lang, paper=paper, **kw)
    raise HandoutError(f"unknown handout kind '{kind}' (one of {', '.join(KINDS)})")
