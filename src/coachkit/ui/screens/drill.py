"""A short drill at ``/drill``: rewrite a few weak questions (the learner's own from earlier
rounds first, then the question bank's closed ones); the analyser checks each rewrite and the
scheduler brings missed items back sooner."""

from __future__ import annotations

import datetime as dt
from typing import Any

import flet as ft

from coachkit.i18n import format_date
from coachkit.progress import check, pick_items, review, weak_items
from coachkit.progress.drill import content_items, due_now, due_of
from coachkit.ui.components.chips import pill
from coachkit.ui.components.common import TAP, card, heading, para, pushed_view, use_app
from coachkit.ui.components.hooks import use_text_field
from coachkit.ui.labels import kind_label
from coachkit.ui.theme import KIND_COLORS, PALETTE, WARN_COLORS


def now_utc(state: Any) -> dt.datetime:
    """The store's clock (injectable in tests) as an aware UTC time."""
    return state.store.clock().astimezone(dt.UTC)


def todays_items(state: Any) -> list:
    """Due items first, then the learner's own weak turns, then content, in the UI language."""
    store = state.store
    own = [i for i in weak_items(store.weak_turns()) if i.lang == state.lang]
    candidates = own + content_items(state.services.library, state.lang)
    return pick_items(store.drill_cards(), candidates, now_utc(state))


def due_count(state: Any) -> int:
    """How many scheduled items are due now."""
    return due_now(state.store.drill_cards(), now_utc(state))


def comes_back(t, lang: str, due: dt.datetime, now: dt.datetime) -> str:
    """When the scheduler brings the item back, in the learner's own calendar."""
    day = due.astimezone().date()
    if day <= now.astimezone().date():
        return t("It comes back later today.")
    return t("It comes back on {date}.", date=format_date(day, lang))


def item_kind_label(t, kind: str) -> str:
    return t("Why-question") if kind == "why" else kind_label(t, kind)


def source_label(t, source: str) -> str:
    return {
        "turn": t("Your own turn from an earlier round"),
        "bank": t("From the question bank"),
        "option": t("From an exercise"),
    }.get(source, "")


def verdict_text(t, verdict) -> str:
    if verdict.ok:
        return t(
            "Well rewritten: the analyser reads it as {kind}.",
            kind=kind_label(t, verdict.kind).lower(),
        )
    if verdict.same:
        return t("That is the original question. Rewrite it in your own words.")
    if verdict.why:
        return t("Still a why-question: it can sound like blame. Try what or how.")
    if verdict.stacked:
        return t("Several questions at once: keep one.")
    return t(
        "The analyser reads it as {kind}. Try an open question.",
        kind=kind_label(t, verdict.kind).lower(),
    )


@ft.component
def DrillScreen() -> ft.View:
    state = use_app()
    t = state.t
    page = ft.context.page
    route = ft.use_view_path()
    items = ft.use_memo(lambda: todays_items(state), [state.owner, state.lang])
    index, set_index = ft.use_state(0)
    verdicts, set_verdicts = ft.use_state(())
    dues, set_dues = ft.use_state(())
    draft = ft.use_ref("")

    def submit(text: str) -> None:
        text = text.strip()
        if not text or index >= len(items) or len(verdicts) > index:
            return
        item = items[index]
        verdict = check(text, item)
        saved = state.store.drill_cards().get(item.key)
        card_data = review(saved["card"] if saved else None, verdict.ok, now_utc(state))
        state.store.save_drill_card(
            item.key, item.to_dict(), card_data, due_of(card_data).isoformat(), verdict.ok
        )
        set_verdicts(lambda v: (*v, verdict))
        set_dues(lambda d: (*d, due_of(card_data)))

    field = use_text_field(
        [index, state.lang],
        on_change=lambda text: setattr(draft, "current", text),
        on_submit=submit,
        label=t("Your rewrite"),
        multiline=True,
        min_lines=1,
        max_lines=4,
        shift_enter=True,
        max_length=300,
        counter="",
    )

    if not items:
        return pushed_view(
            route,
            t("Drill"),
            [para(t("Nothing to drill yet. Play a round first, then come back."))],
            state.width,
        )
    if index >= len(items):
        good = sum(1 for v in verdicts if v.ok)
        return pushed_view(
            route,
            t("Drill"),
            [
                heading(t("Drill done"), "headline_small"),
                para(
                    t(
                        "{good} of {n} rewritten as open questions.",
                        good=good,
                        n=len(items),
                    )
                ),
                para(
                    t(
                        "The ones that did not pass come back within a few days; "
                        "the ones that did, later."
                    ),
                    muted=True,
                ),
                ft.FilledButton(
                    t("Home"),
                    icon=ft.Icons.HOME,
                    on_click=lambda: (setattr(state, "tab", 0), page.navigate("/")),
                ),
            ],
            state.width,
        )
    item = items[index]
    verdict = verdicts[index] if len(verdicts) > index else None
    controls: list[ft.Control] = [
        para(t("Item {i} of {n}", i=index + 1, n=len(items)), muted=True),
        card(
            [
                ft.Text(source_label(t, item.source), theme_style=ft.TextThemeStyle.LABEL_LARGE),
                ft.Text(item.text, theme_style=ft.TextThemeStyle.BODY_LARGE, italic=True),
                ft.Row(
                    [
                        pill(
                            item_kind_label(t, item.kind),
                            WARN_COLORS
                            if item.kind == "why"
                            else KIND_COLORS.get(item.kind, KIND_COLORS["other"]),
                        )
                    ],
                    wrap=True,
                ),
            ],
            color=PALETTE["secondary_container"],
        ),
        para(t("Rewrite it as one open question (or a reflection)."), muted=False),
    ]
    if verdict is None:
        controls += [
            field,
            ft.FilledButton(
                t("Check"),
                icon=ft.Icons.SPELLCHECK,
                height=TAP,
                on_click=lambda: submit(field.value or draft.current or ""),
            ),
        ]
    else:
        colors = ("#D7F0DC", "#0E4A1C") if verdict.ok else WARN_COLORS
        parts: list[ft.Control] = [
            ft.Row(
                [
                    ft.Icon(
                        ft.Icons.CHECK_CIRCLE if verdict.ok else ft.Icons.REPLAY,
                        color=colors[1],
                    ),
                    ft.Text(verdict_text(t, verdict), color=colors[1], expand=True, key="verdict"),
                ],
                vertical_alignment=ft.CrossAxisAlignment.START,
            )
        ]
        parts += [ft.Text(tip, color=colors[1]) for tip in verdict.tips[:1]]
        if len(dues) > index:
            parts.append(
                ft.Text(comes_back(t, state.lang, dues[index], now_utc(state)), color=colors[1])
            )
        controls += [
            ft.Container(
                content=ft.Column(parts, spacing=6, tight=True),
                bgcolor=colors[0],
                border_radius=12,
                padding=12,
            ),
            ft.FilledButton(
                t("Next") if index + 1 < len(items) else t("Finish the drill"),
                icon=ft.Icons.ARROW_FORWARD,
                height=TAP,
                on_click=lambda: set_index(index + 1),
            ),
        ]
    return pushed_view(route, t("Drill"), controls, state.width)
