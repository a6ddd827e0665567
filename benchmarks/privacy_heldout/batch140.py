"""The hundred-and-fortieth held-out batch (``src140/`` -> ``docs140/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch140.py fill    # src140 -> docs140 (numbers computed here)
    python benchmarks/privacy_heldout/batch140.py check   # validate the marks in docs140

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch140/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("140"))
