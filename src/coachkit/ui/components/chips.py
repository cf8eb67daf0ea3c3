"""Feedback chips: what the analyser sees in a question (kind, why, stacked, GROW stage)."""

from __future__ import annotations

from typing import Any

import flet as ft

from coachkit.i18n import Translator
from coachkit.ui.labels import kind_label, stage_label
from coachkit.ui.theme import GROW_COLORS, KIND_COLORS, WARN_COLORS


def pill(text: str, colors: tuple[str, str], icon: ft.IconData | None = None, key=None):
    """A small non-interactive label with a coloured background."""
    bg, fg = colors
    parts: list[ft.Control] = []
    if icon:
        parts.append(ft.Icon(icon, size=16, color=fg))
    parts.append(ft.Text(text, color=fg, theme_style=ft.TextThemeStyle.LABEL_LARGE))
    return ft.Container(
        key=key,
        content=ft.Row(parts, spacing=4, tight=True),
        bgcolor=bg,
        border_radius=999,
        padding=ft.Padding(left=10, right=10, top=4, bottom=4),
    )


ChipSpec = tuple[str, tuple[str, str], Any, str]
"""(label, colours, icon or None, key) of one chip."""


def chip_specs(t: Translator, analysis: Any) -> tuple[ChipSpec, ...]:
    """What the chips of one analysis show: kind, why-question, stacked, GROW stage. Equal specs
    look the same (a live draft re-renders its chips only when these change)."""
    if analysis is None:
        return ()
    from coachkit.analysis.names import label_for, unsure  # the analyser: not for the first page

    kind = getattr(analysis, "kind", "other")
    # a kind the model is unsure of is shown softly: "luultavasti avoin" / "probably open"
    label = label_for(analysis, t.lang) if unsure(analysis) else kind_label(t, kind)
    specs: list[ChipSpec] = [(label, KIND_COLORS.get(kind, KIND_COLORS["other"]), None, "kind")]
    if getattr(analysis, "why", False):
        specs.append((t("Why-question"), WARN_COLORS, ft.Icons.WARNING_AMBER, "why"))
    if getattr(analysis, "stacked", False):
        specs.append((t("Several questions"), WARN_COLORS, ft.Icons.LAYERS, "stacked"))
    grow = getattr(analysis, "grow", None)
    if grow:
        specs.append((t("GROW: {stage}", stage=stage_label(t, grow)), GROW_COLORS, None, "grow"))
    return tuple(specs)


def analysis_chips(t: Translator, analysis: Any) -> list[ft.Control]:
    """Chips for one analysis: kind, why-question, stacked, GROW stage."""
    return [
        pill(label, colors, icon, key=key) for label, colors, icon, key in chip_specs(t, analysis)
    ]


def chip_row(t: Translator, analysis: Any, placeholder: str | None = None) -> ft.Row:
    """The chips in a wrapping row (or a muted placeholder text when there is no analysis)."""
    chips = analysis_chips(t, analysis)
    if not chips and placeholder:
        chips = [ft.Text(placeholder, theme_style=ft.TextThemeStyle.BODY_SMALL, italic=True)]
    return ft.Row(chips, wrap=True, spacing=6, run_spacing=6)
