"""Held-out batch 311 (``src311/`` -> ``docs311/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch311.py fill    # src311 -> docs311 (numbers computed here)
    python benchmarks/privacy_heldout/batch311.py check   # validate the marks in docs311

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch311/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("311"))
