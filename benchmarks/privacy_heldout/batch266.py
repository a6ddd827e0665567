"""The two-hundred-and-sixty-sixth held-out batch (``src266/`` -> ``docs266/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch266.py fill    # src266 -> docs266 (numbers computed here)
    python benchmarks/privacy_heldout/batch266.py check   # validate the marks in docs266

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch266/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("266"))
