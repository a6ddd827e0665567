"""The hundred-and-ninety-second held-out batch (``src192/`` -> ``docs192/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch192.py fill    # src192 -> docs192 (numbers computed here)
    python benchmarks/privacy_heldout/batch192.py check   # validate the marks in docs192

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch192/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("192"))
