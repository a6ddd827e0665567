"""A table of persons beside their official warrant's number: officials, not private
persons (issue 16, docs267, privfix20c). Called from ``lastpasses``.

An inspection's result names the officers who inspected (执法检查人员) in a table of their
own: 姓名, 单位, 执法证号. A number only an office issues to its staff (执法证号, 执法证件号,
检查证号, 警号, 警官证号) heading a column of the same table says the persons of the rows
act in office, as a header "检查人员（执法证号）" does (``headerroles.staff_post``). The
names in the table's other columns of the rows under such a header are dropped; a table
with a licence holder's number (许可证号, 资格证号, 从业证号: private persons' licences)
keeps its persons.

Speed: a text without 证号 or 警号 returns at once; a name is read only on a line with a
tab or a bar, and the header is looked for at most 40 lines up.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_WARRANT = re.compile(
    r"(?:执法证|执法证件|行政执法证|检查证|监督检查证|警官证|工作证)(?:编?号|号码)|警号"
)
_SEPARATORS = ("\t", "|")
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


def warrant_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names of a table of officers with their warrants' numbers."""
    if "证号" not in text and "警号" not in text:
        return cands
    memo: dict[int, bool] = {}
    drop: set[int] = set()
    for s, _e, kind, _c in cands:
        if kind != "name":
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
