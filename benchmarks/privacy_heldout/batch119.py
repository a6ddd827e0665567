"""The hundred-and-nineteenth held-out batch (``src119/`` -> ``docs119/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch119.py fill    # src119 -> docs119 (numbers computed here)
    python benchmarks/privacy_heldout/batch119.py check   # validate the marks in docs119

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch119/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("119"))
