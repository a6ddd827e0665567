"""The hundred-and-seventy-eighth held-out batch (``src178/`` -> ``docs178/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch178.py fill    # src178 -> docs178 (numbers computed here)
    python benchmarks/privacy_heldout/batch178.py check   # validate the marks in docs178

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch178/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("178"))
