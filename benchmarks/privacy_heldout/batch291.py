"""Held-out batch 291 (``src291/`` -> ``docs291/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch291.py fill    # src291 -> docs291 (numbers computed here)
    python benchmarks/privacy_heldout/batch291.py check   # validate the marks in docs291

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch291/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("291"))
