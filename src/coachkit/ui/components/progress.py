"""Progress in words and pictures: trend cards, the comparison with earlier rounds, milestones,
the explanation of an early finish, and the focus suggested next."""

from __future__ import annotations

from typing import Any

import flet as ft

from coachkit.i18n import Translator, format_number, format_share
from coachkit.progress import Change, compare, early_finish, milestones_at
from coachkit.progress.measures import as_dict
from coachkit.ui.components.common import card, heading, para
from coachkit.ui.theme import PALETTE


def measure_label(t: Translator, name: str) -> str:
    return {
        "open_share": t("Open questions"),
        "reflection_ratio": t("Reflections per question"),
        "advice": t("Advice given"),
        "commitment": t("Commitment reached"),
    }[name]


def measure_value(t: Translator, lang: str, name: str, value: float, per_week: bool = False) -> str:
    """A measure's value as the learner reads it."""
    if name == "open_share":
        return format_share(value, lang)
    if name == "reflection_ratio":
        return format_number(value, lang, 1)
    if name == "advice":
        return format_number(value, lang, 1)
    if per_week:
        return format_share(value, lang)
    return t("yes") if value >= 0.5 else t("no")


def milestone_text(t: Translator, mid: str) -> str:
    """A short, warm word for a milestone."""
    return {
        "first-commitment": t(
            "First commitment: the supervisor chose a step of their own. That is the heart of it."
        ),
        "reflections-2-to-1": t(
            "Two reflections for every question: you gave them room to think aloud."
        ),
        "first-reflection": t("Your first reflection: you gave their own words back to them."),
        "no-advice": t("A whole round without advice: the answers stayed theirs."),
        "mostly-open": t("At least four questions in five were open."),
        "all-grow-stages": t("All four GROW stages in one conversation."),
        "five-rounds": t(
            "Five rounds practised. Practice spread over weeks is what makes it last."
        ),
    }.get(mid, mid)


def focus_text(t: Translator, fid: str) -> tuple[str, str]:
    """(title, why) of a focus suggested on Home."""
    return {
        "hold-back-advice": (
            t("Hold back advice"),
            t(
                "Advice came up in your recent rounds. Turn each tip into a question: "
                "what options do they see?"
            ),
        ),
        "ask-open": (
            t("Ask open questions"),
            t("Start with what, how or who, so that the supervisor answers in their own words."),
        ),
        "reflect-before-asking": (
            t("Reflect before you ask"),
            t(
                "Give back what you heard before the next question: "
                "two reflections per question is a good aim."
            ),
        ),
        "close-with-commitment": (
            t("Close with a step of their own"),
            t(
                "Your recent rounds ended without a commitment. Ask what they will do first, and when."
            ),
        ),
        "summarise": (
            t("Summarise before the options"),
            t(
                "Your recent rounds look solid. Practise a short summary before asking about options."
            ),
        ),
    }[fid]


def _arrow(change: Change) -> tuple[str, str, str]:
    """(icon, colour, word) for a change."""
    if change.better is None:
        return ft.Icons.TRENDING_FLAT, PALETTE["on_surface_variant"], "same"
    if change.better:
        return ft.Icons.TRENDING_UP, "#2E7D32", "better"
    return ft.Icons.TRENDING_DOWN, PALETTE["tertiary"], "lower"


def comparison_card(t: Translator, lang: str, summary: Any, earlier: list[Any]) -> ft.Control:
    """This round against the learner's earlier rounds of the same exercise."""
    if not earlier:
        return card(
            [
                heading(t("Compared with your earlier rounds"), "title_medium"),
                para(
                    t("Your first round of this exercise. The next one will be compared with it."),
                    muted=True,
                ),
            ],
        )
    words = {"same": t("about the same"), "better": t("better"), "lower": t("weaker")}
    rows: list[ft.Control] = [
        heading(t("Compared with your earlier rounds"), "title_medium"),
        para(
            t.ngettext(
                "The mean of your {n} earlier round of this exercise.",
                "The mean of your {n} earlier rounds of this exercise.",
                len(earlier),
            ),
            muted=True,
        ),
    ]
    for change in compare(summary, earlier):
        icon, color, word = _arrow(change)
        now = measure_value(t, lang, change.measure, change.now)
        before = measure_value(t, lang, change.measure, change.before, per_week=True)
        rows.append(
            ft.Row(
                [
                    ft.Icon(icon, color=color, semantics_label=words[word]),
                    ft.Text(
                        t(
                            "{measure}: {now} (before {before}), {word}",
                            measure=measure_label(t, change.measure),
                            now=now,
                            before=before,
                            word=words[word],
                        ),
                        expand=True,
                    ),
                ],
                vertical_alignment=ft.CrossAxisAlignment.START,
                key=f"cmp-{change.measure}",
            )
        )
    return card(rows)


def milestone_card(t: Translator, summaries: list[Any], number: int) -> list[ft.Control]:
    """Milestones first reached at round ``number`` (a short, warm card; nothing otherwise)."""
    reached = milestones_at(summaries, number)
    if not reached:
        return []
    return [
        card(
            [
                ft.Row(
                    [
                        ft.Icon(
                            ft.Icons.EMOJI_NATURE_OUTLINED, color=PALETTE["on_tertiary_container"]
                        ),
                        ft.Text(
                            milestone_text(t, mid),
                            color=PALETTE["on_tertiary_container"],
                            expand=True,
                        ),
                    ],
                    vertical_alignment=ft.CrossAxisAlignment.START,
                )
                for mid in reached
            ],
            color=PALETTE["tertiary_container"],
        )
    ]


def early_finish_card(t: Translator, summary: Any) -> list[ft.Control]:
    """Why an early finish scores low: the points that only a longer conversation can earn."""
    early = early_finish(summary)
    if early is None:
        return []
    turns, empty = early
    text = t.ngettext(
        "You finished after {n} turn.",
        "You finished after {n} turns.",
        turns,
    )
    text += " " + t(
        "The supervisor's own step and the later GROW stages come later in a conversation, "
        "so their points were still open. Your questions themselves count in full."
    )
    if empty:
        text += " " + t("Not yet earned: {parts}.", parts=", ".join(empty))
    return [
        card(
            [heading(t("Why this score"), "title_medium"), para(text)],
            color=PALETTE["secondary_container"],
        )
    ]


def summary_progress(state: Any, record: Any) -> list[ft.Control]:
    """What the round summary adds about progress: early finish, milestones, comparison.

    Reads the saved summary tolerantly (the older dict or the engine's typed model).
    """
    t = state.t
    history = state.store.history()
    summaries = [r.summary for r in history]
    number = next((i for i, r in enumerate(history, 1) if r.id == record.id), len(history))
    earlier = [r.summary for r in history if r.exercise == record.exercise and r.id < record.id][
        -5:
    ]
    summary = as_dict(record.summary)
    return [
        *early_finish_card(t, summary),
        *milestone_card(t, summaries, number),
        comparison_card(t, state.lang, summary, earlier),
    ]
