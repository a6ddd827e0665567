"""The two-hundred-and-thirtieth held-out batch (``src230/`` -> ``docs230/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch230.py fill    # src230 -> docs230 (numbers computed here)
    python benchmarks/privacy_heldout/batch230.py check   # validate the marks in docs230

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch230/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("230"))
