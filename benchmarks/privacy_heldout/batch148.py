"""The hundred-and-forty-eighth held-out batch (``src148/`` -> ``docs148/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch148.py fill    # src148 -> docs148 (numbers computed here)
    python benchmarks/privacy_heldout/batch148.py check   # validate the marks in docs148

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch148/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("148"))
