"""The room's aggregates per workshop section, for the facilitator's report after the day.

One row per section and source (role-plays and observers' tallies apart), built from round records
(numbers only): the same figures as a reveal. ``sections_csv`` writes them as CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coachkit.workshop.reveal import Picture, picture, sections_with_rounds
from coachkit.workshop.stats import KINDS, SOURCES, STAGES, RoundRecord


@dataclass(frozen=True)
class SectionRow:
    """One section's picture with the section's number and title."""

    number: int
    """1-based section number (0: rounds shared outside any section)."""
    title: str
    picture: Picture


def section_rows(
    records: Sequence[RoundRecord], titles: Mapping[int, str] | None = None
) -> list[SectionRow]:
    """Rows for every section with rounds: role-plays first, then tallies, each in section order.

    Rounds shared with no section (practice outside the run) form a last row per source.
    """
    titles = titles or {}
    rows: list[SectionRow] = []
    for source in SOURCES:
        for section in sections_with_rounds(records, source):
            title = titles.get(section, "")
            rows.append(SectionRow(section + 1, title, picture(records, section, source)))
        loose = [r for r in records if r.source == source and r.section is None]
        if loose:
            rows.append(SectionRow(0, "", picture(loose, None, source)))
    return rows


def sections_csv(rows: Sequence[SectionRow]) -> str:
    """The rows as CSV: numbers only, a column per question kind and GROW stage (per cent)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "section",
            "title",
            "source",
            "rounds",
            "open_pct_median",
            "reflections_per_question_median",
            "commitments",
            "scored",
            *(f"kind_{k}_pct" for k in KINDS),
            *(f"grow_{s}_pct" for s in STAGES),
        ]
    )
    for row in rows:
        p = row.picture
        kinds, grow = dict(p.kinds), dict(p.grow)
        writer.writerow(
            [
                row.number or "",
                _csv_safe(row.title),
                p.source,
                p.rounds,
                "" if p.open_pct is None else p.open_pct,
                "" if p.reflections_per_question is None else p.reflections_per_question,
                "" if p.commitments is None else p.commitments,
                p.scored if p.source == "roleplay" else "",
                *(kinds.get(k, 0) for k in KINDS),
                *(grow.get(s, 0) for s in STAGES),
            ]
        )
    return out.getvalue()


def _csv_safe(text: str) -> str:
    """Keep a spreadsheet from reading a title as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
