"""The two-hundred-and-fifteenth held-out batch (``src238/`` -> ``docs238/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch238.py fill    # src238 -> docs238 (numbers computed here)
    python benchmarks/privacy_heldout/batch238.py check   # validate the marks in docs238

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch238/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("238"))
