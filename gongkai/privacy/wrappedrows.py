"""A table row wrapped over several lines by the paragraph breaks inside one of its cells
(issue 16, fourteenth batch).

A DOCX or XLSX table copied as text keeps a cell's paragraph breaks: the row
``3⇥后三乡⇥张三⇥…⇥妻李四↵长子张五（在外务工）↵次子张六⇥地址⇥电话`` reaches the
scanner as three lines, the first with too few cells, the middle ones with none, the last
with the rest. ``joined_row`` gives the row back whole (its line breaks kept inside the
cell, so every offset holds) when the lines after a short row hold no more separators
than the row lacks and together exactly as many.
"""

from __future__ import annotations

_MOST_LINES = 4  # continuation lines of one row
_LONGEST = 80  # characters of a continuation line without a separator


def joined_row(text: str, row_start: int, row: str, sep: str, width: int) -> str | None:
    """The row starting at ``row_start`` joined with the lines its cells wrapped onto,
    or None when it is no wrapped row of a table of ``width`` cells."""
    lack = width - 1 - row.count(sep)
    if lack <= 0:
        return None
    pos = row_start + len(row) + 1
    for _ in range(_MOST_LINES):
        if pos >= len(text):
            return None
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        have = line.count(sep)
        if not line.strip() or "。" in line or have > lack:
            return None
        if not have and len(line) > _LONGEST:
            return None
        lack -= have
        if lack == 0:
            return text[row_start:end]
        pos = end + 1
    return None
