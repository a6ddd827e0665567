"""The two-hundred-and-sixty-second held-out batch (``src262/`` -> ``docs262/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch262.py fill    # src262 -> docs262 (numbers computed here)
    python benchmarks/privacy_heldout/batch262.py check   # validate the marks in docs262

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch262/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("262"))
