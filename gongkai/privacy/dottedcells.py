"""A dotted name in a table's column the table reader left unread (issue 16, docs138).

A name written with a middle dot (阿依努尔·买买提) is taken by its shape wherever it stands
(``dottededges.dotted_names``), also in a table's cell. The table reader decides first
what a column holds: the complained-about doctors of a hospital's register ("被投诉医务人员"
over "某某（主治医师）"), staff acting in office, are no private persons, and it takes none
of that column's names. A dotted name in such a column is one of them: in a delimited table
(bars or tabs), when at least three other rows' cells of the same column open with a
name's shape and the other passes found none of them, the column is no person's and the
dotted name in it is dropped. A column of persons keeps its dotted names: its other names
are found.

Speed: only dotted names in a delimited row are read; the table's rows are the lines
around with the same delimiter count (a 续表's rows after its repeated header too).
"""

from __future__ import annotations

import re
from bisect import bisect_left

Candidate = tuple[int, int, str, float]

_SEPS = ("|", "\t")
_NAME_OPEN = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{2,4}(?:[（(][^（）()]{1,10}[）)])?[ \u3000]*$")
_REACH = 40  # lines above and below read as the table's
_AT_LEAST = 3


def _column_cells(text: str, line_start: int, sep: str, index: int, width: int) -> list[int]:
    """Where the cells of column ``index`` begin in the other rows of the table around
    the row at ``line_start`` (rows with ``width`` delimiters)."""
    out: list[int] = []
    for step in (-1, 1):
        pos = line_start
        for _ in range(_REACH):
            if step < 0:
                if pos == 0:
                    break
                pos = text.rfind("\n", 0, pos - 1) + 1
            else:
                nxt = text.find("\n", pos)
                if nxt < 0:
                    break
                pos = nxt + 1
            end = text.find("\n", pos)
            row = text[pos : end if end >= 0 else len(text)]
            if row.count(sep) != width:
                continue  # a page's footer, a 续表 line, a blank line between pages
            at = pos
            for _ in range(index):
                at = text.index(sep, at) + 1
            out.append(at)
    return out


def dotted_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the dotted names in a table's column of no persons (docstring)."""
    if "·" not in text:
        return cands
    drop: set[int] = set()
    starts: list[int] | None = None
    for s, e, kind, _conf in cands:
        if kind != "name" or "·" not in text[s:e]:
            continue
        line = text.rfind("\n", 0, s) + 1
        end = text.find("\n", e)
        row = text[line : end if end >= 0 else len(text)]
        sep = next((x for x in _SEPS if row.count(x) >= 3), None)
        if sep is None:
            continue
        index = text.count(sep, line, s)
        cells = _column_cells(text, line, sep, index, row.count(sep))
        shaped = []
        for at in cells:
            stop = text.find(sep, at)
            if stop >= 0 and _NAME_OPEN.match(text[at:stop]):
                shaped.append((at, stop))
        if len(shaped) < _AT_LEAST:
            continue
        if starts is None:
            starts = sorted(c[0] for c in cands if c[2] == "name")
        if not any(bisect_left(starts, a) < bisect_left(starts, b) for a, b in shaped):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
