"""The hundred-and-fifteenth held-out batch (``src115/`` -> ``docs115/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch115.py fill    # src115 -> docs115 (numbers computed here)
    python benchmarks/privacy_heldout/batch115.py check   # validate the marks in docs115

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch115/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("115"))
