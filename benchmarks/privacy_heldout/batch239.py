"""The two-hundred-and-thirty-ninth held-out batch (``src239/`` -> ``docs239/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch239.py fill    # src239 -> docs239 (numbers computed here)
    python benchmarks/privacy_heldout/batch239.py check   # validate the marks in docs239

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch239/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("239"))
