"""The hundred-and-sixty-second held-out batch (``src162/`` -> ``docs162/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch162.py fill    # src162 -> docs162 (numbers computed here)
    python benchmarks/privacy_heldout/batch162.py check   # validate the marks in docs162

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch162/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("162"))
