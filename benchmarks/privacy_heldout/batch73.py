"""The seventy-third held-out batch (``src73/`` -> ``docs73/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch73.py fill    # src73 -> docs73 (numbers computed here)
    python benchmarks/privacy_heldout/batch73.py check   # validate the marks in docs73

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch73/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("73"))
