"""The two-hundred-and-seventy-fifth held-out batch (``src275/`` -> ``docs275/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch275.py fill    # src275 -> docs275 (numbers computed here)
    python benchmarks/privacy_heldout/batch275.py check   # validate the marks in docs275

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch275/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("275"))
