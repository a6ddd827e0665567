"""The two-hundred-and-seventh held-out batch (``src207/`` -> ``docs207/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch207.py fill    # src207 -> docs207 (numbers computed here)
    python benchmarks/privacy_heldout/batch207.py check   # validate the marks in docs207

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch207/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("207"))
