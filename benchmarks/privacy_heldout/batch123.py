"""The hundred-and-twenty-third held-out batch (``src123/`` -> ``docs123/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch123.py fill    # src123 -> docs123 (numbers computed here)
    python benchmarks/privacy_heldout/batch123.py check   # validate the marks in docs123

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch123/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("123"))
