"""The cells of a table aligned with spaces, placed under their header by display column.

The text layer of a PDF (and a report typed in a fixed font) aligns columns by their
width on screen: a Han character or a full-width sign takes two columns, a digit one. A
row with an empty cell (收入 or 支出 left blank) has fewer cells than its header, and
counting characters would put the cells under the wrong header. Each cell goes under
the header whose zone (from its start to the next header's start, in display columns)
it overlaps most; a header without a cell in the row gets an empty cell.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate
from unicodedata import east_asian_width

Cell = tuple[int, str]  # (offset in the text, cell)


@cache  # (a text uses a few thousand characters: each one's width looked up once)
def _width(ch: str) -> int:
    return 2 if east_asian_width(ch) in ("W", "F") else 1


def display_columns(line: str) -> list[int]:
    """The display column at which each character of ``line`` starts (and the end)."""
    return list(accumulate(map(_width, line), initial=0))  # (C loops: no Python per character)


_GAP_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line aligned with spaces


def cell_at(line: str, column: int) -> str | None:
    """The last cell of ``line`` that starts at or before display column ``column + 1``:
    the header over a value at ``column`` (None when every cell starts after it)."""
    cols = display_columns(line)
    found = None
    for m in _GAP_CELL.finditer(line):
        if cols[m.start()] <= column + 1:
            found = m.group()
    return found


def _spans(line_pos: int, line: str, cells: list[Cell]) -> list[tuple[int, int]]:
    cols = display_columns(line)
    out = []
    for at, cell in cells:
        lo = at - line_pos
        out.append((cols[lo], cols[lo + len(cell)]))
    return out


def align(
    header: tuple[int, str, list[Cell]], row: tuple[int, str, list[Cell]]
) -> list[Cell] | None:
    """The row's cells, one per header cell (empty where the row has none); None when two
    cells would fall under one header (the row is not of this table)."""
    h_pos, h_line, h_cells = header
    r_pos, r_line, r_cells = row
    starts = [lo for lo, _hi in _spans(h_pos, h_line, h_cells)]
    zones = [(s, starts[k + 1] if k + 1 < len(starts) else 10**6) for k, s in enumerate(starts)]
    placed: list[Cell | None] = [None] * len(zones)
    for (lo, hi), cell in zip(_spans(r_pos, r_line, r_cells), r_cells, strict=True):
        best, most = 0, -1
        for k, (z_lo, z_hi) in enumerate(zones):
            overlap = min(hi, z_hi) - max(lo, z_lo)
            if overlap > most:
                best, most = k, overlap
        if placed[best] is not None:
            return None
        placed[best] = cell
    return [c if c is not None else (r_pos, "") for c in placed]


def aligned_rows(
    region: list[tuple[int, str]], rows: list[list[Cell]], head_at: int
) -> list[list[Cell]]:
    """Every row of an aligned table as wide as its header row ``head_at``."""
    h_pos, h_line = region[head_at]
    header = (h_pos, h_line, rows[head_at])
    out = []
    for k, cells in enumerate(rows):
        placed = None if k == head_at else align(header, (*region[k], cells))
        out.append(placed if placed is not None else cells)
    return out
