"""The two-hundred-and-forty-first held-out batch (``src241/`` -> ``docs241/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch241.py fill    # src241 -> docs241 (numbers computed here)
    python benchmarks/privacy_heldout/batch241.py check   # validate the marks in docs241

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch241/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("241"))
