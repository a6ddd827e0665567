"""The two-hundred-and-forty-second held-out batch (``src242/`` -> ``docs242/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch242.py fill    # src242 -> docs242 (numbers computed here)
    python benchmarks/privacy_heldout/batch242.py check   # validate the marks in docs242

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch242/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("242"))
