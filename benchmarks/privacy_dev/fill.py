"""Fill the placeholders of ``src/`` with synthetic numbers and write ``docs/`` (run once).

The same placeholders and check rules as ``benchmarks/privacy_heldout/fill.py`` (whose
functions this reuses), with a seed of its own.

    python benchmarks/privacy_dev/fill.py      # src -> docs
    python benchmarks/privacy_dev/fill.py 2    # src2 -> docs2 (the second batch)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "privacy_heldout_fill", HERE.parent / "privacy_heldout" / "fill.py"
)
fill = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fill)


def main() -> None:
    fill.fill_batch(HERE, sys.argv[1] if len(sys.argv) > 1 else "", 20251128)


if __name__ == "__main__":
    main()
