"""Helpers for the handout tests: the mini library, a summary dict, PDF text and rendering."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachkit.content import load_library

MINI = Path(__file__).parent.parent / "fixtures" / "mini"
MM = 72 / 25.4

SUMMARY = {
    "overall": 72,
    "parts": [
        {"name": "Avoimet kysymykset", "points": 18, "max": 25, "explanation": "Kysyit avoimesti."},
        {"name": "Heijastaminen", "points": 8, "max": 20, "explanation": "Heijasta useammin."},
        {"name": "Oma sitoutuminen", "points": 26, "max": 35, "explanation": "Esihenkilö päätti."},
    ],
    "commitment": True,
    "open_share": 0.8,
    "leading": 1,
    "advice": 0,
    "reflection_ratio": 0.5,
    "reflection_band": "fair",
    "grow_covered": ["goal", "reality", "will"],
    "turns": 9,
    "kinds": {"open": 6, "closed": 1, "leading": 1, "reflection": 1},
    "feedback": [
        {
            "coach": "Mitä haluaisit saada aikaan?",
            "kind": "open",
            "reply": "Lyhyemmät palaverit.",
            "feedback": "Hyvä avoin tavoitekysymys.",
        },
    ],
}
WHEN = dt.datetime(2026, 11, 27, 14, 5)


@pytest.fixture(scope="session")
def lib():
    """The tiny valid library (no built-in content)."""
    return load_library([MINI], builtin=False)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    """All text of the PDF with whitespace runs collapsed to one space."""
    return " ".join(" ".join(page.extract_text() or "" for page in reader(pdf).pages).split())


def pages(pdf: bytes) -> int:
    return len(reader(pdf).pages)


def need_pdftoppm() -> str:
    exe = shutil.which("pdftoppm")
    if not exe:
        message = "pdftoppm not found: install poppler-utils to check rendered pages"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI never skips)")
        pytest.skip(message)
    return exe


def render_pngs(pdf: bytes, tmp_path: Path, dpi: int = 50) -> list[Path]:
    """Render every page to PNG with pdftoppm (poppler-utils)."""
    exe = need_pdftoppm()
    src = tmp_path / "doc.pdf"
    src.write_bytes(pdf)
    subprocess.run([exe, "-r", str(dpi), "-png", str(src), str(tmp_path / "p")], check=True)
    return sorted(tmp_path.glob("p-*.png"), key=lambda p: int(re.findall(r"\d+", p.stem)[-1]))


def ink_outside_frame(png: Path, dpi: int, margin_mm: float) -> list[str]:
    """Where a rendered page has ink outside its text frame: left, right, top, bottom edge strips.

    The footer line sits in the bottom margin, so only the outer 5 mm of the bottom is checked.
    """
    from PIL import Image

    image = Image.open(png).convert("L")
    width, height = image.size
    px = dpi / 25.4
    edge = int((margin_mm - 1.5) * px)
    strips = {
        "left": (0, 0, edge, height),
        "right": (width - edge, 0, width, height),
        "top": (0, 0, width, edge),
        "bottom": (0, height - int(5 * px), width, height),
    }
    return [name for name, box in strips.items() if image.crop(box).getextrema()[0] < 200]


def is_blank(png: Path) -> bool:
    from PIL import Image

    return Image.open(png).convert("L").getextrema()[0] > 245
