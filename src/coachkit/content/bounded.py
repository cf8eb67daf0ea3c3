"""Read a file the user hands in without trusting it: regular files only, never past a limit.

A FIFO named ``x.toml`` would block a plain ``open().read()`` forever, and a link to /dev/zero
would fill the memory; :func:`read_bounded` refuses both with one line that names the problem.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class BoundedReadError(ValueError):
    """The file is not a regular file, too big, or cannot be read (one line, for the user)."""


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MiB" if n >= 1024 * 1024 else f"{n} bytes"


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``limit`` of them.

    Raises:
        BoundedReadError: not a regular file, larger than ``limit``, or unreadable.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise BoundedReadError("not a regular file (a folder, device or pipe)")
        if info.st_size > limit:
            raise BoundedReadError(f"file is {info.st_size} bytes, over the {_size(limit)} limit")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since the stat
                raise BoundedReadError("not a regular file (a folder, device or pipe)")
            data = handle.read(limit + 1)
    except OSError as exc:
        raise BoundedReadError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise BoundedReadError(f"file is over the {_size(limit)} limit")
    return data
