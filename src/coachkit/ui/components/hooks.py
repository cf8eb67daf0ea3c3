"""Small hooks for text fields that must not be re-set while the user types.

A TextField re-created on every render sends its ``value`` in each patch, which can overwrite
characters typed during the round trip. These hooks keep one TextField instance per "generation"
(a new one, empty, after each submit) and route its events to the latest handlers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import flet as ft


def use_latest(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A stable callable that always calls the ``fn`` of the latest render."""
    ref = ft.use_ref(None)
    ref.current = fn
    return ft.use_memo(lambda: lambda *args, **kwargs: ref.current(*args, **kwargs), [])


def use_text_field(
    deps: Sequence[Any],
    on_change: Callable[[str], Any] | None = None,
    on_submit: Callable[[str], Any] | None = None,
    **props: Any,
) -> ft.TextField:
    """One TextField instance, rebuilt (empty) only when ``deps`` change.

    ``on_change`` and ``on_submit`` receive the field's current text.
    """
    change = use_latest(on_change or (lambda text: None))
    submit = use_latest(on_submit or (lambda text: None))

    def make() -> ft.TextField:
        return ft.TextField(
            on_change=lambda e: change(e.control.value or ""),
            on_submit=lambda e: submit(e.control.value or ""),
            **props,
        )

    return ft.use_memo(make, list(deps))
