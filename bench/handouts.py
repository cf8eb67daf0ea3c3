"""Benchmark: the whole handout set of the built-in content, next to a plain ReportLab document.

    .venv/bin/python -m bench.handouts [--rounds N]

The set, in both languages: the workshop pack of every built-in plan template (facilitator guide,
observer sheet, question cards, guide for supervisors, a worksheet and role cards for each exercise
it names), written to a temporary folder, plus the worksheet and role cards of every exercise no
plan names. Packs share the documents they have in common (``pack(..., shared=cache)``), as a
facilitator printing every template would. It is timed twice: sharing, and building every file
from scratch. Then one plain ReportLab document (Helvetica paragraphs, no tables, drawings or
embedded fonts) with as many pages as the handouts built from scratch, in the same run.
Prints figures only; never fails on time (target: whole set under 3 s, within 2x the plain
document's time per page).
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from coachkit.content import load_library
from coachkit.handouts import pack, role_cards, worksheet
from coachkit.handouts.base import register_fonts, styles

TEXT = (
    "Esihenkilö pyytää alaistaan valmentajakseen. Valmentaja kysyy avoimia kysymyksiä, "
    "kuuntelee, heijastaa ja pidättäytyy neuvomasta, jotta esihenkilö löytää oman askeleensa. "
)


def runnable(plan, library):
    """The plan without exercise references the library does not have yet, and how many."""
    known = library.items["exercise"]
    blocks = [
        b if not b.exercise or b.exercise in known else b.model_copy(update={"exercise": None})
        for b in plan.blocks
    ]
    dropped = sum(a.exercise != b.exercise for a, b in zip(plan.blocks, blocks, strict=True))
    return (plan.model_copy(update={"blocks": blocks}) if dropped else plan), dropped


def whole_set(library, out: Path, shared: dict | None) -> list[Path]:
    """Write the whole set into ``out``; returns the files."""
    files: list[Path] = []
    for lang in ("fi", "en"):
        covered = set()
        for plan in library.plans:
            plan, _ = runnable(plan, library)
            files += pack(plan, library, lang, "a4", out / f"{plan.id}-{lang}", shared=shared)
            covered |= {b.exercise for b in plan.blocks if b.exercise}
        for ex in library.exercises:
            if ex.id not in covered:
                for name, pdf in (
                    (f"{ex.id}-worksheet-{lang}.pdf", worksheet(ex, library, lang)),
                    (f"{ex.id}-role-cards-{lang}.pdf", role_cards(ex, lang)),
                ):
                    path = out / name
                    path.write_bytes(pdf)
                    files.append(path)
    return files


def plain_document(pages: int) -> bytes:
    """A plain ReportLab document of ``pages`` pages (22 paragraphs a page)."""
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story += [Paragraph(f"{page + 1}.{i} {TEXT}", style) for i in range(22)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def count_pages(files) -> int:
    return sum(len(PdfReader(f).pages) for f in files)


def timed(rounds: int, make):
    best, result = float("inf"), None
    for _ in range(rounds):
        start = time.perf_counter()
        result = make()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=1, help="repeat and keep the best time")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    library = load_library()
    register_fonts()
    styles()
    warm = time.perf_counter() - start
    missing = sum(runnable(plan, library)[1] for plan in library.plans)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shared_s, files = timed(args.rounds, lambda: whole_set(library, root / "s", {}))
        pages = count_pages(files)
        size = sum(f.stat().st_size for f in files)
        cold_s, _ = timed(args.rounds, lambda: whole_set(library, root / "c", None))
    plain_s, plain = timed(args.rounds, lambda: plain_document(pages))
    plain_pages = count_pages([io.BytesIO(plain)])

    print(
        f"content: {len(library.plans)} plans, {len(library.exercises)} exercises, "
        f"{len(library.questions)} questions, {len(library.skills)} skills"
        + (f"; {missing} exercise references not in the library yet, left out" if missing else "")
    )
    print(f"load library + register fonts: {warm:.2f} s (once per process)")
    print(f"whole set: {len(files)} PDFs, {pages} pages, {size / 1e6:.1f} MB")
    print(
        f"  sharing common documents: {shared_s:.2f} s = {pages / shared_s:.0f} pages/s "
        f"(target < 3 s)"
    )
    print(
        f"  every file from scratch:  {cold_s:.2f} s = {pages / cold_s:.0f} pages/s, "
        f"{1000 * cold_s / pages:.2f} ms/page"
    )
    print(
        f"plain ReportLab document:   {plain_s:.2f} s for {plain_pages} pages = "
        f"{plain_pages / plain_s:.0f} pages/s, {1000 * plain_s / plain_pages:.2f} ms/page"
    )
    ratio = (cold_s / pages) / (plain_s / plain_pages)
    print(f"time per page, handouts from scratch vs plain: {ratio:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
