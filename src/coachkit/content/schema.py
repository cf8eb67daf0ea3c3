"""JSON Schema for each kind of content file, generated from the models.

``python -m coachkit.content.schema [DIR]`` writes ``<kind>.schema.json`` files (default:
exercises/schema/ of the source tree) so that an editor can check a facilitator's TOML file.
A test fails when the committed files are not current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coachkit.content.models import MODELS
from coachkit.resources import exercises_dir


def schemas() -> dict[str, str]:
    """File name -> JSON text of every kind's schema."""
    out = {}
    for kind, model in MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"coachkit/{kind}.schema.json"
        out[f"{kind}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def write(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schemas().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else exercises_dir() / "schema"
    for path in write(target):
        sys.stdout.write(f"{path}\n")
