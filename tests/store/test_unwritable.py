"""A data file or folder that cannot be written: one clear notice, data kept in memory."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess

import pytest

from coachkit.store import Store


@contextlib.contextmanager
def read_only(path):
    """Make ``path`` unwritable, even for root (immutable flag) where chmod is not enough."""
    os.chmod(path, 0o444)
    immutable = False
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(path)]).returncode != 0:
            os.chmod(path, 0o644)
            pytest.skip("running as root without chattr: cannot make a file read-only")
        immutable = True
    try:
        yield
    finally:
        if immutable:
            subprocess.run([shutil.which("chattr"), "-i", str(path)])
        os.chmod(path, 0o644)


def test_a_read_only_data_file_keeps_the_app_running_in_memory_with_a_notice(tmp_path):
    path = tmp_path / "coachkit.db"
    Store(path).close()
    with read_only(path):
        store = Store(path)
        assert store.notice is not None and store.notice.kind == "readonly"
        assert "\n" not in store.notice.detail and "memory" in store.notice.detail
        rid = store.start_round("x", "fi", "free", 1)  # writes work (in memory), no traceback
        store.finish_round(rid, {"overall": 1})
        assert len(store.history()) == 1


def test_a_data_folder_that_cannot_be_made_is_a_notice_not_a_traceback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    store = Store(blocker / "sub" / "coachkit.db")
    assert store.notice is not None and store.notice.kind == "readonly"
    store.set_setting("lang", "fi")
    assert store.get_setting("lang") == "fi"


def test_rounds_move_to_the_device_in_one_go(tmp_path):
    store = Store(tmp_path / "c.db")
    early = store.for_owner("session-abc")
    rid = early.start_round("x", "fi", "free", 1)
    early.add_turn(rid, 1, "Mitä haluat?", kind="open")
    early.set_setting("lang", "en")
    assert early.hand_over("d-" + "1" * 24) == 1
    device = store.for_owner("d-" + "1" * 24)
    assert device.unfinished() is not None and device.unfinished().turns[0].coach == "Mitä haluat?"
    assert device.get_setting("lang") == "en"
    assert early.unfinished() is None and early.settings() == {}
    orphans = store._query("SELECT COUNT(*) AS n FROM rounds WHERE owner = 'session-abc'")
    assert orphans[0]["n"] == 0
