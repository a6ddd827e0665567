"""The two-hundred-and-seventieth held-out batch (``src270/`` -> ``docs270/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch270.py fill    # src270 -> docs270 (numbers computed here)
    python benchmarks/privacy_heldout/batch270.py check   # validate the marks in docs270

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch270/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("270"))
