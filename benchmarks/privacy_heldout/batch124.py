"""The hundred-and-twenty-fourth held-out batch (``src124/`` -> ``docs124/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch124.py fill    # src124 -> docs124 (numbers computed here)
    python benchmarks/privacy_heldout/batch124.py check   # validate the marks in docs124

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch124/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("124"))
