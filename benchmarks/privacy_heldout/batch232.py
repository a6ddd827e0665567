"""The two-hundred-and-thirty-second held-out batch (``src232/`` -> ``docs232/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch232.py fill    # src232 -> docs232 (numbers computed here)
    python benchmarks/privacy_heldout/batch232.py check   # validate the marks in docs232

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch232/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("232"))
