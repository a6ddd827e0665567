"""The hundred-and-fiftieth held-out batch (``src150/`` -> ``docs150/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch150.py fill    # src150 -> docs150 (numbers computed here)
    python benchmarks/privacy_heldout/batch150.py check   # validate the marks in docs150

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch150/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("150"))
