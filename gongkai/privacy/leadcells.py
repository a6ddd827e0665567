"""The header over a table row's first cell (privfix19e, docs263: a 受理编号 column of a CSV).

``columns.header_of`` finds a cell's column by the separator right before it, so a value
opening its row (the first column: no sign before it) had no header, and an ID-shaped
case number under 受理编号 there was taken for a resident ID whenever its check character
happened to fit. Here the row's own separator is the first one after the value; the
header is the first row up, with as many separators, whose first cell is words.
"""

from __future__ import annotations

import re

_SEPARATORS = ("\t", "｜", "|", "，", ",", "；", ";")
_DIGIT = re.compile(r"\d")


def lead_header(text: str, start: int) -> str | None:
    """The header over the value at ``start`` when it opens a delimited row (a quote or
    padding before it read past); None when it opens none."""
    k = start
    while k > 0 and start - k < 3 and text[k - 1] in '" \u3000':
        k -= 1
    if k > 0 and text[k - 1] != "\n":
        return None  # (the cheap look first: not the first cell of a line)
    line_end = text.find("\n", start, start + 600)
    row = text[k : line_end if line_end >= 0 else start + 600]
    sep = next((s for s in _SEPARATORS if s in row[:40]), None)
    if sep is None or "。" in row:
        return None
    width = row.count(sep)
    if width < 2:
        return None  # a comma in prose, not a table's row
    pos = k
    for _ in range(60):  # up the rows to the header: the first row of short cells of words
        if pos <= 0:
            return None
        above = text.rfind("\n", pos - 601 if pos > 601 else 0, pos - 1) + 1
        if above == 0 and pos > 601:
            return None
        line = text[above : pos - 1]
        pos = above
        if line.count(sep) < 2 or _DIGIT.search(line):
            continue  # a row of data, or a line of a quoted cell written over several lines
        cells = [c.strip("\"' \u3000*") for c in line.split(sep)]
        if all(len(c) <= 20 for c in cells) and cells[0]:
            return cells[0]
    return None
