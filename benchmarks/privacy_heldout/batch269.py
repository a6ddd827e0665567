"""The two-hundred-and-sixty-ninth held-out batch (``src269/`` -> ``docs269/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch269.py fill    # src269 -> docs269 (numbers computed here)
    python benchmarks/privacy_heldout/batch269.py check   # validate the marks in docs269

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch269/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("269"))
