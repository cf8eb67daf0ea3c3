"""coachkit: an offline training kit for workshops that teach subordinates to coach their supervisor."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("coachkit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
