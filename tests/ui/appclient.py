"""Start the coachkit app in the fake client and report crashes with their message."""

from __future__ import annotations

from harness import FakeClient

from coachkit.ui.app import make_main


async def start_app(services, **page_props) -> FakeClient:
    client = FakeClient(**page_props)
    await client.start(make_main(services))
    await client.settle(60)
    assert_no_crash(client)
    return client


def assert_no_crash(client: FakeClient) -> None:
    crashes = client.crashes()
    assert not crashes, crashes[0].body.message[-3000:]
