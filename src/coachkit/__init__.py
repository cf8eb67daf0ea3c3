"""coachkit: an offline training kit for workshops that teach subordinates to coach their supervisor."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`coachkit.__version__`, read from the installed metadata only when asked for: importing
    importlib.metadata costs more than the analyser's own start-up."""
    if name != "__version__":
        raise AttributeError(f"module 'coachkit' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("coachkit")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
