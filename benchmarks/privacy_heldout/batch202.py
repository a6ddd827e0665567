"""The two-hundred-and-second held-out batch (``src202/`` -> ``docs202/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch202.py fill    # src202 -> docs202 (numbers computed here)
    python benchmarks/privacy_heldout/batch202.py check   # validate the marks in docs202

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch202/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("202"))
