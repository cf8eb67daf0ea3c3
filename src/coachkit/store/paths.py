"""Where coachkit keeps its data file: one SQLite file in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "coachkit.db"


def data_dir() -> Path:
    """The folder for coachkit's data.

    ``COACHKIT_HOME`` wins (tests, portable installs); then ``FLET_APP_STORAGE_DATA``, the folder a
    packaged Flet app (phone, desktop bundle) gets from its platform; else platformdirs' user data
    folder for "coachkit".
    """
    for var in ("COACHKIT_HOME", "FLET_APP_STORAGE_DATA"):
        value = os.environ.get(var)
        if value:
            return Path(value).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("coachkit", appauthor=False))


def db_path() -> Path:
    """The SQLite file: ``<data_dir>/coachkit.db``."""
    return data_dir() / DB_NAME
