"""The hundred-and-fifty-seventh held-out batch (``src157/`` -> ``docs157/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch157.py fill    # src157 -> docs157 (numbers computed here)
    python benchmarks/privacy_heldout/batch157.py check   # validate the marks in docs157

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch157/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("157"))
