"""Held-out batch 310 (``src310/`` -> ``docs310/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch310.py fill    # src310 -> docs310 (numbers computed here)
    python benchmarks/privacy_heldout/batch310.py check   # validate the marks in docs310

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch310/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("310"))
