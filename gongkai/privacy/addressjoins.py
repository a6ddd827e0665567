"""One home address written in two parts in its own cell (issue 16).

A register's address cell often holds a street number and, after a comma, the estate's
building and flat (``"某县某镇某路258号，某花园9栋2单元1101室"``), or a park's or a
district's name and then the street number (``"某县某镇工业园区，新桥路7号"``). The cell is
one person's one address, marked as written from its first place word to the flat; the
scanner reads the parts apart (or only the second). When a table cell (bounded by a quote,
a tab, a pipe, an ASCII comma or a line's end) holds exactly two parts joined by one
full-width comma, the first starting with a division's name (…省/市/县/区) and the second
ending with a house or flat number, and an address candidate lies inside it, the
candidates in the cell become one address over the whole cell. Prose (a comma inside a
sentence, no cell edge on both sides) is left alone.

Cost: a test of "，" near each address candidate, then its cell's edges.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_EDGE = '"\t|,\n\r'
# the last edge of a window (greedy run, then back to an edge: what ``max(rfind)`` of each
# edge gives) and the run up to the first edge (``min(find)``): one C walk each
_LAST_EDGE = re.compile(r'(?s).*["\t|,\n\r]')
_NO_EDGE = re.compile(r'[^"\t|,\n\r]*')
_FIRST = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区)")
_LAST = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)(?:号|室|户)$")


def _cell(text: str, start: int, end: int) -> tuple[int, int]:
    """The cell around ``start:end``: back to the last edge before it and on to the first
    after it, 60 characters each way at most (one match of ``_LAST_EDGE`` back and of
    ``_NO_EDGE`` on: the ``max`` of each edge's ``rfind`` and the ``min`` of its ``find``
    over those windows, in one C walk each)."""
    lo = start - 60 if start > 60 else 0
    last = _LAST_EDGE.match(text, lo, start)
    return (last.end() if last else lo), _NO_EDGE.match(text, end, end + 60).end()


def _joined(text: str, a: int, b: int) -> bool:
    if a == 0 or b >= len(text) or text[a - 1] not in _EDGE or text[b] not in _EDGE:
        return False
    value = text[a:b]
    if value.count("，") != 1 or " " in value or "：" in value:
        return False
    first, second = value.split("，")
    return (
        len(first) >= 4
        and len(second) >= 4
        and _FIRST.match(first) is not None
        and _LAST.search(second) is not None
    )


def address_joins(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a two-part address cell read as one address (module doc)."""
    cells: dict[tuple[int, int], float] = {}
    for s, e, kind, score in cands:
        if kind != "address":
            continue
        if "，" not in text[max(0, s - 40) : e + 40]:
            continue
        a, b = _cell(text, s, e)
        if (a, b) not in cells and _joined(text, a, b):
            cells[(a, b)] = score
    if not cells:
        return cands
    out = [
        c for c in cands if c[2] != "address" or not any(a <= c[0] and c[1] <= b for a, b in cells)
    ]
    out.extend((a, b, "address", score) for (a, b), score in cells.items())
    return sorted(out, key=lambda c: (c[0], -(c[1] - c[0]), -c[3]))
