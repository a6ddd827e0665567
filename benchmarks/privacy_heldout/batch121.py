"""The hundred-and-twenty-first held-out batch (``src121/`` -> ``docs121/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch121.py fill    # src121 -> docs121 (numbers computed here)
    python benchmarks/privacy_heldout/batch121.py check   # validate the marks in docs121

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch121/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("121"))
