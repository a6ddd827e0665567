"""The two-hundred-and-sixty-eighth held-out batch (``src268/`` -> ``docs268/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch268.py fill    # src268 -> docs268 (numbers computed here)
    python benchmarks/privacy_heldout/batch268.py check   # validate the marks in docs268

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch268/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("268"))
