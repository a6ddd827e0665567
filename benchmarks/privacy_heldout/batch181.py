"""The hundred-and-eighty-first held-out batch (``src181/`` -> ``docs181/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch181.py fill    # src181 -> docs181 (numbers computed here)
    python benchmarks/privacy_heldout/batch181.py check   # validate the marks in docs181

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch181/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("181"))
