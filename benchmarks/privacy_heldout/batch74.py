"""The seventy-fourth held-out batch (``src74/`` -> ``docs74/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch74.py fill    # src74 -> docs74 (numbers computed here)
    python benchmarks/privacy_heldout/batch74.py check   # validate the marks in docs74

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch74/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("74"))
