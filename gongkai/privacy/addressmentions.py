"""Later mentions of a home address the scanner found (issue 16, docs59's class).

A letter gives the writer's home after 家住 and the answer repeats it in other words
("您家所在的X属城关小学施教区", "经核查，X的房屋…"): no residence label stands before the
second mention. A home found whole (a place, a street or an estate, and a house or flat
number) is the same private address where the same words come again nearby (within
3,000 characters: one letter and its answer): each other mention that no finding covers
and that no longer number continues is taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .bracketflats import bracket_after, bracketed_flats

Candidate = tuple[int, int, str, float]

_SURE = 0.8  # a home found with a label, a person's column or a record
_WINDOW = 3000  # how far from the home found a mention counts (one letter and its answer)
_NUMBERED = re.compile(r"\d[号室户]|\d(?:栋|幢|单元)")  # a house or a flat, no bare place
_GOES_ON = re.compile(r"[\dA-Za-z\-号室栋幢单元层楼之附]")  # 12号之一, 12号附3号


def address_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the other mentions of every home address found surely, and the
    homes in brackets right after a person's name."""
    found: list[tuple[int, int]] = []  # the mentions; whether a finding covers them: last
    if "（" in text or "(" in text:
        found += _bracketed_homes(text, cands) + bracketed_flats(text, cands)
    for s, e, kind, conf in cands:
        if kind != "address" or conf < _SURE or e - s < 8 or not _NUMBERED.search(text, s, e):
            continue
        home = text[s:e]
        at = text.find(home, max(0, s - _WINDOW), e + _WINDOW)
        while at >= 0:
            end = at + len(home)
            if at != s and not _GOES_ON.match(text, end):
                found.append((at, end))
            at = text.find(home, end, e + _WINDOW)
    if not found:
        return cands
    taken = sorted((s, e) for s, e, _k, _c in cands)
    starts = [s for s, _e in taken]
    out = list(cands)
    for at, end in sorted(set(found)):
        if not _covered(taken, starts, at, end):
            out.append((at, end, "address", _SURE))
            k = bisect_left(starts, at)  # (taken now: no second mention over it)
            taken.insert(k, (at, end))
            starts.insert(k, at)
    return out


# a street's house number whole in a bracket after a name: places, then a street and a
# number ("联系到失主X（某县某镇南江路339号）", "X（某镇园区路南侧17号）")
_BRACKETED_HOME = re.compile(
    r"[（(]((?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|旗|镇|乡|街道))*"
    r"[\u4e00-\u9fff]{1,10}?(?:路|街|巷|大道|弄)(?:[东西南北中][段侧]|[一二三四五六七八九十]段)?"
    r"\d{1,5}号(?:附\d{1,3}号|之[一二三四五六七八九十])?"
    r"(?:\d{1,3}(?:栋|幢|号楼)(?:\d{1,2}单元)?(?:\d{1,5}室)?)?)[）)，,]"
)


def _bracketed_homes(text: str, cands: list[Candidate]) -> list[tuple[int, int]]:
    """A street address alone in a bracket right after a person's name."""
    out: list[tuple[int, int]] = []
    for _s, e, kind, conf in cands:
        if kind != "name" or conf < 0.6:
            continue
        at = bracket_after(text, e)
        if at < 0:
            continue
        m = _BRACKETED_HOME.match(text, at - 1)
        if m:
            out.append((m.start(1), m.end(1)))
    return out


def _covered(taken: list[tuple[int, int]], starts: list[int], at: int, end: int) -> bool:
    """Whether a candidate overlaps ``[at, end)`` (none runs over 200 characters)."""
    lo, hi = bisect_left(starts, at - 200), bisect_left(starts, end)
    return any(e > at for _s, e in taken[lo:hi])
