"""The two-hundred-and-seventy-fourth held-out batch (``src274/`` -> ``docs274/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch274.py fill    # src274 -> docs274 (numbers computed here)
    python benchmarks/privacy_heldout/batch274.py check   # validate the marks in docs274

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch274/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("274"))
