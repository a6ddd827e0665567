"""The two-hundred-and-sixty-fourth held-out batch (``src264/`` -> ``docs264/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch264.py fill    # src264 -> docs264 (numbers computed here)
    python benchmarks/privacy_heldout/batch264.py check   # validate the marks in docs264

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch264/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("264"))
