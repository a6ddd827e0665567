"""The two-hundred-and-fifty-fourth held-out batch (``src254/`` -> ``docs254/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch254.py fill    # src254 -> docs254 (numbers computed here)
    python benchmarks/privacy_heldout/batch254.py check   # validate the marks in docs254

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch254/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("254"))
