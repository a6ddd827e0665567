"""The hundred-and-fifty-ninth held-out batch (``src159/`` -> ``docs159/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch159.py fill    # src159 -> docs159 (numbers computed here)
    python benchmarks/privacy_heldout/batch159.py check   # validate the marks in docs159

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch159/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("159"))
