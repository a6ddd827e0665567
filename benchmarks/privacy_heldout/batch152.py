"""The hundred-and-fifty-second held-out batch (``src152/`` -> ``docs152/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch152.py fill    # src152 -> docs152 (numbers computed here)
    python benchmarks/privacy_heldout/batch152.py check   # validate the marks in docs152

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch152/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("152"))
