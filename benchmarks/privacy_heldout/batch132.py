"""The hundred-and-thirty-second held-out batch (``src132/`` -> ``docs132/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch132.py fill    # src132 -> docs132 (numbers computed here)
    python benchmarks/privacy_heldout/batch132.py check   # validate the marks in docs132

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch132/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("132"))
