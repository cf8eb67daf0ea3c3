"""Hatch build hook: compile the gettext catalogs (.po -> .mo) into the wheel.

The .mo files are build products and are not committed; the wheel carries them under
coachkit/locales/<lang>/LC_MESSAGES/coachkit.mo so an installed coachkit needs no compile step.
"""

from __future__ import annotations

import io
import pathlib

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = pathlib.Path(self.root)
        out_dir = root / "build" / "mo"
        for po_path in sorted((root / "locales").glob("*/LC_MESSAGES/*.po")):
            with po_path.open("rb") as f:
                catalog = read_po(f)
            buf = io.BytesIO()
            write_mo(buf, catalog)
            rel = po_path.relative_to(root / "locales").with_suffix(".mo")
            target = out_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(buf.getvalue())
            build_data["force_include"][str(target)] = f"coachkit/locales/{rel.as_posix()}"
