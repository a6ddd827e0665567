"""The header of the column a value stands in, in a table whose cells are separated by a
sign (tabs, bars, commas, semicolons, full-width or not).

``tables`` reads tables separated by tabs, bars, commas and slashes; exports also use
full-width commas, semicolons and bars ("序号，船名号，…，公民身份号码，…"). For a number
whose kind its column decides (an ID with a wrong check character under 公民身份号码),
``header_of`` walks up from its row to the first row of words with the same separator
and returns that row's cell above it.
"""

from __future__ import annotations

import re

from .patterns import ID_CONTEXT

_SEPARATORS = ("\t", "｜", "|", "，", ",", "；", ";")
_DIGIT = re.compile(r"\d")


def header_of(text: str, start: int, *, header_row: bool = False) -> str | None:
    """The header cell over the cell that starts at ``start`` (None: no such table): the
    rows up to the header hold as many separators as this row, and no sentence. The
    header is the first row up whose cell is words; with ``header_row``, the first row
    up without a digit in it (over a column of words: the cell above a name is a name)."""
    sep = text[start - 1 : start]
    if sep not in _SEPARATORS:
        return None
    line_start = text.rfind("\n", max(0, start - 400), start) + 1
    if line_start == 0 and start > 400:
        return None
    line_end = text.find("\n", start, start + 400)
    row = text[line_start : line_end if line_end >= 0 else start + 400]
    width = row.count(sep)
    if width < 2 or "。" in row:
        return None  # a comma in prose, not a table's row
    column = text.count(sep, line_start, start)
    pos = line_start
    for _ in range(60):  # up the rows to the header: the first row whose cell is words
        if pos <= 0:
            return None
        above = text.rfind("\n", max(0, pos - 401), pos - 1) + 1
        if above == 0 and pos > 401:
            return None
        row = text[above : pos - 1]
        if not row.strip():
            pos = above  # a blank line between rows (an HTML table's thead and tbody)
            continue
        if row.count(sep) != width:
            return None
        cell = row.split(sep)[column].strip(" \u3000")
        if cell and not _DIGIT.search(row if header_row else cell):
            return cell
        pos = above
    return None


def id_column(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands under a header of identity numbers."""
    header = header_of(text, start)
    return header is not None and ID_CONTEXT.search(header) is not None
