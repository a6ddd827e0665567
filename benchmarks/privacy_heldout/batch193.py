"""The hundred-and-ninety-third held-out batch (``src193/`` -> ``docs193/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch193.py fill    # src193 -> docs193 (numbers computed here)
    python benchmarks/privacy_heldout/batch193.py check   # validate the marks in docs193

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch193/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("193"))
