"""The hundred-and-eighty-third held-out batch (``src183/`` -> ``docs183/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch183.py fill    # src183 -> docs183 (numbers computed here)
    python benchmarks/privacy_heldout/batch183.py check   # validate the marks in docs183

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch183/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("183"))
