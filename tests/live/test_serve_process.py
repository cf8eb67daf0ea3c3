"""The real ``coachkit serve`` against a hostile phone: half-open sockets, a garbage frame, a
single Ctrl+C, and a restart on the same port right after."""

from __future__ import annotations

import signal
import socket
import urllib.request

import pytest

from tests.e2e.support import coachkit_server

pytestmark = pytest.mark.slow


def test_half_open_sockets_are_closed_one_ctrl_c_stops_and_a_restart_keeps_the_code(tmp_path):
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    home = tmp_path / "home"
    with coachkit_server(home, lang="en_US.UTF-8") as server:
        url, code, proc = server.url, server.code, server.proc
        port = int(url.rsplit(":", 1)[1])
        idle = socket.create_connection(("127.0.0.1", port))  # connects and never asks
        idle.settimeout(60)
        garbage = connect(url.replace("http", "ws") + "/ws", open_timeout=30)
        garbage.send(b"\x00\xc1\xc1\xc1")  # not msgpack: Flet's receive loop fails on it
        with pytest.raises(ConnectionClosed):
            garbage.recv(timeout=30)  # the server ends that connection instead of hanging on it
        assert idle.recv(1) == b""  # the server closed the silent connection
        with urllib.request.urlopen(url + "/", timeout=30) as page:
            assert page.status == 200  # and still serves everyone else
        proc.send_signal(signal.SIGINT)  # one Ctrl+C
        assert proc.wait(timeout=30) is not None
        garbage.close()
        idle.close()
        first_code = code
    with coachkit_server(home, lang="en_US.UTF-8", port=port) as again:  # the same port at once
        assert again.proc.poll() is None
        assert again.code == first_code  # the facilitator's code survived the restart
