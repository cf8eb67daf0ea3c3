"""The facilitator code: asked once per session before any facilitator screen opens."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from coachkit.ui.facilitator.session import Env
from coachkit.ui.facilitator.widgets import card, error_text, frame, heading, muted

CODE_MAX = 32


@ft.component
def CodeGate(env: Env, try_code: Callable[[str], bool], route: str) -> ft.View:
    """A view that asks for the code shown in the laptop's terminal."""
    t = env.t
    typed = ft.use_ref("")
    error, set_error = ft.use_state(None)
    page = ft.context.page

    def submit(_: object = None) -> None:
        if try_code(typed.current or ""):
            set_error(None)
            return
        if env.room.locked_out(page.session.id):
            set_error(t("Too many wrong codes. Wait a minute and try again."))
        else:
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
