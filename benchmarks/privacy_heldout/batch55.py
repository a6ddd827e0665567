"""The fifty-fifth held-out batch (``src55/`` -> ``docs55/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch55.py fill    # src55 -> docs55 (numbers computed here)
    python benchmarks/privacy_heldout/batch55.py check   # validate the marks in docs55

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch55/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("55"))
