"""The hundred-and-sixty-fourth held-out batch (``src164/`` -> ``docs164/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch164.py fill    # src164 -> docs164 (numbers computed here)
    python benchmarks/privacy_heldout/batch164.py check   # validate the marks in docs164

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch164/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("164"))
