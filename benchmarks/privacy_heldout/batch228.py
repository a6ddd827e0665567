"""The two-hundred-and-twenty-eighth held-out batch (``src228/`` -> ``docs228/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch228.py fill    # src228 -> docs228 (numbers computed here)
    python benchmarks/privacy_heldout/batch228.py check   # validate the marks in docs228

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch228/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("228"))
