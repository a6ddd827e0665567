"""The two-hundred-and-forty-ninth held-out batch (``src249/`` -> ``docs249/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch249.py fill    # src249 -> docs249 (numbers computed here)
    python benchmarks/privacy_heldout/batch249.py check   # validate the marks in docs249

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch249/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("249"))
