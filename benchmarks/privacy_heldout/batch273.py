"""The two-hundred-and-seventy-third held-out batch (``src273/`` -> ``docs273/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch273.py fill    # src273 -> docs273 (numbers computed here)
    python benchmarks/privacy_heldout/batch273.py check   # validate the marks in docs273

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch273/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("273"))
