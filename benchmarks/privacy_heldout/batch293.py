"""Held-out batch 293 (``src293/`` -> ``docs293/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch293.py fill    # src293 -> docs293 (numbers computed here)
    python benchmarks/privacy_heldout/batch293.py check   # validate the marks in docs293

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch293/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("293"))
