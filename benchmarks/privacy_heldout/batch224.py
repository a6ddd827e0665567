"""The two-hundred-and-twenty-fourth held-out batch (``src224/`` -> ``docs224/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch224.py fill    # src224 -> docs224 (numbers computed here)
    python benchmarks/privacy_heldout/batch224.py check   # validate the marks in docs224

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch224/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("224"))
