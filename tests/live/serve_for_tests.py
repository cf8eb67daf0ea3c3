"""Start the facilitator screens on a real server (used by the e2e tests and the benches).

python serve_for_tests.py PORT   -> prints the banner (with the facilitator code) and serves
"""

from __future__ import annotations

import sys

from coachkit.server import serve
from coachkit.ui.facilitator import main

if __name__ == "__main__":
    serve(main, lan=False, port=int(sys.argv[1]))
