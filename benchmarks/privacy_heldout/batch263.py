"""The two-hundred-and-sixty-third held-out batch (``src263/`` -> ``docs263/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch263.py fill    # src263 -> docs263 (numbers computed here)
    python benchmarks/privacy_heldout/batch263.py check   # validate the marks in docs263

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch263/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("263"))
