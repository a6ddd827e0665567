"""The hundred-and-twenty-second held-out batch (``src122/`` -> ``docs122/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch122.py fill    # src122 -> docs122 (numbers computed here)
    python benchmarks/privacy_heldout/batch122.py check   # validate the marks in docs122

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch122/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("122"))
