"""The two-hundred-and-fiftieth held-out batch (``src250/`` -> ``docs250/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch250.py fill    # src250 -> docs250 (numbers computed here)
    python benchmarks/privacy_heldout/batch250.py check   # validate the marks in docs250

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch250/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("250"))
