"""The hundred-and-eighty-fourth held-out batch (``src184/`` -> ``docs184/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch184.py fill    # src184 -> docs184 (numbers computed here)
    python benchmarks/privacy_heldout/batch184.py check   # validate the marks in docs184

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch184/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("184"))
