"""The two-hundred-and-eighth held-out batch (``src208/`` -> ``docs208/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch208.py fill    # src208 -> docs208 (numbers computed here)
    python benchmarks/privacy_heldout/batch208.py check   # validate the marks in docs208

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch208/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("208"))
