"""A phone in a table's column headed by the caller's number (issue 16, the eighty-fourth
held-out batch): a hotline's or a 信访 office's register prints, for each call, the number
the caller rang from or is called back on — 来电号码, 回访号码, 回电号码, 主叫号码, 来电人电话.
That number is the caller's, a private person's, though the row also names the office that
handled the call (承办单位: 县水务局), which alone would give a landline to that office.

The header is found over a delimited row (tab, "|", "│", ",") by the cell's index, and over
a table aligned with spaces (a PDF's text layer) by the display column; a header naming a
unit ("承办单位回电号码", "部门来电号码") keeps the number the unit's.
"""

from __future__ import annotations

import re

from .gapalign import cell_at, display_columns
from .unitcolumns import rows_above

_CALLER_HEADER = re.compile(
    r"(?:来电|回电|回访|主叫|呼入|致电)人?(?:电话|号码)(?:号码)?|(?:来电|致电)人(?:联系)?(?:电话|方式)"
)
_UNIT_WORD = re.compile(r"单位|部门|机构|窗口|坐席|座席|值班|热线|办公")
_SEPARATORS = ("\t", "│", "|", ",")
_DATA = re.compile(r"\d{5}")  # a record's line, no header: it holds a long number
_GAP = re.compile(r" {2,}|\u3000+")
# the caller's cell a unit ("县第二中学", "…有限公司", "…村委会"): the number is that unit's
_UNIT_CALLER = re.compile(
    r"(?:学校?|幼儿园|学院|医院|卫生院|公司|厂|店|政府|合作社|委员?会|局|办|所|站|中心|队|社区)$"
)


def _is_caller(cell: str | None) -> bool:
    if not cell:
        return False
    cell = cell.strip(" \u3000\"'*")
    return bool(_CALLER_HEADER.search(cell)) and not _UNIT_WORD.search(cell) and len(cell) <= 10


def caller_column(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in a column headed by the caller's number."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False  # no table's row: a line of prose
    before = text[line_start:start]
    sep = next((s for s in _SEPARATORS if s in before), None)
    if sep is None and ("  " not in before and "\u3000" not in before):
        return False  # no row of a table
    top = line_start - 6000 if line_start > 6000 else 0
    if text.find("来", top, line_start) < 0 and text.find("回", top, line_start) < 0:
        if text.find("主叫", top, line_start) < 0 and text.find("呼入", top, line_start) < 0:
            return False  # (a cheap anchor: no caller's header above)
    cells = before.split(sep) if sep is not None else _GAP.split(before)
    caller = next((c.strip(" \u3000\"'") for c in reversed(cells) if c.strip(" \u3000\"'")), "")
    if _UNIT_CALLER.search(caller):
        return False  # a unit called: its own line
    if sep is not None:
        index = before.count(sep)
        for line in rows_above(text, line_start, most=60):
            if "号码" not in line and "电话" not in line and "方式" not in line:
                continue
            if line.count(sep) < index or _DATA.search(line):
                continue
            cells = line.split(sep)
            return _is_caller(cells[index]) if index < len(cells) else False
        return False
    if len(_GAP.findall(before)) < 2:
        return False  # no row of a table aligned with spaces
    column = display_columns(before)[-1]
    for line in rows_above(text, line_start, most=60):
        if "。" in line:
            return False  # prose: the table's start is passed
        if ("号码" not in line and "电话" not in line) or _DATA.search(line):
            continue
        if len(_GAP.findall(line.strip(" \u3000"))) < 2:
            continue
        return _is_caller(cell_at(line, column))
    return False
