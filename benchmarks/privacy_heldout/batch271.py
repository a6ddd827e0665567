"""The two-hundred-and-seventy-first held-out batch (``src271/`` -> ``docs271/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch271.py fill    # src271 -> docs271 (numbers computed here)
    python benchmarks/privacy_heldout/batch271.py check   # validate the marks in docs271

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch271/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("271"))
