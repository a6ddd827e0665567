"""The hundred-and-twenty-eighth held-out batch (``src128/`` -> ``docs128/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch128.py fill    # src128 -> docs128 (numbers computed here)
    python benchmarks/privacy_heldout/batch128.py check   # validate the marks in docs128

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch128/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("128"))
