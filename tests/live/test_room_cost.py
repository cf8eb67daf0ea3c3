"""What a phone costs the server: the work the room's server does per screen stays proportional to
what changed on that screen (issue 18, "100 phones: first screen").

Timings live in bench/room_full.py; these tests pin down the mechanisms behind them.
"""

from __future__ import annotations

import logging

import msgpack


class Loud(dict):
    """A message body (a map, as Flet's are) that counts how often it is turned into text."""

    formatted = 0

    def __repr__(self) -> str:
        Loud.formatted += 1
        return "Loud()"

    __str__ = __repr__


def test_a_message_to_a_phone_is_not_formatted_for_a_debug_log_that_is_off():
    from flet.messaging.protocol import Message
    from flet_web.fastapi.flet_app import FletApp

    from coachkit.ui.server import lazy_transport_log

    class Queue(list):
        def put_nowait(self, item: bytes) -> None:
            self.append(item)

    lazy_transport_log()
    app = object.__new__(FletApp)
    queue = Queue()
    app._FletApp__send_queue = queue  # type: ignore[attr-defined]
    logging.getLogger("flet_transport").setLevel(logging.INFO)
    body = Loud(controls=[1, 2, 3], note="hei")
    Loud.formatted = 0

    app.send_message(Message(action=2, body=body))

    assert Loud.formatted == 0
    assert queue == [b"\x00" + msgpack.packb([2, {"controls": [1, 2, 3], "note": "hei"}])]


def test_with_the_debug_log_on_the_message_is_still_logged(caplog):
    from flet.messaging.protocol import Message
    from flet_web.fastapi.flet_app import FletApp

    from coachkit.ui.server import lazy_transport_log

    class Queue(list):
        def put_nowait(self, item: bytes) -> None:
            self.append(item)

    lazy_transport_log()
    app = object.__new__(FletApp)
    app._FletApp__send_queue = Queue()  # type: ignore[attr-defined]
    with caplog.at_level(logging.DEBUG, logger="flet_transport"):
        app.send_message(Message(action=2, body={"x": 1}))
    assert any("send_message" in r.getMessage() for r in caplog.records)
