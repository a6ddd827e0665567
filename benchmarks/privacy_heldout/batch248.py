"""The two-hundred-and-forty-eighth held-out batch (``src248/`` -> ``docs248/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch248.py fill    # src248 -> docs248 (numbers computed here)
    python benchmarks/privacy_heldout/batch248.py check   # validate the marks in docs248

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch248/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("248"))
