"""The hundred-and-sixty-third held-out batch (``src163/`` -> ``docs163/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch163.py fill    # src163 -> docs163 (numbers computed here)
    python benchmarks/privacy_heldout/batch163.py check   # validate the marks in docs163

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch163/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("163"))
