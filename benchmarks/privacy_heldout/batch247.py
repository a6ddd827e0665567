"""The two-hundred-and-forty-seventh held-out batch (``src247/`` -> ``docs247/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch247.py fill    # src247 -> docs247 (numbers computed here)
    python benchmarks/privacy_heldout/batch247.py check   # validate the marks in docs247

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch247/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("247"))
