"""The hundred-and-seventy-sixth held-out batch (``src176/`` -> ``docs176/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch176.py fill    # src176 -> docs176 (numbers computed here)
    python benchmarks/privacy_heldout/batch176.py check   # validate the marks in docs176

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch176/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("176"))
