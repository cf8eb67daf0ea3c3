"""Benchmarks run as commands (`python -m bench.<name>`); they print figures, never pass/fail."""
