"""The grid of an HTML table in its flat text: spanned cells keep their columns; a row
stays on one line.

A cell with ``colspan="3"`` stands for three columns and one with ``rowspan="2"`` for the
same column in the next row too. Flattened cell by cell, the rows under a spanned
cell lose a cell and their columns slide left under the wrong header ("前屯" spans four
rows: the next three rows' persons stand under 屯别). ``Grid`` tells ``markup`` how many
empty cells (tabs, no text: offsets in the HTML hold) to add before a cell, after it,
and at a row's end, so that every row of the flat text has its columns where the
header has them. A table with no spanned cell is flattened as before.

A row of a table is one line of the flat text (``Rows``): the source's indentation and
line ends around its cells and between rows (``</td>\n  <td>``) are no text and are
left out (``markup`` keeps the pieces' raw offsets), and a line break inside a cell (a
``<br>`` or ``<p>`` in it) becomes a space (one character for one: offsets hold), or a
slash between two short fields ("姓名<br>性别" over "王芳<br>女": the cell's parts).
Without that a table written one cell a source line reaches the scanner as one cell a
line, and every row after its header is lost. A row with a long cell or a cell of
sentences (a page laid out with a table, an article in one cell) or a table inside it
keeps its lines: they are the article's.
"""

from __future__ import annotations

import re

# a short field before the break: words, no digit, not a place's first part (马岗镇<br>…号)
_FIELD = re.compile(r"[^\s\d/／]{1,5}(?<![省市州县区镇乡村路街巷道组号栋楼])")
_NEXT = re.compile(r"[^\s/／]{1,12}")


def _short_pair(parts: list[str], k: int) -> bool:
    """Whether the line break ``parts[k]`` stands between two short fields of a cell."""
    return (
        0 < k < len(parts) - 1
        and _FIELD.fullmatch(parts[k - 1]) is not None
        and _NEXT.fullmatch(parts[k + 1]) is not None
    )


_SPAN = re.compile(r"""\b(colspan|rowspan)\s*=\s*["']?(\d{1,3})""", re.IGNORECASE)


class Grid:
    """The spanned cells of the tables open at a point of the HTML (nested tables too)."""

    def __init__(self) -> None:
        # per open table: the column of the next cell, the cells still held by a
        # rowspan above (column -> rows left), the columns held in this row
        self._tables: list[dict] = []

    def open_table(self) -> None:
        self._tables.append({"col": 0, "carry": {}, "held": set(), "after": 0})

    def close_table(self) -> None:
        if self._tables:
            self._tables.pop()

    def open_row(self) -> str:
        """A row starts: the columns held by rowspans above are taken for it."""
        if not self._tables:
            return ""
        t = self._tables[-1]
        t["held"] = {c for c, left in t["carry"].items() if left > 0}
        t["carry"] = {c: left - 1 for c, left in t["carry"].items() if left > 1}
        t["col"] = 0
        t["after"] = 0
        return ""

    def _skip_held(self, t: dict) -> int:
        k = 0
        while t["col"] in t["held"]:
            t["col"] += 1
            k += 1
        return k

    def open_cell(self, tag: str) -> str:
        """The tabs before a cell: one for the cell, one for each held column before it."""
        if not self._tables:
            return "\t"
        t = self._tables[-1]
        pending = t["after"]
        t["after"] = 0
        k = self._skip_held(t)
        cols, rows = 1, 1
        if "span" in tag:
            for name, value in _SPAN.findall(tag):
                if name.lower() == "colspan":
                    cols = max(1, min(int(value), 50))
                else:
                    rows = max(1, min(int(value), 500))
        if rows > 1:
            for j in range(cols):
                t["carry"][t["col"] + j] = rows - 1
        t["col"] += cols
        t["after"] = cols - 1
        return "\t" * (pending + k + 1)

    def close_cell(self) -> str:
        if not self._tables:
            return ""
        t = self._tables[-1]
        out = "\t" * t["after"]
        t["after"] = 0
        return out

    def close_row(self) -> str:
        """A row ends: empty cells for the columns still held after its last cell."""
        if not self._tables:
            return ""
        t = self._tables[-1]
        out = self.close_cell()
        if t["held"] and max(t["held"]) >= t["col"]:
            out += "\t" * (max(t["held"]) + 1 - t["col"])
            t["col"] = max(t["held"]) + 1
        return out


_NAME = re.compile(r"<(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")


def grid_separator(grid: Grid, tag: str, sep: str) -> str:
    """The separator ``markup`` writes for ``tag``, with the grid's empty cells."""
    m = _NAME.match(tag)
    if m is None:
        return sep
    closing, name = m.group(1), m.group(2).lower()
    if name in ("td", "th"):
        return grid.close_cell() if closing else grid.open_cell(tag)
    if name == "tr":
        return grid.close_row() if closing else sep + grid.open_row()
    if name == "table":
        if closing:
            grid.close_table()
        else:
            grid.open_table()
    return sep


_LONG_CELL = 160  # characters: a cell longer than this holds text, not a table's value


class Rows:
    """Where each open table row starts in ``markup``'s flat parts; a closed row of short
    cells is rewritten onto one line (newlines to spaces, lengths kept)."""

    def __init__(self, parts: list[str]) -> None:
        self._parts = parts
        # per open table: the index in parts where its open row starts (or None), and
        # whether a table was nested in that row
        self._tables: list[list] = []

    @property
    def in_table(self) -> bool:
        return bool(self._tables)

    def tag(self, name: str, closing: bool) -> None:
        """Called after ``markup`` has written the separator of a tag."""
        if name == "table":
            if closing:
                if self._tables:
                    self._close(self._tables.pop())
                if self._tables:
                    self._tables[-1][1] = True  # the outer row holds a table: not one line
            else:
                self._tables.append([None, False])
        elif not self._tables:
            return
        elif name == "tr" and not closing:
            t = self._tables[-1]
            self._close(t)
            t[0] = len(self._parts)
        elif name == "tr" or name in ("thead", "tbody", "tfoot"):
            self._close(self._tables[-1])  # "</tr>", or a row left open before a section

    def _close(self, t: list) -> None:
        start, nested = t
        t[0], t[1] = None, False
        if start is None or nested:
            return
        parts = self._parts
        row = "".join(parts[start:])
        if "\n" not in row and "\r" not in row:
            return
        cells = row.split("\t")
        if len(cells) < 3 or any(len(c) > _LONG_CELL or c.count("。") > 1 for c in cells):
            return  # text, not values (before the first tab is the row's opening: 2 cells)
        for k in range(start, len(parts)):
            if "\n" in parts[k] or "\r" in parts[k]:
                # a break between two short fields of one cell ("姓名<br>性别", "王芳<br>女")
                # parts them as a slash does (the header's parts stay over the cell's)
                short = parts[k] == "\n" and _short_pair(parts, k)
                parts[k] = "/" if short else parts[k].replace("\r", " ").replace("\n", " ")
