"""The hundred-and-forty-ninth held-out batch (``src149/`` -> ``docs149/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch149.py fill    # src149 -> docs149 (numbers computed here)
    python benchmarks/privacy_heldout/batch149.py check   # validate the marks in docs149

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch149/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("149"))
