"""Route ``/join``: a participant joins the live room (no account, a nickname if they like).

``report_round(page, summary)`` records a finished round's numbers for the participant of this
session and tells the facilitator's dashboard; :func:`ReportRound` is the button for it.
"""

from __future__ import annotations

from typing import Any

import flet as ft

from coachkit.i18n import format_number
from coachkit.server.live import live_room
from coachkit.ui.facilitator.session import PID_KEY, publish, use_env
from coachkit.ui.facilitator.widgets import card, error_text, frame, heading, muted
from coachkit.workshop.room import NICKNAME_MAX, RateLimited, RoomError, RoomFull

DEVICE_KEY = "coachkit.device"
"""The phone's device id in its session (the app puts it there once the phone told it)."""
SHARED_KEY = "coachkit.shared_rounds"
"""Rounds this session has shared with the room (so a summary opened again shares nothing)."""


def participant_id(page: ft.Page) -> str | None:
    """This session's participant id in the room, or None before joining."""
    return page.session.store.get(PID_KEY)


def join_room(page: ft.Page, nickname: str | None) -> str:
    """Join this session to the room (once); returns the participant id. Raises RoomFull."""
    pid = participant_id(page)
    if pid is None:  # one membership per phone: its device id, and a cap per client address
        pid = live_room().join(
            nickname or None,
            device=page.session.store.get(DEVICE_KEY),
            address=getattr(page, "client_ip", None),
        )
        page.session.store.set(PID_KEY, pid)
        publish(page, "join")
    return pid


def report_round(page: ft.Page, summary: dict[str, Any]) -> Any:
    """Share one finished round's numbers with the room (joining anonymously if needed).

    Args:
        page: the participant's page.
        summary: a role-play or tally summary; only its numbers are kept.

    Returns:
        The stored round record, or None when no live room is served.

    Raises:
        RoomError: the room is full, the round is malformed or sent too often.
    """
    room = live_room()
    if not room.active:
        return None
    pid = join_room(page, None)
    try:
        record = room.record_round(pid, summary)
    except RoomError as exc:
        if "no such participant" in str(exc):  # the room was restarted: join again
            page.session.store.set(PID_KEY, None)
            record = room.record_round(join_room(page, None), summary)
        else:
            raise
    publish(page, "round")
    return record


def _shared(page: ft.Page) -> set:
    shared = page.session.store.get(SHARED_KEY)
    if shared is None:
        shared = set()
        page.session.store.set(SHARED_KEY, shared)
    return shared


@ft.component
def ReportRound(
    summary: dict[str, Any], round_key: str | None = None, auto: bool = False
) -> ft.Control:
    """The "Share with the room" button of a summary screen (nothing when no room is served).

    Args:
        summary: the round's summary; only its numbers leave the phone's session.
        round_key: the round's identity: a round is shared once per session, however often its
            summary is opened.
        auto: the round was just finished: a phone that joined the workshop shares it by itself.
    """
    env = use_env()
    page = ft.context.page
    state, set_state = ft.use_state(
        lambda: "sent" if round_key and round_key in _shared(page) else "ready"
    )
    t = env.t

    def share() -> None:
        if round_key and round_key in _shared(page):
            set_state("sent")
            return
        try:
            report_round(page, summary)
            if round_key:
                _shared(page).add(round_key)
            set_state("sent")
        except RateLimited:
            set_state("slow")
        except RoomError:
            set_state("failed")

    def share_if_joined() -> None:
        if auto and env.room.active and participant_id(page) is not None and state == "ready":
            share()

    ft.use_effect(share_if_joined, [])
    if not env.room.active:
        return ft.Container(height=0)
    if state == "sent":
        return muted(t("Shared with the room: numbers only, no text."))
    return ft.Column(
        [
            ft.OutlinedButton(
                t("Share with the room"), icon=ft.Icons.GROUPS, on_click=share, height=48
            ),
            error_text(
                {
                    "slow": t("Too many rounds in a short time. Try again in a minute."),
                    "failed": t("The room did not accept this round."),
                }.get(state)
            ),
        ],
        tight=True,
    )


def own_rounds(env: Any, pid: str) -> list[ft.Control]:
    """The participant's own rounds (nobody else's)."""
    t, lang = env.t, env.lang
    try:
        rounds = env.room.participant_view(pid)
    except RoomError:
        return []
    if not rounds:
        return [muted(t("No rounds shared yet."))]
    rows = []
    for r in rounds[-10:]:
        pct = format_number(100 * r["open_share"], lang, 0)
        rows.append(ft.Text(t("Round {n}: {pct} % open questions", n=r["round"], pct=pct), size=16))
    return rows


@ft.component
def JoinScreen() -> ft.View:
    """Join with an optional nickname, then see what the room holds about you (your rounds)."""
    env = use_env()
    page = ft.context.page
    route = ft.use_view_path()
    t = env.t
    pid, set_pid = ft.use_state(lambda: participant_id(page))
    nickname = ft.use_ref("")
    error, set_error = ft.use_state(None)

    def join(_: object = None) -> None:
        try:
            set_pid(join_room(page, (nickname.current or "").strip()[:NICKNAME_MAX]))
            set_error(None)
        except RoomFull:
            set_error(t("The room is full."))

    if not env.room.active:
        controls = [card([heading(t("No workshop here")), muted(t("Ask the facilitator."))])]
    elif pid is None:
        controls = [
            card(
                [
                    heading(t("Join the workshop")),
                    muted(
                        t(
                            "No account needed, and a nickname is optional. Once you join, each "
                            "round you finish is shared as numbers only: the facilitator sees "
                            "totals, never what you type."
                        )
                    ),
                    ft.TextField(
                        label=t("Nickname (optional)"),
                        max_length=NICKNAME_MAX,
                        on_change=lambda e: setattr(nickname, "current", e.control.value or ""),
                        on_submit=join,
                    ),
                    error_text(error),
                    ft.FilledButton(t("Join"), on_click=join, height=48),
                ]
            )
        ]
    else:
        name = env.room.room.nickname(pid) if _known(env, pid) else None
        controls = [
            card(
                [
                    heading(t("You are in, {name}", name=name) if name else t("You are in")),
                    muted(t("Practise a role-play, or observe a triad with the tally buttons.")),
                    ft.Row(
                        [
                            ft.FilledButton(t("Practise"), on_click=lambda: page.navigate("/")),
                            ft.OutlinedButton(
                                t("Observe a triad"), on_click=lambda: page.navigate("/observe")
                            ),
                        ],
                        wrap=True,
                    ),
                ]
            ),
            card([heading(t("Your rounds")), *own_rounds(env, pid)]),
        ]
    return frame(route, t("Workshop"), controls, env.width)


def _known(env: Any, pid: str) -> bool:
    try:
        env.room.room.nickname(pid)
        return True
    except RoomError:
        return False
