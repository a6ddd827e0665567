"""Exact spans for the privacy tests: what the scanner found, and where a piece stands."""

import importlib.util
import sys
from pathlib import Path

from gongkai.privacy import scan_text

ROOT = Path(__file__).resolve().parents[3]


def found(text, kinds=None):
    """(type, start, end) of every finding, the wording check and allow-list off."""
    return [
        (f.type, f.start, f.end)
        for f in scan_text(text, allow=[], expressions=False)
        if kinds is None or f.type in kinds
    ]


def at(text, kind, piece, start=0):
    """The span ``piece`` takes in ``text`` (its first place from ``start``), as ``found`` gives it."""
    s = text.index(piece, start)
    return (kind, s, s + len(piece))


def names(text, *pieces):
    """The spans of ``pieces`` as names, each looked for after the one before it."""
    out, start = [], 0
    for piece in pieces:
        out.append(at(text, "name", piece, start))
        start = out[-1][2]
    return out


def missing_names(text, *pieces):
    """Those of ``pieces`` that the scanner does not find as names (each at its first place)."""
    got = found(text, ["name"])
    return [p for p in pieces if at(text, "name", p) not in got]


def heldout():
    """The held-out batches' scorer, ``benchmarks/privacy_heldout/evaluate.py``, as a module."""
    spec = importlib.util.spec_from_file_location(
        "heldout", ROOT / "benchmarks" / "privacy_heldout" / "evaluate.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["heldout"] = module
    spec.loader.exec_module(module)
    return module


def assert_scores(scores, floors, batch=""):
    """Every type named in ``floors`` (type → (least recall, least precision)) reaches its
    floor; ``"*"`` stands for every other type the documents label."""
    for kind in floors:
        assert kind == "*" or kind in scores, (batch, kind, "no labels of this type")
    for kind, s in scores.items():
        floor = floors.get(kind, floors.get("*"))
        if floor is None or (kind not in floors and not s.tp + s.fn):
            continue
        recall, precision = floor
        assert s.recall >= recall and s.precision >= precision, (batch, kind, s.misses, s.wrong)


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def rid(body: str) -> str:
    """A resident ID for a fixture: 17 digits and their check character (GB 11643)."""
    total = sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def luhn(body: str) -> str:
    """A card number for a fixture: ``body`` and its Luhn check digit."""
    total = 0
    for k, c in enumerate(reversed(body)):
        d = int(c) * (2 if k % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)
