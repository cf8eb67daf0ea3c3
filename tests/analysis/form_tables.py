"""The runner shared by the surface-form tables (test_spoken, test_transcripts, test_session_talk).

Each table maps a rule to rows (lang, text, kind, grow); grow "-" when the stage is not what the rule
is about. Every rule has three or more sentences of its own.
"""

from __future__ import annotations

from coachkit.analysis import Analysis, analyze


def rows(cases: dict[str, list[tuple]]) -> list[tuple]:
    """(rule, lang, text, kind, grow) for every row of every rule."""
    return [(rule, *row) for rule, table in cases.items() for row in table]


def thin_rules(cases: dict[str, list[tuple]]) -> list[str]:
    """Rules with fewer than three example sentences."""
    return [rule for rule, table in cases.items() if len(table) < 3]


def check_form(rule: str, lang: str, text: str, kind: str, grow: str) -> Analysis:
    """Analyse ``text`` and assert its kind (and stage unless "-"); returns the analysis."""
    result = analyze(text, lang)
    assert result.kind == kind, (rule, result.kind, [c.rule for c in result.cues])
    if grow != "-":
        assert result.grow == grow, (rule, result.grow, [c.rule for c in result.cues])
    return result
