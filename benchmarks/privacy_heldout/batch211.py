"""The two-hundred-and-eleventh held-out batch (``src211/`` -> ``docs211/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch211.py fill    # src211 -> docs211 (numbers computed here)
    python benchmarks/privacy_heldout/batch211.py check   # validate the marks in docs211

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch211/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("211"))
