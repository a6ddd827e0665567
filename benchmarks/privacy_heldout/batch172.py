"""The hundred-and-seventy-second held-out batch (``src172/`` -> ``docs172/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch172.py fill    # src172 -> docs172 (numbers computed here)
    python benchmarks/privacy_heldout/batch172.py check   # validate the marks in docs172

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch172/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("172"))
