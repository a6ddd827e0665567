"""The hundred-and-twentieth held-out batch (``src120/`` -> ``docs120/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch120.py fill    # src120 -> docs120 (numbers computed here)
    python benchmarks/privacy_heldout/batch120.py check   # validate the marks in docs120

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch120/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("120"))
