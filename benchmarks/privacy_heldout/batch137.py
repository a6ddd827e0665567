"""The hundred-and-thirty-seventh held-out batch (``src137/`` -> ``docs137/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch137.py fill    # src137 -> docs137 (numbers computed here)
    python benchmarks/privacy_heldout/batch137.py check   # validate the marks in docs137

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch137/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("137"))
