"""The hundred-and-forty-fourth held-out batch (``src144/`` -> ``docs144/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch144.py fill    # src144 -> docs144 (numbers computed here)
    python benchmarks/privacy_heldout/batch144.py check   # validate the marks in docs144

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch144/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("144"))
