"""The two-hundred-and-twenty-third held-out batch (``src223/`` -> ``docs223/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch223.py fill    # src223 -> docs223 (numbers computed here)
    python benchmarks/privacy_heldout/batch223.py check   # validate the marks in docs223

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch223/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("223"))
