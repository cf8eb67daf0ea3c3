"""Route ``/facilitator/live``: the room's aggregates, updated over pubsub, and the CSV export.

The facilitator sees counts and medians only, never a participant's text or id.
"""

from __future__ import annotations

import flet as ft

from coachkit.i18n import format_number
from coachkit.ui.facilitator.gate import CodeGate
from coachkit.ui.facilitator.home import join_card
from coachkit.ui.facilitator.session import use_env, use_facilitator, use_room_updates
from coachkit.ui.facilitator.widgets import card, frame, heading, mark_label, muted, stat
from coachkit.ui.theme import PALETTE


def presence_card(env) -> ft.Control:
    """Who has joined and whether their phone is connected now (names only if they gave one)."""
    t = env.t
    people = env.room.presence()
    online = sum(1 for _n, on in people if on)
    chips = []
    anonymous = 0
    for name, on in people:
        if name is None:
            anonymous += 1
            label = t("anonymous {n}", n=anonymous)
        else:
            label = name
        chips.append(
            ft.Container(
                ft.Row(
                    [
                        ft.Icon(
                            ft.Icons.CIRCLE,
                            size=12,
                            color="#2E7D32" if on else PALETTE["outline"],
                        ),
                        ft.Text(label, size=16),
                    ],
                    spacing=6,
                    tight=True,
                ),
                bgcolor=PALETTE["surface_container_lowest"],
                border_radius=16,
                padding=ft.Padding(left=10, right=12, top=6, bottom=6),
                tooltip=t("connected") if on else t("not connected"),
            )
        )
    return card(
        [
            heading(t("Phones: {online} of {joined} connected", online=online, joined=len(people))),
            ft.Row(chips, wrap=True, spacing=8, run_spacing=8, key="presence")
            if chips
            else muted(t("Nobody has joined yet.")),
        ]
    )


@ft.component
def LiveScreen() -> ft.View:
    """Live aggregates of the room."""
    env = use_env()
    ok, try_code = use_facilitator()
    route = ft.use_view_path()
    use_room_updates()  # re-render on every change of the room
    key = ft.use_memo(lambda: env.room.issue_key() if ok else "", [ok])
    if not ok:
        return CodeGate(env, try_code, route)
    t, lang = env.t, env.lang
    agg = env.room.aggregates()
    dash = "\u2013"
    open_pct = (
        f"{format_number(agg.median_open_pct, lang, 0)} %"
        if agg.median_open_pct is not None
        else dash
    )
    ratio = (
        format_number(agg.median_reflection_ratio, lang, 1)
        if agg.median_reflection_ratio is not None
        else dash
    )
    kinds = [
        ft.Container(
            ft.Text(
                f"{mark_label(t, kind)}  {count}", size=18, color=PALETTE["on_primary_container"]
            ),
            bgcolor=PALETTE["primary_container"],
            border_radius=20,
            padding=ft.Padding(left=14, right=14, top=8, bottom=8),
        )
        for kind, count in agg.top_kinds
    ]
    return frame(
        route,
        t("Live room"),
        [
            ft.ResponsiveRow(
                [
                    stat(t("joined"), str(agg.joined), key="stat-joined"),
                    stat(t("rounds played"), str(agg.rounds), key="stat-rounds"),
                    stat(t("median open questions"), open_pct, key="stat-open"),
                    stat(t("reflections per question"), ratio, key="stat-ratio"),
                ],
                spacing=12,
                run_spacing=12,
            ),
            card(
                [
                    heading(t("Most common kinds")),
                    ft.Row(kinds, wrap=True, spacing=8, run_spacing=8)
                    if kinds
                    else muted(t("No rounds yet.")),
                ]
            ),
            card(
                [
                    heading(t("Results stay on this laptop")),
                    muted(
                        t(
                            "Nobody's text is stored: each round keeps numbers only. "
                            "Export them as CSV for your notes."
                        )
                    ),
                    ft.Row(
                        [
                            ft.FilledButton(
                                t("Rounds as CSV"),
                                icon=ft.Icons.DOWNLOAD,
                                action=ft.OpenUrl(f"/export/rounds.csv?key={key}"),
                            ),
                            ft.OutlinedButton(
                                t("Summary as CSV"),
                                icon=ft.Icons.DOWNLOAD,
                                action=ft.OpenUrl(f"/export/aggregates.csv?key={key}"),
                            ),
                            ft.OutlinedButton(
                                t("Per round as CSV"),
                                icon=ft.Icons.DOWNLOAD,
                                action=ft.OpenUrl(f"/export/room.csv?key={key}"),
                                key="export-room-csv",
                            ),
                            ft.FilledButton(
                                t("Room report (PDF)"),
                                icon=ft.Icons.PICTURE_AS_PDF,
                                action=ft.OpenUrl(f"/export/room.pdf?key={key}&lang={lang}"),
                                key="export-room-pdf",
                            ),
                        ],
                        wrap=True,
                    ),
                ]
            ),
            presence_card(env),
            join_card(env, size=160),
        ],
        env.width,
    )
