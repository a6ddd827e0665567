"""The hundred-and-fifty-sixth held-out batch (``src156/`` -> ``docs156/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch156.py fill    # src156 -> docs156 (numbers computed here)
    python benchmarks/privacy_heldout/batch156.py check   # validate the marks in docs156

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch156/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("156"))
