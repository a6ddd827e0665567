"""The two-hundred-and-fifty-sixth held-out batch (``src256/`` -> ``docs256/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch256.py fill    # src256 -> docs256 (numbers computed here)
    python benchmarks/privacy_heldout/batch256.py check   # validate the marks in docs256

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch256/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("256"))
