"""The sixty-eighth held-out batch (``src68/`` -> ``docs68/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch68.py fill    # src68 -> docs68 (numbers computed here)
    python benchmarks/privacy_heldout/batch68.py check   # validate the marks in docs68

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch68/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("68"))
