"""The hundred-and-ninety-ninth held-out batch (``src199/`` -> ``docs199/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch199.py fill    # src199 -> docs199 (numbers computed here)
    python benchmarks/privacy_heldout/batch199.py check   # validate the marks in docs199

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch199/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("199"))
