"""The two-hundred-and-fortieth held-out batch (``src240/`` -> ``docs240/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch240.py fill    # src240 -> docs240 (numbers computed here)
    python benchmarks/privacy_heldout/batch240.py check   # validate the marks in docs240

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch240/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("240"))
