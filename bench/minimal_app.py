"""The smallest Flet app with what coachkit's measurements need: a button, a field and a reply.

python bench/minimal_app.py PORT                  (web server on 127.0.0.1:PORT, no CDN)
python bench/minimal_app.py PORT --one-thread     (the same, served as coachkit serves its pages:
                                                   without the embedder policy, so the browser
                                                   draws on the page's own thread; see
                                                   coachkit.server.renderer)
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


def main(page: ft.Page) -> None:
    page.render_views(App)


if __name__ == "__main__":
    port = int(sys.argv[1])
    if "--one-thread" in sys.argv[2:]:
        import flet_web.fastapi as flet_fastapi
        import uvicorn

        flet = flet_fastapi.app(main, no_cdn=True)

        async def one_thread(scope, receive, send):  # coachkit.server.renderer, inlined
            async def send_on(message):
                if message["type"] == "http.response.start":
                    drop = b"cross-origin-embedder-policy"
                    headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != drop]
                    message = {**message, "headers": headers}
                await send(message)

            await flet(scope, receive, send_on if scope["type"] == "http" else send)

        app = flet_fastapi.FastAPI()
        app.mount("/", one_thread)
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
    else:
        ft.run(main, view=ft.AppView.WEB_BROWSER, host="127.0.0.1", port=port, no_cdn=True)
