"""The two-hundred-and-first held-out batch (``src201/`` -> ``docs201/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch201.py fill    # src201 -> docs201 (numbers computed here)
    python benchmarks/privacy_heldout/batch201.py check   # validate the marks in docs201

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch201/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("201"))
