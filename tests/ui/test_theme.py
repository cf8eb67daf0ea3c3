"""Colours meet WCAG AA: 4.5:1 for text, 3:1 for meaningful graphics."""

from __future__ import annotations

import pytest

from coachkit.ui.theme import GRAPHIC_PAIRS, TEXT_PAIRS, contrast


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic near-miss
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize(("what", "fg", "bg"), TEXT_PAIRS, ids=[p[0] for p in TEXT_PAIRS])
def test_text_colours_meet_aa(what, fg, bg):
    assert contrast(fg, bg) >= 4.5, f"{what}: {contrast(fg, bg):.2f}"


@pytest.mark.parametrize(("what", "fg", "bg"), GRAPHIC_PAIRS, ids=[p[0] for p in GRAPHIC_PAIRS])
def test_graphics_meet_non_text_contrast(what, fg, bg):
    assert contrast(fg, bg) >= 3.0, f"{what}: {contrast(fg, bg):.2f}"
