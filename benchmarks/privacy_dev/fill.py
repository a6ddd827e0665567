"""Fill the placeholders of ``src/`` with synthetic numbers and write ``docs/`` (run once).

The same placeholders and check rules as ``benchmarks/privacy_heldout/fill.py`` (whose
functions this reuses), with a seed of its own.

    python benchmarks/privacy_dev/fill.py      # src -> docs
    python benchmarks/privacy_dev/fill.py 2    # src2 -> docs2 (the second batch)
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "privacy_heldout_fill", HERE.parent / "privacy_heldout" / "fill.py"
)
fill = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fill)


def main() -> None:
    rng = random.Random(20251128)
    makers = {
        "ID": lambda: fill.resident_id(rng),
        "ID_X": lambda: fill.resident_id(rng, want="X"),
        "ID_BAD": lambda: fill.wrong_id(rng),
        "CARD16": lambda: fill.card(rng, 16),
        "CARD18": lambda: fill.card(rng, 18),
        "CARD19": lambda: fill.card(rng, 19),
        "USCC": lambda: fill.uscc(rng),
    }
    batch = sys.argv[1] if len(sys.argv) > 1 else ""
    if batch:
        rng.seed(20251128 + int(batch))
    out = HERE / f"docs{batch}"
    out.mkdir(exist_ok=True)
    for path in sorted((HERE / f"src{batch}").iterdir()):
        text = path.read_text(encoding="utf-8")
        text = re.sub(
            r"\{(ID|ID_X|ID_BAD|CARD16|CARD18|CARD19|USCC)\}", lambda m: makers[m.group(1)](), text
        )
        (out / path.name).write_text(text, encoding="utf-8")
        print(path.name)


if __name__ == "__main__":
    main()
