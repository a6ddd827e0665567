"""The hundred-and-seventieth held-out batch (``src170/`` -> ``docs170/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch170.py fill    # src170 -> docs170 (numbers computed here)
    python benchmarks/privacy_heldout/batch170.py check   # validate the marks in docs170

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch170/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("170"))
