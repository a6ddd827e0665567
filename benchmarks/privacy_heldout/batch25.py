"""The twenty-fifth held-out batch (``src25/`` -> ``docs25/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch25.py fill    # src25 -> docs25 (numbers computed here)
    python benchmarks/privacy_heldout/batch25.py check   # validate the marks in docs25

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch25/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("25"))
