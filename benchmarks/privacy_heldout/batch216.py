"""The two-hundred-and-sixteenth held-out batch (``src216/`` -> ``docs216/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch216.py fill    # src216 -> docs216 (numbers computed here)
    python benchmarks/privacy_heldout/batch216.py check   # validate the marks in docs216

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch216/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("216"))
