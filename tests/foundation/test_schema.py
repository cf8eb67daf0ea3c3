"""The committed JSON Schema files are what the models generate."""

from __future__ import annotations

from coachkit.content import schema
from coachkit.resources import exercises_dir


def test_committed_schemas_are_current():
    folder = exercises_dir() / "schema"
    for name, text in schema.schemas().items():
        path = folder / name
        assert path.is_file(), f"missing {path}: run python -m coachkit.content.schema"
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} is stale: run python -m coachkit.content.schema"
        )


def test_schema_forbids_unknown_fields():
    import json

    exercise = json.loads(schema.schemas()["exercise.schema.json"])
    assert exercise["additionalProperties"] is False
    assert exercise["$defs"]["LocalizedText"]["required"] == ["fi", "en"]
