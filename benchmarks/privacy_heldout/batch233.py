"""The two-hundred-and-thirty-third held-out batch (``src233/`` -> ``docs233/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch233.py fill    # src233 -> docs233 (numbers computed here)
    python benchmarks/privacy_heldout/batch233.py check   # validate the marks in docs233

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch233/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("233"))
