"""The two-hundred-and-fifty-eighth held-out batch (``src258/`` -> ``docs258/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch258.py fill    # src258 -> docs258 (numbers computed here)
    python benchmarks/privacy_heldout/batch258.py check   # validate the marks in docs258

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch258/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("258"))
