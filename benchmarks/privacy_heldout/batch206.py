"""The two-hundred-and-sixth held-out batch (``src206/`` -> ``docs206/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch206.py fill    # src206 -> docs206 (numbers computed here)
    python benchmarks/privacy_heldout/batch206.py check   # validate the marks in docs206

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch206/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("206"))
