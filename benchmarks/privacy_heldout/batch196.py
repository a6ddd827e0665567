"""The hundred-and-ninety-sixth held-out batch (``src196/`` -> ``docs196/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch196.py fill    # src196 -> docs196 (numbers computed here)
    python benchmarks/privacy_heldout/batch196.py check   # validate the marks in docs196

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch196/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("196"))
