"""The two-hundred-and-twenty-second held-out batch (``src222/`` -> ``docs222/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch222.py fill    # src222 -> docs222 (numbers computed here)
    python benchmarks/privacy_heldout/batch222.py check   # validate the marks in docs222

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch222/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("222"))
