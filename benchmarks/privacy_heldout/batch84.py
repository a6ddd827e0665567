"""The eighty-fourth held-out batch (``src84/`` -> ``docs84/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch84.py fill    # src84 -> docs84 (numbers computed here)
    python benchmarks/privacy_heldout/batch84.py check   # validate the marks in docs84

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch84/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("84"))
