"""The two-hundred-and-twentieth held-out batch (``src220/`` -> ``docs220/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch220.py fill    # src220 -> docs220 (numbers computed here)
    python benchmarks/privacy_heldout/batch220.py check   # validate the marks in docs220

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch220/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("220"))
