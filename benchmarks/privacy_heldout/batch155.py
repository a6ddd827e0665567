"""The hundred-and-fifty-fifth held-out batch (``src155/`` -> ``docs155/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch155.py fill    # src155 -> docs155 (numbers computed here)
    python benchmarks/privacy_heldout/batch155.py check   # validate the marks in docs155

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch155/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("155"))
