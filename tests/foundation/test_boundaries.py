"""The core never imports flet: only coachkit.ui may."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import coachkit

CORE = sorted(
    m.name
    for m in pkgutil.walk_packages(coachkit.__path__, "coachkit.")
    if not m.name.startswith("coachkit.ui") and m.name != "coachkit.__main__"
)

PROBE = """
import importlib, sys
class Blocked:
    def find_spec(self, name, path=None, target=None):
        if name == "flet" or name.startswith(("flet.", "flet_")):
            raise ImportError(f"core module imported {name}")
sys.meta_path.insert(0, Blocked())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok", len(sys.argv) - 1)
"""


def test_core_modules_are_found():
    assert {"coachkit.content", "coachkit.i18n", "coachkit.cli"} <= set(CORE)


def test_every_core_module_imports_with_flet_blocked():
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *CORE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"ok {len(CORE)}"


def test_the_app_and_its_server_load_reportlab_only_when_a_pdf_is_made():
    probe = """
import sys
from coachkit.content import load_library
from coachkit.ui.app import make_main
from coachkit.ui.server import build_app
import coachkit.ui.facilitator
print("before", "reportlab" in sys.modules)
from coachkit.ui.components.pdf import handout_bytes
library = load_library()
from coachkit.handouts import build
build("observer", library, "en")
print("after", "reportlab" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["before", "False", "after", "True"]


def test_handouts_run_on_reportlab_s_c_accelerator():
    """rl-accel is a dependency: string widths and number formatting run in C, not in the
    pure-Python fallbacks ReportLab uses without it."""
    from reportlab.lib import rl_accel

    for name in ("fp_str", "escapePDF", "instanceStringWidthTTF", "unicode2T1"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name
