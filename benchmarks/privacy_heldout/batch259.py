"""The two-hundred-and-fifty-ninth held-out batch (``src259/`` -> ``docs259/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch259.py fill    # src259 -> docs259 (numbers computed here)
    python benchmarks/privacy_heldout/batch259.py check   # validate the marks in docs259

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch259/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("259"))
