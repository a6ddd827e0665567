"""The two-hundred-and-seventy-second held-out batch (``src272/`` -> ``docs272/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch272.py fill    # src272 -> docs272 (numbers computed here)
    python benchmarks/privacy_heldout/batch272.py check   # validate the marks in docs272

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch272/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("272"))
