"""The two-hundred-and-twenty-fifth held-out batch (``src225/`` -> ``docs225/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch225.py fill    # src225 -> docs225 (numbers computed here)
    python benchmarks/privacy_heldout/batch225.py check   # validate the marks in docs225

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch225/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("225"))
