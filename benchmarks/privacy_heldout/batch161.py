"""The hundred-and-sixty-first held-out batch (``src161/`` -> ``docs161/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch161.py fill    # src161 -> docs161 (numbers computed here)
    python benchmarks/privacy_heldout/batch161.py check   # validate the marks in docs161

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch161/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("161"))
