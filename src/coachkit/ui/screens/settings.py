"""Settings tab: language, text size, export my data, delete my data."""

from __future__ import annotations

import flet as ft

from coachkit import __version__
from coachkit.store import LOCAL, export_csv, export_json
from coachkit.ui.components.common import body, card, filter_chips, heading, para, use_app
from coachkit.ui.screens.home import language_switch
from coachkit.ui.theme import PALETTE, TEXT_SCALES
from coachkit.ui.urls import EXPORT_CSV, EXPORT_JSON


def owned_url(path: str, owner: str) -> str:
    """A download address for ``owner``'s data: a phone's device id travels with it."""
    return path if owner == LOCAL else f"{path}?device={owner}"


def size_labels(t) -> dict[str, str]:
    return {"small": t("Small"), "normal": t("Normal"), "large": t("Large"), "larger": t("Larger")}


@ft.component
def SettingsTab() -> ft.Control:
    state = use_app()
    t = state.t
    page = ft.context.page
    store = state.store
    picker = ft.use_memo(lambda: None if state.services.web else ft.FilePicker(), [])
    done, set_done = ft.use_state("")

    async def save(kind: str) -> None:
        data = export_json(store) if kind == "json" else export_csv(store)
        name = "coachkit-data.json" if kind == "json" else "coachkit-data.csv"
        await picker.save_file(file_name=name, src_bytes=data.encode("utf-8"))

    def confirm_delete() -> None:
        def really() -> None:
            page.pop_dialog()
            state.delete_all_data()
            set_done(t("All your data was deleted."))

        page.show_dialog(
            ft.AlertDialog(
                modal=True,
                title=ft.Text(t("Delete all your data?")),
                content=ft.Text(
                    t(
                        "Your practice history, settings and saved plans will be "
                        "deleted from this device. This cannot be undone."
                    )
                ),
                actions=[
                    ft.TextButton(t("Cancel"), on_click=lambda: page.pop_dialog()),
                    ft.FilledButton(
                        t("Delete"),
                        on_click=really,
                        style=ft.ButtonStyle(bgcolor=PALETTE["error"], color=PALETTE["on_error"]),
                    ),
                ],
            )
        )

    if state.services.web:
        exports = [
            ft.OutlinedButton(
                t("Download JSON"),
                icon=ft.Icons.DOWNLOAD,
                action=ft.OpenUrl(owned_url(EXPORT_JSON, state.owner)),
            ),
            ft.OutlinedButton(
                t("Download CSV"),
                icon=ft.Icons.DOWNLOAD,
                action=ft.OpenUrl(owned_url(EXPORT_CSV, state.owner)),
            ),
        ]
    else:
        exports = [
            ft.OutlinedButton(
                t("Save as JSON"), icon=ft.Icons.SAVE_ALT, on_click=lambda: save("json")
            ),
            ft.OutlinedButton(
                t("Save as CSV"), icon=ft.Icons.SAVE_ALT, on_click=lambda: save("csv")
            ),
        ]
    labels = size_labels(t)
    controls: list[ft.Control] = [
        heading(t("Language"), "title_medium"),
        language_switch(state),
        heading(t("Text size"), "title_medium"),
        # chips sized to their word and wrapping as a row: a segmented button splits the width
        # evenly, and at the largest size "Normaali" broke mid-word inside its segment
        filter_chips(
            [(k, labels[k]) for k in TEXT_SCALES],
            state.text_size,
            lambda v: state.set_text_size(v or state.text_size),
        ),
        para(t("The quick brown fox practises open questions."), muted=True),
        heading(t("My data"), "title_medium"),
        card(
            [
                para(
                    t(
                        "Your rounds are kept on the facilitator's laptop, apart from everyone "
                        "else's. Only this phone can see, export or delete them."
                    )
                    if state.services.lan
                    else t(
                        "Everything you do here stays on this device: {path}", path=str(store.path)
                    ),
                    muted=True,
                ),
                ft.Row(exports, wrap=True, spacing=12, run_spacing=12),
                ft.OutlinedButton(
                    t("Delete all my data"),
                    icon=ft.Icons.DELETE_FOREVER,
                    on_click=confirm_delete,
                    style=ft.ButtonStyle(color=PALETTE["error"]),
                ),
                *([ft.Text(done, color=PALETTE["primary"])] if done else []),
            ]
        ),
        para(t("coachkit {version}", version=__version__), muted=True),
    ]
    return body(controls, state.width, rail=not state.narrow)
