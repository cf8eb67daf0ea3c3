"""Translated names of the content's fixed vocabularies: question kinds, GROW stages, levels."""

from __future__ import annotations

from coachkit.i18n import Translator


def kind_label(t: Translator, kind: str | None) -> str:
    """'open' -> "Open question" in the UI language."""
    return {
        "open": t("Open question"),
        "closed": t("Closed question"),
        "leading": t("Leading question"),
        "advice": t("Advice"),
        "reflection": t("Reflection"),
        "other": t("Other"),
    }.get(kind or "other", t("Other"))


def kind_short(t: Translator, kind: str | None) -> str:
    """'open' -> "Open", for chart axes and compact chips."""
    return {
        "open": t("Open"),
        "closed": t("Closed"),
        "leading": t("Leading"),
        "advice": t("Advice"),
        "reflection": t("Reflection"),
        "other": t("Other"),
    }.get(kind or "other", t("Other"))


def stage_label(t: Translator, stage: str | None) -> str:
    """GROW stage name: 'goal' -> "Goal"."""
    return {
        "goal": t("Goal"),
        "reality": t("Reality"),
        "options": t("Options"),
        "will": t("Will"),
    }.get(stage or "", t("No stage"))


def level_label(t: Translator, level: str) -> str:
    """Exercise level: 'beginner' -> "Beginner"."""
    return {
        "beginner": t("Beginner"),
        "intermediate": t("Intermediate"),
        "advanced": t("Advanced"),
    }.get(level, level)


def band_label(t: Translator, band: str | None) -> str:
    """MITI reflection band: good / fair / low."""
    return {"good": t("good"), "fair": t("fair"), "low": t("low")}.get(band or "", "")


def mode_label(t: Translator, mode: str) -> str:
    """Practice mode: free typing or choosing."""
    return {"free": t("Type your own"), "choice": t("Choose")}.get(mode, mode)


KINDS = ("open", "closed", "leading", "advice", "reflection", "other")
STAGES = ("goal", "reality", "options", "will")
LEVELS = ("beginner", "intermediate", "advanced")
