"""The hundred-and-seventy-ninth held-out batch (``src179/`` -> ``docs179/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch179.py fill    # src179 -> docs179 (numbers computed here)
    python benchmarks/privacy_heldout/batch179.py check   # validate the marks in docs179

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch179/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("179"))
