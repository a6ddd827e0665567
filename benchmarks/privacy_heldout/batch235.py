"""The two-hundred-and-thirty-fifth held-out batch (``src235/`` -> ``docs235/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch235.py fill    # src235 -> docs235 (numbers computed here)
    python benchmarks/privacy_heldout/batch235.py check   # validate the marks in docs235

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch235/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("235"))
