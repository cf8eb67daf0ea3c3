"""The summary of a role-play: every score is a sum of named parts, each with its explanation."""

from __future__ import annotations

from typing import Any

from coachkit.roleplay.messages import PARTS, YES, stage_list
from coachkit.roleplay.state import State, Turn

MAX_POINTS = {
    "commitment": 30,
    "open": 15,
    "no_advice": 15,
    "reflections": 10,
    "grow": 15,
    "insight": 15,
}
"""Points available per part; they add up to 100."""
ADVICE_COST = 5
"""Points each piece of advice or leading question takes from "holding back advice"."""


def reflection_band(ratio: float) -> str:
    """MITI-4 reflection-to-question bands: 2:1 good, 1:1 fair, below that low."""
    if ratio >= 2.0:
        return "good"
    if ratio >= 1.0:
        return "fair"
    return "low"


def _part(key: str, lang: str, points: int, **values: Any) -> dict[str, Any]:
    name, explanation = PARTS[key]["fi" if lang == "fi" else "en"]
    return {
        "name": name,
        "key": key,
        "points": points,
        "max": MAX_POINTS[key],
        "explanation": explanation.format(**values),
    }


def summarise(state: State, turns: list[Turn], lang: str, material_total: int) -> dict[str, Any]:
    """The summary: overall 0-100 with its parts, the counts behind it and per-turn feedback."""
    counts = state.counts
    questions = state.questions
    open_share = counts["open"] / questions if questions else 0.0
    ratio = counts["reflection"] / questions if questions else float(counts["reflection"])
    stages = [s for s in ("goal", "reality", "options", "will") if s in state.asked]
    engaged = questions + counts["reflection"]
    lang_key = "fi" if lang == "fi" else "en"
    share_text = f"{round(open_share * 100)} %" if lang_key == "fi" else f"{open_share:.0%}"
    parts = [
        _part(
            "commitment",
            lang,
            MAX_POINTS["commitment"] if state.committed else 0,
            yes=YES[lang_key][0 if state.committed else 1],
        ),
        _part(
            "open",
            lang,
            round(MAX_POINTS["open"] * open_share),
            open=counts["open"],
            questions=questions,
            share=share_text,
        ),
        _part(
            "no_advice",
            lang,
            max(0, MAX_POINTS["no_advice"] - ADVICE_COST * state.advice_given) if engaged else 0,
            advice=counts["advice"],
            leading=counts["leading"],
            each=ADVICE_COST,
        ),
        _part(
            "reflections",
            lang,
            round(MAX_POINTS["reflections"] * min(ratio, 2.0) / 2.0),
            reflections=counts["reflection"],
            questions=questions,
            ratio=f"{ratio:.2f}".replace(".", "," if lang_key == "fi" else "."),
        ),
        _part(
            "grow",
            lang,
            round(MAX_POINTS["grow"] * len(stages) / 4),
            stages=stage_list(stages, lang),
            count=len(stages),
        ),
        _part(
            "insight",
            lang,
            round(MAX_POINTS["insight"] * state.insight / 100),
            revealed=len(state.revealed),
            total=material_total,
        ),
    ]
    return {
        "overall": sum(p["points"] for p in parts),
        "parts": parts,
        "commitment": state.committed,
        "hollow_commitment": state.hollow,
        "ending": state.ending,
        "open_share": round(open_share, 3),
        "questions": questions,
        "open": counts["open"],
        "closed": counts["closed"],
        "leading": counts["leading"],
        "advice": counts["advice"],
        "why": counts["why"],
        "stacked": counts["stacked"],
        "reflections": counts["reflection"],
        "reflection_ratio": round(ratio, 2),
        "reflection_band": reflection_band(ratio),
        "grow_covered": stages,
        "turns": len(turns),
        "trust": state.trust,
        "ownership": state.ownership,
        "insight": state.insight,
        "revealed": len(state.revealed),
        "material": material_total,
        "feedback": [
            {
                "turn": t.index,
                "coach": t.coach,
                "kind": getattr(t.analysis, "kind", None),
                "reaction": t.effects.reaction,
                "did": t.feedback.did,
                "better": t.feedback.better,
            }
            for t in turns
        ],
    }
