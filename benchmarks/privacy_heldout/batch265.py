"""The two-hundred-and-sixty-fifth held-out batch (``src265/`` -> ``docs265/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch265.py fill    # src265 -> docs265 (numbers computed here)
    python benchmarks/privacy_heldout/batch265.py check   # validate the marks in docs265

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch265/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("265"))
