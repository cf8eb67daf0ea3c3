"""The smallest Flet app with what coachkit's measurements need: a button, a field and a reply.

python bench/minimal_app.py PORT        (web server on 127.0.0.1:PORT, no CDN)
"""

import sys

import flet as ft


@ft.component
def App():
    reply, set_reply = ft.use_state("")
    return ft.View(
        route="/",
        controls=[
            ft.Button("Start"),
            ft.TextField(
                label="Question", on_submit=lambda e: set_reply(f"Reply: {e.control.value}")
            ),
            ft.Text(reply),
        ],
    )


if __name__ == "__main__":
    ft.run(
        lambda page: page.render_views(App),
        view=ft.AppView.WEB_BROWSER,
        host="127.0.0.1",
        port=int(sys.argv[1]),
        no_cdn=True,
    )
