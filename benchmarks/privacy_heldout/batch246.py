"""The two-hundred-and-forty-sixth held-out batch (``src246/`` -> ``docs246/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch246.py fill    # src246 -> docs246 (numbers computed here)
    python benchmarks/privacy_heldout/batch246.py check   # validate the marks in docs246

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch246/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("246"))
