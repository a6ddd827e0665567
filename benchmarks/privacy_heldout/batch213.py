"""The two-hundred-and-thirteenth held-out batch (``src213/`` -> ``docs213/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch213.py fill    # src213 -> docs213 (numbers computed here)
    python benchmarks/privacy_heldout/batch213.py check   # validate the marks in docs213

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch213/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("213"))
