"""Questions asked before a round is left or finished early: nothing is lost by a wrong tap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft


def leave_dialog(t, turns: int, page: ft.Page, eid: str) -> ft.AlertDialog:
    """Back during a round: the turns are saved and the round waits on Home."""

    def leave() -> None:
        page.pop_dialog()
        page.navigate(f"/exercise/{eid}")

    return ft.AlertDialog(
        modal=True,
        title=ft.Text(t("Leave this round?")),
        content=ft.Text(
            t.ngettext(
                "Your {n} turn is saved. You can continue the round from Home.",
                "Your {n} turns are saved. You can continue the round from Home.",
                turns,
            )
        ),
        actions=[
            ft.TextButton(t("Keep practising"), on_click=lambda: page.pop_dialog()),
            ft.FilledButton(t("Leave for now"), on_click=leave),
        ],
    )


def finish_dialog(t, turns: int, page: ft.Page, finish: Callable[[], Any]) -> ft.AlertDialog:
    """Finish before the conversation has ended: say what an early finish scores."""

    def really() -> None:
        page.pop_dialog()
        finish()

    return ft.AlertDialog(
        modal=True,
        title=ft.Text(t("Finish the round now?")),
        content=ft.Text(
            t.ngettext(
                "You have played {n} turn. The supervisor has not reached a step of their own "
                "yet, so the points for it stay open.",
                "You have played {n} turns. The supervisor has not reached a step of their own "
                "yet, so the points for it stay open.",
                turns,
            )
        ),
        actions=[
            ft.TextButton(t("Keep practising"), on_click=lambda: page.pop_dialog()),
            ft.FilledButton(t("Finish and see results"), on_click=really),
        ],
    )
