"""Export all of a user's data: one JSON document, or one CSV table (a row per turn)."""

from __future__ import annotations

import csv
import io
import json

from coachkit.store.store import Store

CSV_COLUMNS = [
    "round_id",
    "exercise",
    "lang",
    "mode",
    "started",
    "finished",
    "overall",
    "commitment",
    "open_share",
    "reflection_ratio",
    "turn",
    "coach",
    "kind",
    "grow",
    "reply",
]


def export_json(store: Store) -> str:
    """Everything in the store as pretty JSON (UTF-8 text)."""
    return json.dumps(store.dump(), ensure_ascii=False, indent=2)


def export_csv(store: Store) -> str:
    """Rounds and turns as one CSV table, a row per turn (a round with no turns gets one row).

    Opens in a spreadsheet; the settings and plans are only in the JSON export.
    """
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for rnd in store.dump()["rounds"]:
        summary = rnd["summary"] or {}
        base = {
            "round_id": rnd["id"],
            "exercise": rnd["exercise"],
            "lang": rnd["lang"],
            "mode": rnd["mode"],
            "started": rnd["started"],
            "finished": rnd["finished"] or "",
            "overall": summary.get("overall", ""),
            "commitment": summary.get("commitment", ""),
            "open_share": summary.get("open_share", ""),
            "reflection_ratio": summary.get("reflection_ratio", ""),
        }
        for turn in rnd["turns"] or [None]:
            row = dict(base)
            if turn:
                row.update(
                    turn=turn["n"],
                    coach=turn["coach"],
                    kind=turn["kind"] or "",
                    grow=turn["grow"] or "",
                    reply=turn["reply"] or "",
                )
            writer.writerow(row)
    return buf.getvalue()
