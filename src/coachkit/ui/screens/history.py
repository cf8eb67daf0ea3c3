"""History tab: past rounds and the trend of open questions and reflections over time."""

from __future__ import annotations

import datetime as dt

import flet as ft

from coachkit.i18n import format_date, format_number, format_share
from coachkit.ui.components.bars import column_chart
from coachkit.ui.components.common import body, card, heading, para, tile, use_app
from coachkit.ui.theme import BAR_COLORS

TREND_ROUNDS = 12


def trend(rounds: list) -> tuple[list[float], list[float]]:
    """(share of open questions, reflection ratio) of each round, oldest first."""
    opens = [float((r.summary or {}).get("open_share", 0)) for r in rounds]
    ratios = [float((r.summary or {}).get("reflection_ratio", 0)) for r in rounds]
    return opens, ratios


@ft.component
def HistoryTab() -> ft.Control:
    state = use_app()
    t = state.t
    lang = state.lang
    page = ft.context.page
    _ = state.rev  # re-read after a round is finished or data deleted
    rounds = state.store.history()
    if not rounds:
        return body(
            [para(t("No finished rounds yet. Your results will appear here."))],
            state.width,
            rail=not state.narrow,
        )
    recent = rounds[-TREND_ROUNDS:]
    opens, ratios = trend(recent)
    labels = [str(i) for i in range(len(rounds) - len(recent) + 1, len(rounds) + 1)]
    controls: list[ft.Control] = [
        card(
            [
                heading(t("Open questions, % of questions"), "title_medium"),
                para(t("Last round: {value}", value=format_share(opens[-1], lang)), muted=True),
                column_chart([v * 100 for v in opens], labels, 100, BAR_COLORS["open"]),
            ]
        ),
        card(
            [
                heading(t("Reflections per question"), "title_medium"),
                para(
                    t(
                        "Last round: {value} (2 or more is good)",
                        value=format_number(ratios[-1], lang, 2),
                    ),
                    muted=True,
                ),
                column_chart(ratios, labels, max(2.0, *ratios), BAR_COLORS["reflection"]),
            ]
        ),
        heading(t("Rounds"), "title_medium"),
    ]
    for n, rnd in reversed(list(enumerate(rounds, 1))):
        summary = rnd.summary or {}
        title = (summary.get("title") or {}).get(lang) or rnd.exercise
        when = format_date(dt.datetime.fromisoformat(rnd.finished).date(), lang)
        controls.append(
            tile(
                f"{n}. {title}",
                t(
                    "{date} \u00b7 {points} points \u00b7 open {share}",
                    date=when,
                    points=summary.get("overall", 0),
                    share=format_share(float(summary.get("open_share", 0)), lang),
                ),
                lambda _, rid=rnd.id: page.navigate(f"/round/{rid}"),
                ft.Icons.INSIGHTS,
                key=f"round-{rnd.id}",
            )
        )
    return body(controls, state.width, rail=not state.narrow)
