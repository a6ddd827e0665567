"""The hundred-and-thirty-third held-out batch (``src133/`` -> ``docs133/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch133.py fill    # src133 -> docs133 (numbers computed here)
    python benchmarks/privacy_heldout/batch133.py check   # validate the marks in docs133

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch133/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("133"))
