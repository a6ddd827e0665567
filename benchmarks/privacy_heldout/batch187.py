"""The hundred-and-eighty-seventh held-out batch (``src187/`` -> ``docs187/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch187.py fill    # src187 -> docs187 (numbers computed here)
    python benchmarks/privacy_heldout/batch187.py check   # validate the marks in docs187

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch187/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("187"))
