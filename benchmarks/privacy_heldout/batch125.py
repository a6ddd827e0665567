"""The hundred-and-twenty-fifth held-out batch (``src125/`` -> ``docs125/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch125.py fill    # src125 -> docs125 (numbers computed here)
    python benchmarks/privacy_heldout/batch125.py check   # validate the marks in docs125

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch125/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("125"))
