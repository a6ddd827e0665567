"""The header over an address in a table that has no tab or bar between its cells (issue
16, docs55): ``unitcontacts`` asks it whether an address stands under a business's
header (经营地址, 拟设站点地址 …) where ``unitcontacts.column_header`` finds no separator.

- a table aligned with spaces (a PDF's text layer, a plain-text report): the header is
  the nearest row above without digits that has three cells or more, read by screen
  columns (a Chinese character takes two) as ``ownedcontacts._display_cells`` does; the
  header cell over the address is the one that overlaps it from the address's own column
  (a single space may join it to the cell before: a full-width gap read as one);
- a table flattened to one cell a line: ``stackedheader.stacked_place_header``.

Prose above the row (a line with 。) ends the search: no table's header reaches past it.
"""

from __future__ import annotations

import re

from .ownedcontacts import _display_cells, _width
from .stackedheader import stacked_place_header
from .unitcolumns import rows_above

_DIGIT = re.compile(r"\d")


def in_cell(text: str, start: int, line: int) -> bool:
    """Whether the address at ``start`` may be a cell of such a table (a cheap look before
    any header is read): alone on its line, or after a gap of two spaces or a full-width
    one past the line's indent (not a paragraph's "\u3000\u3000住址：…")."""
    before = text[line:start].lstrip(" \u3000")
    return not before or "  " in before or "\u3000" in before


def place_header(text: str, start: int, line: int) -> str | None:
    """The header cell over the address at ``start`` (its line begins at ``line``) in an
    aligned table or a table of one cell a line; None when no header is found."""
    end = text.find("\n", start)
    row_text = text[line : len(text) if end < 0 else end]
    at = start - line
    if "。" in row_text:
        return None  # a sentence: no table's row
    if "  " in row_text or "\u3000" in row_text:
        return _aligned_header(text, line, row_text, at)
    if at == 0 or not row_text[:at].strip(" \u3000"):
        return stacked_place_header(text, start)
    return None


def _aligned_header(text: str, line: int, row_text: str, at: int) -> str | None:
    from .tables import _aligned_cell  # (tables imports nothing from here)

    row = _display_cells(row_text)
    if len(row) < 3:
        return None
    column = _width(row_text[:at])
    cell = next(((c, o) for c, o in reversed(row) if o <= column), None)
    if cell is None:
        return None
    # from the address's own column (a single space may join it to the cell before)
    span = (column, max(column + 2, cell[1] + _width(cell[0])))
    for above in rows_above(text, line, most=60):
        if "。" in above:
            return None  # prose: the table's start is passed
        if _DIGIT.search(above):
            continue  # a row of data, a page's number
        head = _display_cells(above)
        if len(head) < 3:
            continue  # a blank line, a title
        k = _aligned_cell(head, span)
        return None if k is None else head[k][0]
    return None
