"""The hundred-and-sixtieth held-out batch (``src160/`` -> ``docs160/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch160.py fill    # src160 -> docs160 (numbers computed here)
    python benchmarks/privacy_heldout/batch160.py check   # validate the marks in docs160

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch160/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("160"))
