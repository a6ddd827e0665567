"""Later mentions of a home address the scanner found (issue 16, docs59's class).

A letter gives the writer's home after 家住 and the answer repeats it in other words
("您家所在的X属城关小学施教区", "经核查，X的房屋…"): no residence label stands before the
second mention. A home found whole (a place, a street or an estate, and a house or flat
number) is the same private address wherever the same words come again: each other
mention that no finding covers and that no longer number or name continues is taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Candidate = tuple[int, int, str, float]

_SURE = 0.8  # a home found with a label, a person's column or a record
_NUMBERED = re.compile(r"\d[号室户]|\d(?:栋|幢|单元)")  # a house or a flat, no bare place
_GOES_ON = re.compile(r"[\dA-Za-z\-号室栋幢单元层楼之附]")  # 12号之一, 12号附3号


def address_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the other mentions of every home address found surely."""
    homes = {
        text[s:e]
        for s, e, kind, conf in cands
        if kind == "address" and conf >= _SURE and e - s >= 8 and _NUMBERED.search(text, s, e)
    }
    if not homes:
        return cands
    taken = sorted((s, e) for s, e, _k, _c in cands)
    starts = [s for s, _e in taken]
    out = list(cands)
    for home in homes:
        at = text.find(home)
        while at >= 0:
            end = at + len(home)
            if not _GOES_ON.match(text, end) and not _covered(taken, starts, at, end):
                out.append((at, end, "address", _SURE))
            at = text.find(home, end)
    return out


def _covered(taken: list[tuple[int, int]], starts: list[int], at: int, end: int) -> bool:
    """Whether a candidate overlaps ``[at, end)`` (none runs over 200 characters)."""
    lo, hi = bisect_left(starts, at - 200), bisect_left(starts, end)
    return any(e > at for _s, e in taken[lo:hi])
