"""The header over a cell of a table whose cells are parted by single spaces (issue 16,
fourteenth batch): a list typed in Word with one full-width space between fields
("１．　张三　男　…　予以认定　7461538"), which the scanner reads with the full-width
space as a space. Neither a separator nor aligned columns tell the cells there; the
count does: the row and the header line above it (the nearest line holding a phone
word, at most 40 lines up) split into as many cells, the number's cell is the header's
cell at the same place.
"""

from __future__ import annotations

from .unitcolumns import rows_above

_NOTE_HEADERS = frozenset(("备注", "说明", "附注", "备考"))


def spaced_header(text: str, start: int) -> str | None:
    """The header cell over the cell starting at ``start`` in a table parted by single
    spaces, or None when the row and a header above it do not split alike."""
    if text[start - 1 : start] not in (" ", "\u3000"):  # (full-width spaces kept as typed)
        return None
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return None
    line_end = text.find("\n", start)
    row = text[line_start : line_end if line_end >= 0 else len(text)].split()
    index = len(text[line_start:start].split())
    if len(row) < 4 or index >= len(row):
        return None
    for line in rows_above(text, line_start, most=40):
        if "电话" in line or "座机" in line:
            cells = line.split()
            if len(cells) == len(row) + 1 and cells[-1] in _NOTE_HEADERS:
                return cells[index]  # the last column, a note, left empty in this row
            return cells[index] if len(cells) == len(row) else None
    return None
