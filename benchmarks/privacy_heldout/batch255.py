"""The two-hundred-and-fifty-fifth held-out batch (``src255/`` -> ``docs255/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch255.py fill    # src255 -> docs255 (numbers computed here)
    python benchmarks/privacy_heldout/batch255.py check   # validate the marks in docs255

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch255/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("255"))
