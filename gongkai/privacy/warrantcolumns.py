"""A table of persons beside their official warrant's number: officials, not private
persons (issue 16, docs267, privfix20c). Called from ``lastpasses``.

An inspection's result names the officers who inspected (执法检查人员) in a table of their
own: 姓名, 单位, 执法证号. A number only an office issues to its staff (执法证号, 执法证件号,
检查证号, 警号, 警官证号) heading a column of the same table says the persons of the rows
act in office, as a header "检查人员（执法证号）" does (``headerroles.staff_post``). The
names in the table's other columns of the rows under such a header are dropped; a table
with a licence holder's number (许可证号, 资格证号, 从业证号: private persons' licences)
keeps its persons.

Speed: the header cells are found by a walk of 号 (``str.find``) after 证 or 警 at a cell's
end; a name is read only within 4,000 characters under one, on a line with a tab or a bar.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Candidate = tuple[int, int, str, float]

_WARRANT = re.compile(
    r"(?:执法证|执法证件|行政执法证|检查证|监督检查证|警官证|工作证)(?:编?号|号码)|警号"
)
_SEPARATORS = ("\t", "|")
_CELL_EDGE = frozenset("\t|\n")
_REACH = 4000  # the most characters from a warrant's header to a row under it
_ROWS_UP = 40


def _warranted(text: str, line_start: int, sep: str, width: int) -> bool:
    """Whether the first row up of the row's width is a header with a warrant's column."""
    end = line_start - 1
    for _ in range(_ROWS_UP):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end]
        end = start - 1
        if row.count(sep) != width:
            return False
        if any(char.isdigit() for char in row):
            continue  # a row of data
        return any(_WARRANT.fullmatch(c.strip(" \u3000*")) for c in row.split(sep))
    return False


def _header_rows(text: str) -> list[int]:
    """The starts of the lines holding a warrant's header cell, by a walk of 号 after 证 or
    警 (``str.find``) closing a cell."""
    out = set()
    k = text.find("号", 1)
    while k >= 0:
        if text[k - 1] in "证警编":
            j = k + 1 + (text[k + 1 : k + 2] == "码")
            while text[j : j + 1] in (" ", "\u3000"):
                j += 1
            if j == len(text) or text[j] in _CELL_EDGE:
                lo = k
                while lo > 0 and text[lo - 1] not in _CELL_EDGE and k - lo < 12:
                    lo -= 1
                if _WARRANT.fullmatch(text[lo:j].strip(" \u3000*")):
                    out.add(text.rfind("\n", 0, k) + 1)
        k = text.find("号", k + 1)
    return sorted(out)


def warrant_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names of a table of officers with their warrants' numbers."""
    heads = _header_rows(text)
    if not heads:
        return cands
    memo: dict[int, bool] = {}
    drop: set[int] = set()
    for s, _e, kind, _c in cands:
        if kind != "name":
            continue
        k = bisect_left(heads, s)
        if k == 0 or s - heads[k - 1] > _REACH:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        line = text[ls : le if le >= 0 else len(text)]
        sep = next((x for x in _SEPARATORS if x in line), None)
        if sep is None or line.count(sep) < 2:
            continue
        if ls not in memo:
            memo[ls] = _warranted(text, ls, sep, line.count(sep))
        if memo[ls]:
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
