"""Fill the placeholders of ``src/`` with synthetic numbers and write ``docs/`` (run once).

The documents were written by hand in ``src/`` with placeholders for the numbers that
must be well formed: ``{ID}`` (an 18-character resident ID with a valid check
character), ``{ID_X}`` (one whose check character is X), ``{ID_BAD}`` (ID-shaped, wrong
check character), ``{CARD16}``/``{CARD18}``/``{CARD19}`` (Luhn-valid card numbers) and
``{USCC}`` (an organisation's credit code). The numbers are computed here with their
published check rules, independently of the scanner; every value is made up.

    python benchmarks/privacy_heldout/fill.py      # src -> docs
    python benchmarks/privacy_heldout/fill.py 2    # src2 -> docs2 (the second batch)
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_body(rng: random.Random) -> str:
    region = f"5325{rng.randint(1, 32):02d}"
    year = rng.randint(1940, 2005)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return f"{region}{year}{month:02d}{day:02d}{rng.randint(0, 999):03d}"


def check_char(body: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 11]


def resident_id(rng: random.Random, *, want: str = "") -> str:
    while True:
        body = id_body(rng)
        c = check_char(body)
        if not want or c == want:
            return body + c


def wrong_id(rng: random.Random) -> str:
    body = id_body(rng)
    right = check_char(body)
    return body + rng.choice([c for c in "0123456789" if c != right])


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:  # doubled: the check digit will stand to its right
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return str((10 - total % 10) % 10)


def card(rng: random.Random, length: int) -> str:
    prefix = rng.choice(["622823", "621799", "623058", "621700"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def uscc(rng: random.Random) -> str:
    body = "91532500" + "".join(rng.choice(USCC_CHARS[:10] + "MAKP") for _ in range(9))
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def fill_batch(here: Path, batch: str, seed: int) -> None:
    """``here/src<batch>`` -> ``here/docs<batch>``, numbers drawn from ``seed`` (+ the batch)."""
    rng = random.Random(seed)
    makers = {
        "ID": lambda: resident_id(rng),
        "ID_X": lambda: resident_id(rng, want="X"),
        "ID_BAD": lambda: wrong_id(rng),
        "CARD16": lambda: card(rng, 16),
        "CARD18": lambda: card(rng, 18),
        "CARD19": lambda: card(rng, 19),
        "USCC": lambda: uscc(rng),
    }
    if batch:
        rng.seed(seed + int(batch))
    out = here / f"docs{batch}"
    out.mkdir(exist_ok=True)
    for path in sorted((here / f"src{batch}").iterdir()):
        text = path.read_text(encoding="utf-8")
        text = re.sub(
            r"\{(ID|ID_X|ID_BAD|CARD16|CARD18|CARD19|USCC)\}", lambda m: makers[m.group(1)](), text
        )
        (out / path.name).write_text(text, encoding="utf-8")
        print(path.name)


def main() -> None:
    fill_batch(HERE, sys.argv[1] if len(sys.argv) > 1 else "", 20241128)  # "2": the second batch


if __name__ == "__main__":
    main()
