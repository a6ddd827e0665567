"""The hundred-and-eighty-eighth held-out batch (``src188/`` -> ``docs188/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch188.py fill    # src188 -> docs188 (numbers computed here)
    python benchmarks/privacy_heldout/batch188.py check   # validate the marks in docs188

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch188/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("188"))
