"""The two-hundred-and-fourteenth held-out batch (``src214/`` -> ``docs214/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch214.py fill    # src214 -> docs214 (numbers computed here)
    python benchmarks/privacy_heldout/batch214.py check   # validate the marks in docs214

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch214/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("214"))
