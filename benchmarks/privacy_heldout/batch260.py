"""The two-hundred-and-sixtieth held-out batch (``src260/`` -> ``docs260/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch260.py fill    # src260 -> docs260 (numbers computed here)
    python benchmarks/privacy_heldout/batch260.py check   # validate the marks in docs260

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch260/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("260"))
