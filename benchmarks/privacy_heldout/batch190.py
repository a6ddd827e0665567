"""The hundred-and-ninetieth held-out batch (``src190/`` -> ``docs190/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch190.py fill    # src190 -> docs190 (numbers computed here)
    python benchmarks/privacy_heldout/batch190.py check   # validate the marks in docs190

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch190/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("190"))
