"""The two-hundred-and-sixty-seventh held-out batch (``src267/`` -> ``docs267/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch267.py fill    # src267 -> docs267 (numbers computed here)
    python benchmarks/privacy_heldout/batch267.py check   # validate the marks in docs267

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch267/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("267"))
