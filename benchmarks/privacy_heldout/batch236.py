"""The two-hundred-and-thirty-sixth held-out batch (``src236/`` -> ``docs236/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch236.py fill    # src236 -> docs236 (numbers computed here)
    python benchmarks/privacy_heldout/batch236.py check   # validate the marks in docs236

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch236/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("236"))
