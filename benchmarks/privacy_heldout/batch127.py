"""The hundred-and-twenty-seventh held-out batch (``src127/`` -> ``docs127/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch127.py fill    # src127 -> docs127 (numbers computed here)
    python benchmarks/privacy_heldout/batch127.py check   # validate the marks in docs127

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch127/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("127"))
