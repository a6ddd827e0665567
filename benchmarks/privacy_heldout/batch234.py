"""The two-hundred-and-thirty-fourth held-out batch (``src234/`` -> ``docs234/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch234.py fill    # src234 -> docs234 (numbers computed here)
    python benchmarks/privacy_heldout/batch234.py check   # validate the marks in docs234

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch234/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("234"))
