"""The hundred-and-sixty-seventh held-out batch (``src167/`` -> ``docs167/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch167.py fill    # src167 -> docs167 (numbers computed here)
    python benchmarks/privacy_heldout/batch167.py check   # validate the marks in docs167

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch167/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("167"))
