"""The hundred-and-forty-seventh held-out batch (``src147/`` -> ``docs147/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch147.py fill    # src147 -> docs147 (numbers computed here)
    python benchmarks/privacy_heldout/batch147.py check   # validate the marks in docs147

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch147/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("147"))
