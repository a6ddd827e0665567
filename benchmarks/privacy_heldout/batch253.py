"""The two-hundred-and-fifty-third held-out batch (``src253/`` -> ``docs253/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch253.py fill    # src253 -> docs253 (numbers computed here)
    python benchmarks/privacy_heldout/batch253.py check   # validate the marks in docs253

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch253/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("253"))
