"""The hundred-and-forty-second held-out batch (``src142/`` -> ``docs142/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch142.py fill    # src142 -> docs142 (numbers computed here)
    python benchmarks/privacy_heldout/batch142.py check   # validate the marks in docs142

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch142/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("142"))
