"""Lines inside a table aligned with spaces that are no row of their own (issue 16, the
sixteenth held-out batch): a PDF's text layer wraps a long cell (项目名称, 申报单位)
onto the next line, under its column and nothing else on the line but other wrapped
cells, and a page break puts its furniture (第 2 页 共 3 页, - 2 -, 续表) between two rows.
``tables`` reads past such lines instead of ending the table there; a repeated header
after a page break starts the table again. A name cell wrapped the same way (欧阳 over
秀兰) is cut: no name is taken from its row.
"""

from __future__ import annotations

import re

_PAGE = re.compile(
    r"^[ \u3000]*(?:第[ \u3000]*\d{1,3}[ \u3000]*页(?:[ \u3000，,/]*共[ \u3000]*\d{1,3}[ \u3000]*页)?"
    r"|[-—][ \u3000]*\d{1,3}[ \u3000]*[-—]|\d{1,3}[ \u3000]*/[ \u3000]*\d{1,3}|续表|（续表）|\(续\))[ \u3000]*$"
)
# the table's title repeated over the next page, marked as continued ("…公示表（续）",
# "…名单（续表）", "…花名册 续上表"): furniture, not a sentence ending the table
_CONTINUED_TITLE = re.compile(r"[^\n。；;，,]{2,60}(?:[（(]续表?[）)]|续上?表)[ \u3000]*$")


# a note written on its own line under a record: a clause, not a cell
_NOTE_LINE = re.compile(r"[，,；;（(]")


def read_past(
    row: str, first_offset: int, picked: list[tuple[int, tuple[str, int]]], n_cells: int = 2
) -> bool:
    """Whether ``row`` (its cells under the header's columns of interest in ``picked``,
    ``n_cells`` cells in all) is a wrapped cell's rest or page furniture, not a row: page
    furniture, or a line indented past the first column holding no digit and either
    nothing under those columns or a single cell (a wrapped name's rest: "司徒 / 志明")."""
    if _PAGE.match(row) or ("续" in row and _CONTINUED_TITLE.match(row.strip(" \u3000"))):
        return True
    indent = len(row) - len(row.lstrip(" \u3000"))
    if indent > first_offset + 1 and n_cells == 1 and _NOTE_LINE.search(row):
        return True  # a record's second line, indented: "　　　丈夫X，电话138…" (a note)
    if indent <= first_offset + 1 or any(ch.isdigit() for ch in row):
        return False
    return n_cells == 1 or not any(c for _k, (c, _o) in picked)


def name_wraps(
    text: str, next_start: int, head_cells: list[tuple[str, int]], kinds: list[tuple[int, str]]
) -> bool:
    """Whether the line at ``next_start`` continues a row's name cell (a compound surname
    on one line, the given name under it): the name on the row is cut, no name."""
    end = text.find("\n", next_start)
    line = text[next_start : end if end >= 0 else len(text)]
    if not line[:1].isspace() or any(ch.isdigit() for ch in line):
        return False
    first = line.split(None, 1)
    if first and len(first[0]) > 4:
        return False  # a record's indented note line ("　　　母亲X，…"), no name's rest
    for k, kind in kinds:
        if kind == "name":
            lo = head_cells[k][1]
            hi = lo + len(head_cells[k][0])
            piece = line[lo - 1 if lo > 1 else 0 : hi + 3].strip(" \u3000")
            if piece and len(line) - len(line.lstrip(" \u3000")) >= lo - 1:
                return True
    return False


def one_space_rows(text: str, start: int, wide_gap: re.Pattern) -> bool:
    """Whether the two lines after a header spread with wide gaps are rows of cells
    separated by one space each ("4　张三　女　1966.08　…"): no wide gap, and digits."""
    seen = 0
    for _ in range(2):
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if not line.strip() or wide_gap.search(line.strip(" \u3000")):
            return False
        if line.count(" ") + line.count("\u3000") < 3 or not any(c.isdigit() for c in line):
            return False
        seen += 1
        if end < 0:
            break
        start = end + 1
    return seen > 0
