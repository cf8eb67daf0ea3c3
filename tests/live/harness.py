"""The facilitator screens' tests use the app's own headless harness (tests/ui/harness.py)."""

from tests.ui.harness import FakeClient

__all__ = ["FakeClient"]
