"""The hundred-and-ninety-fourth held-out batch (``src194/`` -> ``docs194/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch194.py fill    # src194 -> docs194 (numbers computed here)
    python benchmarks/privacy_heldout/batch194.py check   # validate the marks in docs194

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch194/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("194"))
