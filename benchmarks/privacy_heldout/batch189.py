"""The hundred-and-eighty-ninth held-out batch (``src189/`` -> ``docs189/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch189.py fill    # src189 -> docs189 (numbers computed here)
    python benchmarks/privacy_heldout/batch189.py check   # validate the marks in docs189

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch189/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("189"))
