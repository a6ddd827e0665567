"""The hundred-and-seventy-fifth held-out batch (``src175/`` -> ``docs175/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch175.py fill    # src175 -> docs175 (numbers computed here)
    python benchmarks/privacy_heldout/batch175.py check   # validate the marks in docs175

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch175/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("175"))
