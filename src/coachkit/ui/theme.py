"""Colours, text sizes and spacing. Every text/background pair is WCAG AA (tested)."""

from __future__ import annotations

import flet as ft

PALETTE: dict[str, str] = {
    "primary": "#1F5F8B",
    "on_primary": "#FFFFFF",
    "primary_container": "#D4E6F5",
    "on_primary_container": "#0B2A40",
    "secondary": "#4A5E6D",
    "on_secondary": "#FFFFFF",
    "secondary_container": "#DCE5EC",
    "on_secondary_container": "#14222C",
    "tertiary": "#7A4B00",
    "on_tertiary": "#FFFFFF",
    "tertiary_container": "#FFE2B8",
    "on_tertiary_container": "#2C1A00",
    "error": "#B3261E",
    "on_error": "#FFFFFF",
    "error_container": "#F9DEDC",
    "on_error_container": "#410E0B",
    "surface": "#FBFCFE",
    "on_surface": "#1A1C1E",
    "on_surface_variant": "#42474E",
    "surface_container_lowest": "#FFFFFF",
    "surface_container_low": "#F4F6F8",
    "surface_container": "#EEF0F3",
    "surface_container_high": "#E8EAED",
    "surface_container_highest": "#E1E3E6",
    "outline": "#6F767D",
    "outline_variant": "#C3C7CC",
    "inverse_surface": "#2F3133",
    "on_inverse_surface": "#F0F1F3",
    "inverse_primary": "#9CCBF0",
}

KIND_COLORS: dict[str, tuple[str, str]] = {
    "open": ("#D7F0DC", "#0E4A1C"),
    "closed": ("#E3E6EA", "#23292F"),
    "leading": ("#FFE8C2", "#4A2E00"),
    "advice": ("#FADCD9", "#5C1310"),
    "reflection": ("#E2DDF7", "#2A1F5C"),
    "other": ("#ECEEF0", "#2E3338"),
}
"""Question kind -> (chip background, chip text)."""

BAR_COLORS: dict[str, str] = {
    "open": "#2E7D32",
    "closed": "#5F6B76",
    "leading": "#A15C00",
    "advice": "#C62828",
    "reflection": "#5E35B1",
    "other": "#78838E",
}
"""Question kind -> bar colour in charts (non-text graphics: 3:1 against the surface)."""

GROW_COLORS = ("#D4E6F5", "#0B2A40")
WARN_COLORS = (PALETTE["tertiary_container"], PALETTE["on_tertiary_container"])

TEXT_PAIRS: list[tuple[str, str, str]] = [
    *[
        (name, PALETTE[f"on_{name}"], PALETTE[name])
        for name in (
            "primary",
            "secondary",
            "tertiary",
            "error",
            "surface",
            "primary_container",
            "secondary_container",
            "tertiary_container",
            "error_container",
            "inverse_surface",
        )
    ],
    *[
        (f"on_surface on {name}", PALETTE["on_surface"], PALETTE[name])
        for name in (
            "surface_container_lowest",
            "surface_container_low",
            "surface_container",
            "surface_container_high",
            "surface_container_highest",
        )
    ],
    *[
        (f"on_surface_variant on {name}", PALETTE["on_surface_variant"], PALETTE[name])
        for name in (
            "surface",
            "surface_container_low",
            "surface_container_high",
        )
    ],
    ("primary text on surface", PALETTE["primary"], PALETTE["surface"]),
    ("primary text on surface_container_low", PALETTE["primary"], PALETTE["surface_container_low"]),
    ("error text on surface", PALETTE["error"], PALETTE["surface"]),
    *[(f"chip {kind}", fg, bg) for kind, (bg, fg) in KIND_COLORS.items()],
    ("chip grow", GROW_COLORS[1], GROW_COLORS[0]),
]
"""(what, text colour, background) pairs that carry text: each needs 4.5:1 (WCAG AA)."""

GRAPHIC_PAIRS: list[tuple[str, str, str]] = [
    ("outline on surface", PALETTE["outline"], PALETTE["surface"]),
    *[
        (f"bar {kind}", color, PALETTE["surface_container_lowest"])
        for kind, color in BAR_COLORS.items()
    ],
    *[
        (f"bar {kind} on card", color, PALETTE["surface_container_low"])
        for kind, color in BAR_COLORS.items()
    ],
]
"""(what, colour, background) pairs of meaningful graphics: each needs 3:1 (WCAG 1.4.11)."""

BASE_SIZES = {
    "display_small": 36,
    "headline_large": 32,
    "headline_medium": 28,
    "headline_small": 24,
    "title_large": 22,
    "title_medium": 16,
    "title_small": 14,
    "body_large": 16,
    "body_medium": 14,
    "body_small": 12,
    "label_large": 14,
    "label_medium": 12,
    "label_small": 11,
}
"""Material 3 type scale in logical pixels, multiplied by the user's text size."""

TEXT_SCALES = {"small": 0.9, "normal": 1.0, "large": 1.15, "larger": 1.3}
"""Settings -> text size choices."""

MAX_CONTENT_WIDTH = 760
"""Reading width on a laptop: longer lines are hard to read."""
NARROW = 600
"""Below this width (px) the app uses the phone layout (NavigationBar)."""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour."""
    color = color.lstrip("#")
    r, g, b = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_theme(scale: float) -> ft.TextTheme:
    """The type scale multiplied by ``scale``; titles keep their weight."""
    bold = {"title_large", "title_medium", "title_small", "headline_small", "label_large"}
    styles = {
        name: ft.TextStyle(
            size=round(size * scale, 1),
            weight=ft.FontWeight.W_600 if name in bold else None,
        )
        for name, size in BASE_SIZES.items()
    }
    return ft.TextTheme(**styles)


def build_theme(scale: float = 1.0) -> ft.Theme:
    """The app's light theme with the given text scale."""
    return ft.Theme(
        color_scheme=ft.ColorScheme(**PALETTE),
        text_theme=text_theme(scale),
        use_material3=True,
        visual_density=ft.VisualDensity.STANDARD,
    )
