"""The two-hundred-and-nineteenth held-out batch (``src219/`` -> ``docs219/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch219.py fill    # src219 -> docs219 (numbers computed here)
    python benchmarks/privacy_heldout/batch219.py check   # validate the marks in docs219

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch219/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("219"))
