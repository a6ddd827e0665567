"""The two-hundred-and-fifty-seventh held-out batch (``src257/`` -> ``docs257/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch257.py fill    # src257 -> docs257 (numbers computed here)
    python benchmarks/privacy_heldout/batch257.py check   # validate the marks in docs257

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch257/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("257"))
