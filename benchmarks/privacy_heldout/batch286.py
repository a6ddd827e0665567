"""Held-out batch 286 (``src286/`` -> ``docs286/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch286.py fill    # src286 -> docs286 (numbers computed here)
    python benchmarks/privacy_heldout/batch286.py check   # validate the marks in docs286

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch286/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("286"))
