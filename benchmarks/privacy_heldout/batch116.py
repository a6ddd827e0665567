"""The hundred-and-sixteenth held-out batch (``src116/`` -> ``docs116/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch116.py fill    # src116 -> docs116 (numbers computed here)
    python benchmarks/privacy_heldout/batch116.py check   # validate the marks in docs116

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch116/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("116"))
