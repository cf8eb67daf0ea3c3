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
"""Minutes of a new block of each kind. A triad round is 15 min practice + 5 min feedback."""

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
    "triad-round": (
        "15 min harjoitus + 5 min palaute: ensin valmennettava, sitten havainnoija; "
        "valmentaja kirjaa ja kiittää.",
        "15 min practice + 5 min feedback: coachee first, then the observer; "
        "the coach takes notes and says thank you.",
    ),
    "troika": (
        "Noin 10 min kierros: haaste, tarkentavat kysymykset, selkä kääntyneenä kuuntelu, "
        "mikä auttoi.",
        "About 10 min a round: challenge, clarifying questions, listening with the back turned, "
        "what helped most.",
    ),
    "fishbowl": (
        "Sisäpiiri harjoittelee, ulkopiiri havainnoi; palaute ensin sisäpiiriltä.",
        "The inner group practises, the outer ring observes; the inner group gives feedback first.",
    ),
}


def block_of_kind(kind: str) -> Block:
    """A new block of ``kind`` with its default title, minutes and notes."""
    fi, en = TITLES[kind]
    notes = NOTES.get(kind)
    return Block(
        kind=kind,
        title=LocalizedText(fi=fi, en=en),
        minutes=DEFAULT_MINUTES[kind],
        notes=LocalizedText(fi=notes[0], en=notes[1]) if notes else None,
    )
