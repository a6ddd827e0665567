"""The two-hundred-and-tenth held-out batch (``src210/`` -> ``docs210/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch210.py fill    # src210 -> docs210 (numbers computed here)
    python benchmarks/privacy_heldout/batch210.py check   # validate the marks in docs210

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch210/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("210"))
