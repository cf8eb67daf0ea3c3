"""The whole workshop pack: every PDF a facilitator prints for one plan, written to a folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from coachkit.content.models import Exercise, Plan
from coachkit.handouts.base import HandoutError
from coachkit.handouts.facilitator import facilitator_guide, plan_exercises
from coachkit.handouts.observer import observer_sheet_basic
from coachkit.handouts.participant import participant_handout
from coachkit.handouts.question_cards import plan_deck, question_cards
from coachkit.handouts.role_cards import role_cards
from coachkit.handouts.supervisor import supervisor_guide
from coachkit.handouts.worksheet import worksheet
from coachkit.workshop.blocks import DEFAULT_MINUTES
from coachkit.workshop.pack_files import PackFile, pack_files

if TYPE_CHECKING:
    from coachkit.content.loader import Library

Progress = Callable[[int, int, str], None]
"""Called after each file with (files done, files in all, file name)."""


def round_minutes(plan: Plan, exercise_id: str) -> int:
    """The minutes of the first practice round that plays ``exercise_id`` (the default length of a
    triad round when the plan plays it in no triad round)."""
    for block in plan.blocks:
        if block.exercise == exercise_id and block.kind == "triad-round":
            return block.minutes
    return DEFAULT_MINUTES["triad-round"]


def _job(
    file: PackFile,
    plan: Plan,
    exercises: dict[str, Exercise],
    library: Library,
    lang: str,
    paper: str,
    join_url: str | None,
    start: str | dt.time | None,
) -> tuple[str, Hashable, Callable[[], bytes]]:
    """(file name, content key, function that builds the PDF) of one file of the pack."""
    if file.kind == "guide":
        return (
            f"{plan.id}-facilitator-guide-{lang}.pdf",
            ("guide", object()),
            lambda: facilitator_guide(
                plan, library, lang, start=start, join_url=join_url, paper=paper
            ),
        )
    if file.kind == "participant":
        return (
            f"participant-handout-{lang}.pdf",
            ("participant", lang, paper),
            lambda: participant_handout(library, lang, paper),
        )
    if file.kind == "observer-basic":
        return (
            f"observer-sheet-{lang}.pdf",
            ("observer-basic", lang, paper),
            lambda: observer_sheet_basic(lang, paper),
        )
    if file.kind == "question-cards":
        return (
            f"question-cards-{lang}.pdf",
            ("question-cards", lang, paper, tuple(q.id for q in plan_deck(plan, library))),
            lambda: question_cards(library, lang, paper=paper, plan=plan),
        )
    if file.kind == "supervisor-guide":
        return (
            f"supervisor-guide-{lang}.pdf",
            ("supervisor-guide", lang, paper),
            lambda: supervisor_guide(library, lang, paper),
        )
    ex = exercises[str(file.exercise)]
    if file.kind == "worksheet":
        return (
            f"{ex.id}-worksheet-{lang}.pdf",
            ("worksheet", ex.id, lang, paper),
            partial(worksheet, ex, library, lang, paper),
        )
    if file.kind == "role-cards":
        minutes = round_minutes(plan, ex.id)
        return (
            f"{ex.id}-role-cards-{lang}.pdf",
            ("role-cards", ex.id, lang, paper, plan.round, minutes),
            partial(role_cards, ex, lang, paper, plan.round, minutes),
        )
    raise HandoutError(f"the pack has no file of kind '{file.kind}'")


def pack_jobs(
    plan: Plan,
    library: Library,
    lang: str,
    paper: str = "a4",
    join_url: str | None = None,
    start: str | dt.time | None = None,
) -> list[tuple[str, Hashable, Callable[[], bytes]]]:
    """The pack's files (:func:`coachkit.workshop.pack_files.pack_files`) as (file name, content
    key, function that builds its PDF), in printing order. Two files with the same content key
    have the same content (for :func:`pack`'s ``shared``); the facilitator guide's key is unique
    to this call.

    Raises:
        HandoutError: the plan names an exercise the library does not have.
    """
    exercises = {ex.id: ex for ex in plan_exercises(plan, library)}
    return [
        _job(file, plan, exercises, library, lang, paper, join_url, start)
        for file in pack_files(plan)
    ]


def pack_file(
    plan: Plan,
    library: Library,
    lang: str,
    file: PackFile,
    paper: str = "a4",
    join_url: str | None = None,
    start: str | dt.time | None = None,
) -> tuple[str, bytes]:
    """One file of the pack, named and built exactly as :func:`pack` writes it.

    Raises:
        HandoutError: the plan names an exercise the library does not have, or ``file`` is not
            one of the plan's pack.
    """
    if file not in pack_files(plan):
        raise HandoutError(f"plan '{plan.id}' has no {file.kind} {file.exercise or ''} in its pack")
    exercises = {ex.id: ex for ex in plan_exercises(plan, library)}
    name, _key, make = _job(file, plan, exercises, library, lang, paper, join_url, start)
    return name, make()


def pack(
    plan: Plan,
    library: Library,
    lang: str,
    paper: str = "a4",
    out_dir: Path | str = ".",
    progress: Progress | None = None,
    join_url: str | None = None,
    start: str | dt.time | None = None,
    shared: dict[Hashable, bytes] | None = None,
) -> list[Path]:
    """Write the workshop pack of ``plan`` into ``out_dir`` and return the files written.

    The pack: facilitator guide, participant handout, the one-page observer sheet, the plan's
    question cards, guide for supervisors, and a worksheet and role cards for each exercise the
    plan names (the materials list in the facilitator guide says how many of each).

    Args:
        plan: the workshop plan.
        library: the content library.
        lang: language of the documents ("fi" or "en").
        paper: "a4" or "letter".
        out_dir: folder to write into (created if missing).
        progress: called after each file with (done, total, file name).
        join_url: the live room's address for the facilitator guide's QR code.
        start: start time overriding the plan's ("HH:MM").
        shared: a dict to keep built documents in across calls with the same library, so that
            packs of several plans build their common files (question cards, guide for
            supervisors, an exercise's worksheet...) once.
    """
    out = Path(out_dir)
    jobs = pack_jobs(plan, library, lang, paper, join_url, start)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, (name, key, make) in enumerate(jobs, 1):
        path = out / name
        if shared is not None and key in shared:
            data = shared[key]
        else:
            data = make()
            if shared is not None:
                shared[key] = data
        path.write_bytes(data)
        written.append(path)
        if progress:
            progress(i, len(jobs), name)
    return written


def pack_zip(
    plan: Plan,
    library: Library,
    lang: str,
    paper: str = "a4",
    join_url: str | None = None,
    start: str | dt.time | None = None,
) -> bytes:
    """The whole workshop pack as one ZIP file in memory (for a download from the app).

    Raises:
        HandoutError: the plan names an exercise the library does not have.
    """
    import io
    import zipfile

    buf = io.BytesIO()
    built: dict[Hashable, bytes] = {}
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, key, make in pack_jobs(plan, library, lang, paper, join_url, start):
            if key not in built:
                built[key] = make()
            archive.writestr(name, built[key])
    return buf.getvalue()
