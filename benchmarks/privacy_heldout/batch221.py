"""The two-hundred-and-twenty-first held-out batch (``src221/`` -> ``docs221/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch221.py fill    # src221 -> docs221 (numbers computed here)
    python benchmarks/privacy_heldout/batch221.py check   # validate the marks in docs221

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch221/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("221"))
