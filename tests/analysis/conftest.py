"""Let the test modules import the case tables that sit beside them."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
