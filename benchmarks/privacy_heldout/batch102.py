"""The hundred-and-second held-out batch (``src102/`` -> ``docs102/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch102.py fill    # src102 -> docs102 (numbers computed here)
    python benchmarks/privacy_heldout/batch102.py check   # validate the marks in docs102

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch102/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("102"))
