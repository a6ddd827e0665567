"""The header over a cell of a table flattened to one cell a line (issue 16, docs31): a
web page's or a DOCX table read with a newline after every cell ("序号\n场所名称\n经营者\n
联系电话\n…", then each record's cells one a line). A bare local number (7 or 8 digits)
alone on its line takes the header cell at its place in its record: the records follow
the header block either parted by blank lines or packed, a record as many lines as the
header has cells.
"""

from __future__ import annotations

from .stacked import _is_header_cell

_MOST = 300  # lines looked at above the number (within _SPAN characters)
_SPAN = 12000


def stacked_header(text: str, start: int) -> str | None:
    """The header cell over the number at ``start`` standing alone on its line, if the
    lines above are records under a block of header cells one a line."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if text[line_start:start].strip(" \u3000\t") or line_start == 0:
        return None  # (words before the number on its line: no cell of its own)
    lines: list[str] = []  # the lines above, nearest first
    end = line_start - 1
    top = max(0, line_start - _SPAN)
    while end > top and len(lines) < _MOST:
        begin = text.rfind("\n", top, end) + 1
        line = text[begin:end].strip(" \u3000\t")
        if len(line) > 60:
            return None  # prose: no flattened table
        lines.append(line)
        end = begin - 1
    # the header block: the nearest run of three header cells or more, one a line
    k = 0
    while k < len(lines) and not (
        _is_header_cell(lines[k])
        and k + 2 < len(lines)
        and _is_header_cell(lines[k + 1])
        and _is_header_cell(lines[k + 2])
    ):
        k += 1
    if k >= len(lines):
        return None
    run = k
    while run < len(lines) and lines[run] and _is_header_cell(lines[run]):
        run += 1
    header = lines[k:run][::-1]  # top to bottom
    records = lines[:k]  # the lines between the header and the number, nearest first
    if "" in records:
        offset = records.index("")  # the cells of its record above the number
    else:
        offset = len(records) % len(header)
    return header[offset] if offset < len(header) else None
