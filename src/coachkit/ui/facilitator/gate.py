"""The facilitator code: asked once per session before any facilitator screen opens."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from coachkit.ui.facilitator.session import Env, client_of
from coachkit.ui.facilitator.widgets import card, error_text, frame, heading, muted

CODE_MAX = 32


@ft.component
def CodeGate(env: Env, try_code: Callable[[str], Awaitable[bool]], route: str) -> ft.View:
    """A view that asks for the code shown in the laptop's terminal.

    After a few wrong codes this client's next attempt waits its turn (the screen says so); the
    right code is accepted when the turn comes.
    """
    t = env.t
    typed = ft.use_ref("")
    error, set_error = ft.use_state(None)
    page = ft.context.page

    async def submit(_: object = None) -> None:
        if env.room.wait_for(client_of(page)) > 0:
            set_error(t("Too many wrong codes: checking this one takes a moment."))
            page.update()
        if await try_code(typed.current or ""):
            set_error(None)
            return
        set_error(t("That is not the code. Look at the terminal where coachkit serve runs."))

    def changed(e: ft.Event) -> None:
        typed.current = (e.control.value or "")[:CODE_MAX]

    return frame(
        route,
        t("Facilitator"),
        [
            card(
                [
                    heading(t("Facilitator code")),
                    muted(
                        t(
                            "Type the code printed in the terminal when the server started. "
                            "Participants do not need it."
                        )
                    ),
                    ft.TextField(
                        label=t("Code"),
                        max_length=CODE_MAX,
                        password=True,
                        can_reveal_password=True,
                        on_change=changed,
                        on_submit=submit,
                        text_size=24,
                        width=320,
                    ),
                    error_text(error),
                    ft.FilledButton(t("Open facilitator screens"), on_click=submit, height=48),
                ]
            )
        ],
        env.width,
    )
