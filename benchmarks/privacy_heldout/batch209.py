"""The two-hundred-and-ninth held-out batch (``src209/`` -> ``docs209/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch209.py fill    # src209 -> docs209 (numbers computed here)
    python benchmarks/privacy_heldout/batch209.py check   # validate the marks in docs209

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch209/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("209"))
