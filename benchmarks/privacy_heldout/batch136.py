"""The hundred-and-thirty-sixth held-out batch (``src136/`` -> ``docs136/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch136.py fill    # src136 -> docs136 (numbers computed here)
    python benchmarks/privacy_heldout/batch136.py check   # validate the marks in docs136

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch136/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("136"))
