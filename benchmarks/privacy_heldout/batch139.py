"""The hundred-and-thirty-ninth held-out batch (``src139/`` -> ``docs139/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch139.py fill    # src139 -> docs139 (numbers computed here)
    python benchmarks/privacy_heldout/batch139.py check   # validate the marks in docs139

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch139/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("139"))
