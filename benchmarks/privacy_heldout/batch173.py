"""The hundred-and-seventy-third held-out batch (``src173/`` -> ``docs173/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch173.py fill    # src173 -> docs173 (numbers computed here)
    python benchmarks/privacy_heldout/batch173.py check   # validate the marks in docs173

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch173/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("173"))
