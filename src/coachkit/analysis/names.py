"""The one registry of the analyser's vocabularies (kinds, GROW stages, behaviour flags, depth) and
their names in the reader's language, through the gettext catalogs.

`label_for(result, lang)` is the label a screen shows for a result: the kind's name, or, when the
model is unsure of the kind, a soft "probably ..." label ("luultavasti avoin").
"""

from __future__ import annotations

from typing import Any

from coachkit.i18n import Translator

KINDS = ("open", "closed", "leading", "advice", "reflection", "other")
QUESTION_KINDS = ("open", "closed", "leading")
GROW_STAGES = ("goal", "reality", "options", "will")
FLAGS = ("permission", "affirm", "autonomy")
DEPTHS = ("simple", "complex")
LANGS = ("fi", "en")
LOW_CONFIDENCE = 0.6
"""Below this probability a decision is shown softly ("probably open") and no tip asserts it."""


def kind_name(kind: str | None, lang: str) -> str:
    """'open' -> "Open question" ("Avoin kysymys")."""
    t = Translator(lang)
    return {
        "open": t("Open question"),
        "closed": t("Closed question"),
        "leading": t("Leading question"),
        "advice": t("Advice"),
        "reflection": t("Reflection"),
        "other": t("Other"),
    }.get(kind or "other", t("Other"))


def kind_probably(kind: str | None, lang: str) -> str:
    """'open' -> "probably open" ("luultavasti avoin"): a kind the model is unsure of."""
    t = Translator(lang)
    return {
        "open": t("probably open"),
        "closed": t("probably closed"),
        "leading": t("probably leading"),
        "advice": t("probably advice"),
        "reflection": t("probably a reflection"),
        "other": t("probably something else"),
    }.get(kind or "other", t("probably something else"))


def stage_name(stage: str | None, lang: str) -> str:
    """GROW stage: 'goal' -> "Goal" ("Tavoite"); None -> "No stage"."""
    t = Translator(lang)
    return {
        "goal": t("Goal"),
        "reality": t("Reality"),
        "options": t("Options"),
        "will": t("Will"),
    }.get(stage or "", t("No stage"))


def depth_name(depth: str | None, lang: str) -> str:
    """Reflection depth: 'complex' -> "complex reflection"."""
    t = Translator(lang)
    return {"simple": t("simple reflection"), "complex": t("complex reflection")}.get(
        depth or "", ""
    )


def flag_names(result: Any, lang: str) -> list[str]:
    """The behaviour flags set on a result, by name ("asks permission", "affirms", ...)."""
    t = Translator(lang)
    names = {
        "permission": t("asks permission"),
        "affirm": t("affirms"),
        "autonomy": t("emphasises their choice"),
    }
    return [names[f] for f in FLAGS if getattr(result, f, False)]


def unsure(result: Any, decision: str = "kind") -> bool:
    """Whether the model is unsure of `decision` ("kind", "grow", ...) in `result`."""
    confidence: dict[str, float] = getattr(result, "confidence", None) or {}
    return confidence.get(decision, 1.0) < LOW_CONFIDENCE


def label_for(result: Any, lang: str) -> str:
    """The kind label to show for an analysis: "Open question", or "probably open" when unsure."""
    kind = getattr(result, "kind", "other")
    return kind_probably(kind, lang) if unsure(result) else kind_name(kind, lang)
