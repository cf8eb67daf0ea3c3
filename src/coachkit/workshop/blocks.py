"""Default titles, notes and minutes of each kind of workshop block."""

from __future__ import annotations

from coachkit.content.models import Block, LocalizedText

DEFAULT_MINUTES: dict[str, int] = {
    "intro": 10,
    "method-talk": 15,
    "demonstration": 10,
    "triad-round": 20,
    "fishbowl": 25,
    "troika": 30,
    "reflecting-team": 30,
    "feedforward": 15,
    "observed-session": 20,
    "debrief": 15,
    "break": 15,
    "solo-practice": 15,
}
"""Minutes of a new block of each kind. How a triad round's minutes are split, who gives feedback
and who coaches next is the plan's ``round`` format, written out by ``workshop.round_text``; a new
triad round therefore carries no notes of its own."""

EXERCISE_KINDS = frozenset(
    {"triad-round", "observed-session", "fishbowl", "demonstration", "solo-practice"}
)
"""Block kinds in which someone plays a role-play exercise, so that an exercise may be set."""

TITLES: dict[str, tuple[str, str]] = {
    "intro": ("Aloitus ja pelisäännöt", "Introduction and ground rules"),
    "method-talk": ("Menetelmän esittely", "Method talk"),
    "demonstration": ("Mallivalmennus", "Demonstration"),
    "triad-round": ("Triadikierros", "Triad round"),
    "fishbowl": ("Akvaario", "Fishbowl"),
    "troika": ("Troikkakonsultaatio", "Troika consulting"),
    "reflecting-team": ("Reflektoiva tiimi", "Reflecting team"),
    "feedforward": ("Feedforward-karuselli", "Feedforward carousel"),
    "observed-session": ("Havainnoitu valmennus", "Observed session"),
    "debrief": ("Purku", "Debrief"),
    "break": ("Tauko", "Break"),
    "solo-practice": ("Oma harjoitus", "Solo practice"),
}

NOTES: dict[str, tuple[str, str]] = {
    "troika": (
        "Noin 10 min kierros: haaste, tarkentavat kysymykset, selkä kääntyneenä kuuntelu, "
        "mikä auttoi.",
        "About 10 min a round: challenge, clarifying questions, listening with the back turned, "
        "what helped most.",
    ),
    "fishbowl": (
        "Sisäkehä harjoittelee, ulkokehä havainnoi; palaute ensin sisäkehältä.",
        "The inner group practises, the outer ring observes; the inner group gives feedback first.",
    ),
}


def block_of_kind(kind: str) -> Block:
    """A new block of ``kind`` with its default title, minutes and notes."""
    fi, en = TITLES[kind]
    pair = NOTES.get(kind)
    return Block(
        kind=kind,
        title=LocalizedText(fi=fi, en=en),
        minutes=DEFAULT_MINUTES[kind],
        notes=LocalizedText(fi=pair[0], en=pair[1]) if pair else None,
    )
