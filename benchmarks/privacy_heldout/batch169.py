"""The hundred-and-sixty-ninth held-out batch (``src169/`` -> ``docs169/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch169.py fill    # src169 -> docs169 (numbers computed here)
    python benchmarks/privacy_heldout/batch169.py check   # validate the marks in docs169

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch169/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("169"))
