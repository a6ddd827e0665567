"""A landline in a column of persons' own numbers (issue 16, docs28): a table of persons
whose 联系电话 column holds mobiles in other rows ("序号 | 姓名 | … | 服务司法所 | 联系电话")
gives each person's own number there, landline or mobile, though a unit's cell (the
place the person serves, their school) stands in the row. A column headed by an
office's phone (办公电话, 单位电话, 值班电话) is not one; a landline repeated for
different persons is still dropped as the institution's (``unitcontacts``).
"""

from __future__ import annotations

import re

from .alignedcolumns import aligned_mobile_column
from .rowcontext import person_row
from .unitcolumns import header_cell, row_position, rows_above, rows_below

# (a plain CSV's comma too, privfix24b: "…,联系电话,接种单位,…" over "…,0772-…,某乡卫生院,…")
_SEPARATORS = ("\t", "|", "｜", "│", ",")
_MOBILE_CELL = re.compile(r"[ \u3000\"']*(?:\+?86[- ]?)?1[3-9]\d{9}[ \u3000\"']*")
_OFFICE_HEADER = re.compile(r"办公|单位|值班|机构|部门|科室|窗口")
_ROWS = 30  # rows looked at each way
_ID_CELL = re.compile(r"(?:^|,)\d{17}[\dXx](?:,|$)|(?:^|,)\d{15}(?:,|$)")


def _line(text: str, line_start: int) -> str:
    end = text.find("\n", line_start)
    return text[line_start : end if end >= 0 else len(text)]


def mobile_column(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in a person's row of a delimited table whose
    column holds persons' mobiles in at least two other rows."""
    place = row_position(text, start, _SEPARATORS)
    if place is None:
        return aligned_mobile_column(text, start)  # columns kept apart by spaces
    line_start, sep, index = place
    if sep == "," and (
        '"' in text[line_start:start] or not _ID_CELL.search(_line(text, line_start))
    ):
        return False  # a quoted CSV's cells are not counted by its commas; in a plain CSV only
        # a row of a private person (an ID of theirs) holds their own landline beside a unit
    mobiles = 0
    for rows in (rows_above(text, line_start, most=_ROWS), rows_below(text, line_start, _ROWS)):
        for line in rows:
            if not line.strip():
                continue  # an HTML table flattened with blank lines between its rows
            cells = line.split(sep)
            if len(cells) <= index:
                break  # the table ends
            if _MOBILE_CELL.fullmatch(cells[index]):
                mobiles += 1
        if mobiles >= 2:
            break
    if mobiles < 2 or not person_row(text, start):
        return False
    header = header_cell(text, start)
    return not (header and _OFFICE_HEADER.search(header))
