"""The two-hundred-and-forty-third held-out batch (``src243/`` -> ``docs243/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch243.py fill    # src243 -> docs243 (numbers computed here)
    python benchmarks/privacy_heldout/batch243.py check   # validate the marks in docs243

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch243/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("243"))
