"""What the projector shows at a reveal: the room's numbers per workshop section, as a picture.

A picture is built from round records (numbers only) of one source - role-plays or observers'
tallies, never both - and one section: the median share of open questions, the median reflections
per question, how the room's questions spread over the kinds, how the coaches' turns spread over
the GROW stages, and how many role-plays reached the supervisor's own commitment. ``compare`` puts a
section next to the last earlier section that has rounds, so a debrief can start from "this round
against the last". No text and no participant is ever part of a picture.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coachkit.workshop.stats import KINDS, STAGES, RoundRecord

QUESTION_KINDS = ("open", "closed", "leading")


def grow_turns(summary: Mapping[str, Any]) -> dict[str, int]:
    """Coach turns per GROW stage in a role-play summary (numbers only).

    Reads ``grow`` (stage -> turns) when the summary has it, else counts the stages of the
    ``transcript``'s analysed turns, else counts each stage of ``grow_covered`` once.
    """
    given = summary.get("grow")
    if isinstance(given, Mapping):
        return {
            s: int(n)
            for s, n in given.items()
            if s in STAGES and isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= 10_000
        }
    transcript = summary.get("transcript")
    if isinstance(transcript, Sequence) and not isinstance(transcript, str) and transcript:
        seen: Counter[str] = Counter()
        for turn in transcript[:1000]:
            analysis = turn.get("analysis") if isinstance(turn, Mapping) else None
            stage = analysis.get("grow") if isinstance(analysis, Mapping) else None
            if stage in STAGES:
                seen[stage] += 1
        return dict(seen)
    covered = summary.get("grow_covered")
    if isinstance(covered, Sequence) and not isinstance(covered, str):
        return {s: 1 for s in STAGES if s in covered}
    return {}


@dataclass(frozen=True)
class Picture:
    """The room's numbers for one section and one source."""

    section: int | None
    source: str
    rounds: int
    open_pct: float | None
    """Median share of open questions, in per cent."""
    reflections_per_question: float | None
    """Median reflections (and summaries) per question."""
    kinds: tuple[tuple[str, float], ...]
    """Share (per cent) of each kind among all the room's counted questions and responses."""
    grow: tuple[tuple[str, float], ...]
    """Share (per cent) of the coaches' staged turns spent in each GROW stage."""
    commitments: int | None
    """Role-plays that reached the supervisor's own commitment (None for tallies)."""
    scored: int
    """Role-plays with a commitment figure."""

    @property
    def empty(self) -> bool:
        return self.rounds == 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "section": self.section,
            "source": self.source,
            "rounds": self.rounds,
            "open_pct": self.open_pct,
            "reflections_per_question": self.reflections_per_question,
            "kinds": dict(self.kinds),
            "grow": dict(self.grow),
            "commitments": self.commitments,
            "scored": self.scored,
        }


def _shares(counts: Counter[str], order: Sequence[str]) -> tuple[tuple[str, float], ...]:
    total = sum(counts[k] for k in order)
    if not total:
        return ()
    return tuple((k, round(100 * counts[k] / total, 1)) for k in order if counts[k])


def picture(records: Iterable[RoundRecord], section: int | None, source: str) -> Picture:
    """The picture of ``section`` (None: every section) from records of ``source``."""
    chosen = [
        r for r in records if r.source == source and (section is None or r.section == section)
    ]
    kinds: Counter[str] = Counter()
    grow: Counter[str] = Counter()
    for r in chosen:
        kinds.update(dict(r.kinds))
        grow.update(dict(r.grow))
    scored = [r for r in chosen if r.commitment is not None]
    return Picture(
        section=section,
        source=source,
        rounds=len(chosen),
        open_pct=round(statistics.median(100 * r.open_share for r in chosen), 1)
        if chosen
        else None,
        reflections_per_question=round(statistics.median(r.reflection_ratio for r in chosen), 2)
        if chosen
        else None,
        kinds=_shares(kinds, KINDS),
        grow=_shares(grow, STAGES),
        commitments=sum(bool(r.commitment) for r in scored) if source == "roleplay" else None,
        scored=len(scored),
    )


def sections_with_rounds(records: Iterable[RoundRecord], source: str) -> list[int]:
    """Sections that have rounds of ``source``, in order."""
    return sorted({r.section for r in records if r.source == source and r.section is not None})


def compare(
    records: Sequence[RoundRecord], section: int, source: str = "roleplay"
) -> tuple[Picture, Picture | None]:
    """(this section's picture, the last earlier section's picture with rounds, or None)."""
    earlier = [s for s in sections_with_rounds(records, source) if s < section]
    previous = picture(records, earlier[-1], source) if earlier else None
    return picture(records, section, source), previous
