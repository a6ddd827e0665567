"""The hundred-and-eightieth held-out batch (``src180/`` -> ``docs180/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch180.py fill    # src180 -> docs180 (numbers computed here)
    python benchmarks/privacy_heldout/batch180.py check   # validate the marks in docs180

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch180/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("180"))
