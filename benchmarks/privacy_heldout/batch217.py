"""The two-hundred-and-seventeenth held-out batch (``src217/`` -> ``docs217/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch217.py fill    # src217 -> docs217 (numbers computed here)
    python benchmarks/privacy_heldout/batch217.py check   # validate the marks in docs217

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch217/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("217"))
