"""The two-hundred-and-forty-fourth held-out batch (``src244/`` -> ``docs244/``), with the third batch's tool.

    python benchmarks/privacy_heldout/batch244.py fill    # src244 -> docs244 (numbers computed here)
    python benchmarks/privacy_heldout/batch244.py check   # validate the marks in docs244

Placeholders and checks as in ``batch3.py``; the random generator is seeded ``batch244/<file>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch3 import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main("244"))
