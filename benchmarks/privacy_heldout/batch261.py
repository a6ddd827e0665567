"""The two-hundred-and-sixty-first held-out batch (``src261/`` -> ``docs261/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch261.py fill    # src261 -> docs261 (numbers computed here)
    python benchmarks/privacy_heldout/batch261.py check   # validate the marks in docs261

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch261/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("261"))
