"""A participant's side of the live room: joining, rejoining with a kept token, sharing rounds.

``join_room(page, room, nickname)`` joins this session once; ``restore(page, room, token)`` brings
a new session (a refresh, a reopened browser) back to the participant its phone kept;
``report_round(page, room, summary)`` records a finished round's numbers and tells the screens;
:func:`ReportRound` is the button for a summary screen. The join screen itself is
``coachkit.ui.phone.join_screen``.
"""

from __future__ import annotations

from typing import Any

import flet as ft

from coachkit.roleplay.summary import Summary
from coachkit.server.live import LiveRoom
from coachkit.ui.facilitator.session import PID_KEY, publish, use_env
from coachkit.ui.facilitator.widgets import error_text, muted
from coachkit.workshop.room import RateLimited, RoomError

DEVICE_KEY = "coachkit.device"
"""The phone's device id in its session (the app puts it there once the phone told it)."""
SHARED_KEY = "coachkit.shared_rounds"
"""Rounds this session has shared with the room (so a summary opened again shares nothing)."""
SECTION_KEY = "coachkit.workshop.section"
"""The workshop section whose exercise this session started from its round card."""
TOKEN_KEY = "coachkit.workshop.token"
"""SharedPreferences key (the phone's browser) of the participant's token: rejoin after a refresh."""


def participant_id(page: ft.Page) -> str | None:
    """This session's participant id in the room, or None before joining."""
    return page.session.store.get(PID_KEY)


def track_presence(page: ft.Page, room: LiveRoom, pid: str) -> None:
    """Mark this session's participant connected, and follow the connection from now on."""
    sid = page.session.id

    def connected(on: bool) -> None:
        room.online(pid, sid, on)
        publish(page, "presence")

    page.on_connect = lambda _e=None: connected(True)
    page.on_disconnect = lambda _e=None: connected(False)
    page.on_close = lambda _e=None: connected(False)
    connected(True)


def join_room(page: ft.Page, room: LiveRoom, nickname: str | None) -> str:
    """Join this session to the room (once); returns the participant id. Raises RoomFull."""
    pid = participant_id(page)
    if pid is not None and not room.room.known(pid):
        pid = None  # the room was restarted: join again
    if pid is None:  # one membership per phone: its device id, and a cap per client address
        pid = room.join(
            nickname or None,
            device=page.session.store.get(DEVICE_KEY),
            address=getattr(page, "client_ip", None),
        )
        page.session.store.set(PID_KEY, pid)
        track_presence(page, room, pid)
        publish(page, "join")
    return pid


def restore(page: ft.Page, room: LiveRoom, token: Any) -> str | None:
    """Take back the participant a kept token stands for; None when the room does not know it."""
    pid = room.rejoin(token)
    if pid is not None and participant_id(page) != pid:
        page.session.store.set(PID_KEY, pid)
        track_presence(page, room, pid)
    return pid


def current_section(page: ft.Page, room: LiveRoom, source: str) -> int | None:
    """The section a round belongs to: the one whose exercise the phone started (role-play), or
    the facilitator's current practice section."""
    run = room.run
    if source == "roleplay":
        started = page.session.store.get(SECTION_KEY)
        if isinstance(started, int):
            return started
    return run.section if run is not None and run.practice else None


def report_round(
    page: ft.Page,
    room: LiveRoom,
    summary: dict[str, Any] | Summary,
    source: str = "roleplay",
    section: int | None = None,
) -> Any:
    """Share one finished round's numbers with the room (joining anonymously if needed).

    Args:
        page: the participant's page.
        room: the live room.
        summary: a role-play or tally summary; only its numbers are kept.
        source: ``"roleplay"`` or ``"tally"`` (kept apart in every aggregate).
        section: the workshop section; when None, the one the phone is in.

    Returns:
        The stored round record, or None when no live room is served.

    Raises:
        RoomError: the room is full, the round is malformed or sent too often.
    """
    if not room.active:
        return None
    pid = join_room(page, room, None)
    if section is None:
        section = current_section(page, room, source)
    if source == "roleplay":  # a stored round of any version, its figures as the room reads them
        summary = Summary.load(summary).model_dump(exclude_unset=True)
    record = room.record_round(pid, summary, section=section, source=source)
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
            report_round(page, env.room, summary)
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
        shared = muted(t("Shared with the room: numbers only, no text."))
        if participant_id(page) is None or env.room.run is None:
            return shared
        return ft.Column(
            [
                shared,
                ft.FilledButton(
                    t("Back to your round card"),
                    icon=ft.Icons.GROUPS,
                    on_click=lambda: page.navigate("/join"),
                    height=48,
                ),
            ],
            tight=True,
        )
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


def _known(env: Any, pid: str) -> bool:
    return env.room.room.known(pid)
