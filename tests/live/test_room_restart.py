"""The real ``coachkit serve --lan`` killed in the middle of a workshop and started again on the
same port: the facilitator finds the room's totals where they were, and a phone that joins again
is the same participant (issue 18, "restart on the same port right after a crash")."""

from __future__ import annotations

import asyncio
import csv
import io
import signal
import time
import urllib.request

import pytest

from tests.e2e.flet_phone import Phone, labelled
from tests.e2e.support import coachkit_server

pytestmark = pytest.mark.slow


async def play_a_round(url: str, eid: str, question: str, kept: dict | None = None) -> dict:
    """A phone joins (a phone that joined before is taken back in by what its browser kept),
    plays one typed turn and finishes (the app shares the numbers by itself); returns what the
    phone's browser keeps."""
    phone = Phone(url, "/join", kept)
    await phone.open()
    if kept is None:
        await phone.click(await phone.wait_for(labelled("Join")))
    await phone.wait_for(labelled("Practise"))
    await phone.navigate(f"/exercise/{eid}/play")
    await phone.click(await phone.wait_for(labelled("Start: type your questions")))
    field = await phone.wait_for(lambda c: c.get("hint_text") == "Ask your question")
    await phone.set_value(field, question)
    await phone.event(field, "submit", question)
    await phone.wait_text(question)
    await phone.click(await phone.wait_for(labelled("Finish")))
    await phone.click(await phone.wait_for(labelled("Finish and see results")))
    await phone.wait_text("Shared with the room", part=True)
    assert phone.errors == []
    await phone.close()
    assert phone.kept
    return phone.kept


def aggregates(url: str, code: str) -> dict[str, str]:
    with urllib.request.urlopen(f"{url}/export/aggregates.csv?key={code}", timeout=60) as r:
        rows = list(csv.reader(io.StringIO(r.read().decode("utf-8"))))
    return dict(row for row in rows[1:] if len(row) == 2)


def test_a_server_killed_mid_workshop_comes_back_on_its_port_with_the_room(tmp_path):
    from coachkit.content import load_library

    eid = load_library().exercises[0].id
    home = tmp_path / "home"
    with coachkit_server(home, "--lan", lang="en_US.UTF-8") as server:
        url, code = server.url, server.code
        port = int(url.rsplit(":", 1)[1])

        async def two_phones() -> list[dict]:
            return list(
                await asyncio.gather(
                    play_a_round(url, eid, "What would you like to get out of this talk?"),
                    play_a_round(url, eid, "What have you already tried?"),
                )
            )

        devices = asyncio.run(asyncio.wait_for(two_phones(), 240))
        before = aggregates(url, code)
        assert before["joined"] == "2" and before["rounds"] == "2"
        server.proc.send_signal(signal.SIGKILL)  # a crash: nothing is flushed on the way out
        server.proc.wait(timeout=30)

    started = time.monotonic()
    with coachkit_server(home, "--lan", lang="en_US.UTF-8", port=port) as again:
        assert time.monotonic() - started < 60  # the same port at once
        banner = "".join(again.log)
        assert "totals are back from the last run on this port: 2 joined, 2 rounds" in banner
        assert aggregates(again.url, again.code) == before

        # The first phone comes back (its browser kept its device id and room token) and plays.
        asyncio.run(
            asyncio.wait_for(
                play_a_round(again.url, eid, "What else could you do?", devices[0]), 120
            )
        )
        after = aggregates(again.url, again.code)
        assert after["joined"] == "2"  # the same participant, not a third one
        assert after["rounds"] == "3"
