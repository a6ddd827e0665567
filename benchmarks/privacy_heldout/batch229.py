"""The two-hundred-and-twenty-ninth held-out batch (``src229/`` -> ``docs229/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch229.py fill    # src229 -> docs229 (numbers computed here)
    python benchmarks/privacy_heldout/batch229.py check   # validate the marks in docs229

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch229/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("229"))
