"""The two-hundred-and-eighteenth held-out batch (``src218/`` -> ``docs218/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch218.py fill    # src218 -> docs218 (numbers computed here)
    python benchmarks/privacy_heldout/batch218.py check   # validate the marks in docs218

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch218/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("218"))
