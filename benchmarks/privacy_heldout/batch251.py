"""The two-hundred-and-fifty-first held-out batch (``src251/`` -> ``docs251/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch251.py fill    # src251 -> docs251 (numbers computed here)
    python benchmarks/privacy_heldout/batch251.py check   # validate the marks in docs251

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch251/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("251"))
