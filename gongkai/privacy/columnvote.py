"""A column that may hold persons, decided by the whole column (issue 16, the
thirty-fifth and thirty-seventh held-out batches' class).

A header that may name persons or something else (…人 of a private person: 传承人,
受援人, 承包人, 代领人; a person's role: 调解员, 承办律师, 指导员) counts a cell row by row
only where the cell looks like a name of common characters (``tables._emit``, strict).
Names with a given name no list knows (老庚, 本善, 有财, 若曦, 秋月) or a surname no tier
holds are left out, though every other cell of their column is a name. Here the column
is read whole: when at least three of its cells were found as names, and they are at
least half of its filled cells, and every filled cell is a short run of Han characters
of a name's shape (no digit, no category word such as 合计, 本人, 待定), the cells left
out are names too (a cell listing several persons, "矫健、车英、于海洋", counts each of
them, without a note in brackets or a label before a colon); a cell naming a unit (敬老院, 村委会) or repeating the header over a
new page is read past. A column of categories (低保户, 党员, 五保) or of units
never passes: its cells are found by nothing, or they are not all of a name's shape.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cellsplit import _split
from .tables import (
    _OWNERS,
    _RULE_ROW,
    COMPANY,
    NOT_NAMES,
    TOTAL_ROW,
    Candidate,
    _column_kind,
    _names_in_cell,
    _norm,
)

_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}")
# the last character of a unit's or a place's name (敬老院, 卫生室, 村委会, 服务站)
_UNIT_END = re.compile(r"[院所站局厅社会队村镇乡区县市店厂部处科室馆校园]$")
_MIN_FOUND = 3
# a cell listing several persons ("矫健、车英、于海洋", "褚某（某学院）、闻人某"): one part each,
# a part's note in brackets and a label before a colon left out
_PART = re.compile(
    r"(?:[^、，,；;：:\s]{1,12}[：:])?([^、，,；;：:（()）\s]+)(?:[（(][^（()）]{0,20}[）)])?"
)
_DIGIT = re.compile(r"\d")
_LIST_SEP = re.compile(r"[、，,；;]")


def _persons_of(column: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The column's cells, a cell of several persons split into its persons."""
    out: list[tuple[str, int]] = []
    for cell, lo in column:
        if not _LIST_SEP.search(cell):
            out.append((cell, lo))
            continue
        for m in _PART.finditer(cell):
            out.append((m.group(1), lo + m.start(1)))
    return out


def voted_header(header: str) -> bool:
    """A header whose column is read whole: one that may name persons (not an owner's:
    所有人, 产权人 hold persons or units, decided cell by cell)."""
    return _column_kind(header) == "maybe_name" and not _norm(header).endswith(_OWNERS)


def voted_cells(
    text: str, line_start: int, line: str, sep: str, table_end: int, out: list[Candidate]
) -> None:
    """Names of the cells of ``maybe_name`` columns left out row by row, where the rest
    of the column says it holds persons (module docstring). ``out`` holds what the
    table gave; the names found here are appended to it."""
    header = [c for c, _o in _split(line, sep)]
    pos = line_start + len(line) + 1
    second = _second_header(text, pos, table_end, sep, len(header))
    if second is not None:  # a group (人员) over its columns (项目负责人, 主要参加人员)
        header = [b.strip() or a for a, b in zip(header, second[0], strict=True)]
        pos = second[1]
    columns = [k for k, h in enumerate(header) if voted_header(h)]
    if not columns:
        return
    rows = []
    while pos < table_end:
        end = text.find("\n", pos, table_end)
        end = table_end if end < 0 else end
        row = text[pos:end]
        if row.strip() and not TOTAL_ROW.match(row) and not _RULE_ROW.match(row):
            cells = _split(row, sep)
            if len(cells) == len(header):
                rows.append((pos, cells))
        pos = end + 1
    for k in columns:
        vote_column([(cells[k][0], row_start + cells[k][1]) for row_start, cells in rows], out)


def _second_header(
    text: str, pos: int, table_end: int, sep: str, width: int
) -> tuple[list[str], int] | None:
    """The second row of a header on two rows (no digit, as wide as the first, with a
    column a header names), and where the row after it starts; or None."""
    end = text.find("\n", pos, table_end)
    end = table_end if end < 0 else end
    row = text[pos:end]
    if not row.strip() or _DIGIT.search(row):
        return None
    cells = [c for c, _o in _split(row, sep)]
    if len(cells) != width or not any(_column_kind(c.strip()) for c in cells if c.strip()):
        return None
    return cells, end + 1


def vote_column(column: list[tuple[str, int]], out: list[Candidate]) -> None:
    """The vote of one column (module docstring): its cells with their offsets in the
    text, ``out`` the findings so far (those in the column's cells are its found ones)."""
    if len(column) < _MIN_FOUND:
        return  # (too few cells to pass the vote)
    # the names found in the column's span only (``out`` holds every table's so far)
    lo_min = min(lo for _c, lo in column)
    hi_max = max(lo + len(cell) for cell, lo in column)
    starts = sorted([c[0] for c in out if lo_min <= c[0] < hi_max and c[2] == "name"])
    filled = found = 0
    left: list[tuple[str, int]] = []
    for cell, lo in _persons_of(column):
        value = cell.strip(" \u3000")
        if not value:
            continue
        filled += 1
        i = bisect_left(starts, lo)
        if i < len(starts) and starts[i] < lo + len(cell):
            found += 1
        elif _column_kind(value) or _UNIT_END.search(value) or COMPANY.search(value):
            continue  # a header repeated over a page's rows; a unit (敬老院, 村委会)
        elif _SHAPE.fullmatch(value) and value not in NOT_NAMES:
            left.append((cell, lo))
        else:
            return  # a cell of no name's shape: the column is not one of persons
    if found >= _MIN_FOUND and 2 * found >= filled and left:
        for cell, lo in left:
            _names_in_cell(cell, lo, out, 0.8)
