"""The two-hundred-and-twenty-sixth held-out batch (``src226/`` -> ``docs226/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch226.py fill    # src226 -> docs226 (numbers computed here)
    python benchmarks/privacy_heldout/batch226.py check   # validate the marks in docs226

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch226/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("226"))
