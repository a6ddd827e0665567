"""The two-hundred-and-fifty-second held-out batch (``src252/`` -> ``docs252/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch252.py fill    # src252 -> docs252 (numbers computed here)
    python benchmarks/privacy_heldout/batch252.py check   # validate the marks in docs252

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch252/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("252"))
