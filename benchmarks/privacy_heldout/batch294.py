"""Held-out batch 294 (``src294/`` -> ``docs294/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch294.py fill    # src294 -> docs294 (numbers computed here)
    python benchmarks/privacy_heldout/batch294.py check   # validate the marks in docs294

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch294/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("294"))
