"""Local data: practice history, settings and saved plans in one SQLite file (stdlib only).

from coachkit.store import open_store
store = open_store()            # COACHKIT_HOME > FLET_APP_STORAGE_DATA > platformdirs
if store.notice: ...            # tell the user (e.g. a broken file was moved aside)
"""

from __future__ import annotations

from coachkit.store.export import export_csv, export_json
from coachkit.store.paths import data_dir, db_path
from coachkit.store.schema import MIGRATIONS, VERSION, NewerDatabase, migrate
from coachkit.store.store import LOCAL, Notice, RoundRecord, Store, TurnRecord, open_store

__all__ = [
    "LOCAL",
    "MIGRATIONS",
    "VERSION",
    "NewerDatabase",
    "Notice",
    "RoundRecord",
    "Store",
    "TurnRecord",
    "data_dir",
    "db_path",
    "export_csv",
    "export_json",
    "migrate",
    "open_store",
]
