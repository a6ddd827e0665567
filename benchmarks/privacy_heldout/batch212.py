"""The two-hundred-and-twelfth held-out batch (``src212/`` -> ``docs212/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch212.py fill    # src212 -> docs212 (numbers computed here)
    python benchmarks/privacy_heldout/batch212.py check   # validate the marks in docs212

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch212/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("212"))
