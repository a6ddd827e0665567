"""The two-hundred-and-thirty-first held-out batch (``src231/`` -> ``docs231/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch231.py fill    # src231 -> docs231 (numbers computed here)
    python benchmarks/privacy_heldout/batch231.py check   # validate the marks in docs231

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch231/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("231"))
