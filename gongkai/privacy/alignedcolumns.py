"""A landline in a space-aligned column of persons' own numbers (issue 16, privfix23a):
``phonecolumns.mobile_column`` reads a delimited table whose phone column holds persons'
mobiles in other rows; a table printed to PDF and read back as text keeps its columns
apart by runs of spaces only ("序号  单位名称  姓名  …  身份证号  岗位  联系电话  现住址").
There the same column gives each person's own number, a landline too, though the row names
the firm the person works for (an employer's cell, a 供电所 serving the household). The
column is the count of wide gaps before the number; a row with an empty cell before it
counts its cells differently and is simply not counted. A column headed by an office's
phone (办公电话, 单位电话, 值班电话) is not one, nor a number after an institution's cell (a care
home as a ward's carer: its line) or put through to a desk (…转).
"""

from __future__ import annotations

import re

from .unitcolumns import header_cell, rows_above, rows_below

_GAP = re.compile(r"(?: {2,}|\u3000+)")
_MOBILE = re.compile(r"(?:\+?86[- ]?)?1[3-9]\d{9}")
_PROSE = frozenset("，。；：:,\t|｜")
_OFFICE_HEADER = re.compile(r"办公|单位|值班|机构|部门|科室|窗口")
# the cell before the number names an institution (a care home as a ward's carer, a
# committee as its contact): the line is that institution's
_UNIT_CELL = re.compile(
    r"委员会|村委|居委|敬老院|福利院|养老院|中心|医院|卫生院|学校|公司|政府|合作社"
)
_NUMBER = re.compile(r"[\d\-－（）() ]+")
_ROWS = 30  # rows looked at each way


def _cells(line: str) -> list[str]:
    return [c for c in _GAP.split(line.strip(" \u3000")) if c]


def aligned_mobile_column(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in a person's row of a space-aligned table
    whose column holds mobiles in at least two other rows."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False
    before = text[line_start:start]
    if not before.endswith(("  ", "\u3000")) or any(c in _PROSE for c in before):
        return False  # (the cheap look first: a row of aligned cells ends in a wide gap)
    cells = _cells(before)
    index = len(cells)
    if index < 3 or _UNIT_CELL.search(cells[-1]):
        return False
    tail = _NUMBER.match(text, start)
    if tail and text.startswith(("转", "分机"), tail.end()):
        return False  # put through to a desk: the unit's switchboard (README, binding)
    mobiles = 0
    for rows in (rows_above(text, line_start, most=_ROWS), rows_below(text, line_start, _ROWS)):
        for line in rows:
            if "。" in line:
                break  # prose: the table ends
            cells = _cells(line)
            if len(cells) > index and _MOBILE.fullmatch(cells[index]):
                mobiles += 1
        if mobiles >= 2:
            break
    if mobiles < 2:
        return False
    from .phoneowner import _aligned_person_row  # (phoneowner asks this module)

    if not _aligned_person_row(text, line_start, before):
        return False
    header = header_cell(text, start, aligned=True)
    return not (header and _OFFICE_HEADER.search(header))
