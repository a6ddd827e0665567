"""The merged header over a column's own header: a table of two header rows (docs238).

A Word or Excel table often heads its columns in two rows: a merged cell naming a group
(经营者信息, 经营场所, 申请人情况) over the cells of its columns (姓名, 身份证号码, 地址,
面积). Flattened with tabs or bars, the group's cell stands in the first of its columns
and blanks follow it:

    序号 | 许可证号 | 经营者信息 | | | 经营场所 | | | 核查意见
     |  | 姓名 | 身份证号码 | 联系电话 | 地址 | 面积（㎡） | 是否与登记一致

The column's own header (地址) then says less than the group over it (经营场所: the
business's premises, not the keeper's home). ``group_header`` gives that group's cell. A
cell of the upper row over a blank of the lower one is a header of two rows (序号,
许可证号), no group, and a group is only read in the row right above the column's header.
"""

from __future__ import annotations

import re

from .unitcolumns import rows_above

_DIGIT = re.compile(r"\d")


def group_header(text: str, start: int, separators: tuple[str, ...]) -> str | None:
    """The merged group's cell over the column of the cell at ``start``, or None."""
    begin = text.rfind("\n", start - 600 if start > 600 else 0, start) + 1
    before = text[begin:start]
    sep = next((s for s in separators if s in before), None)
    if sep is None:
        return None
    index = before.count(sep)
    lower: list[str] | None = None
    for line in rows_above(text, begin, most=60):
        if sep not in line or _DIGIT.search(line):
            if lower is not None:
                return None  # (the header's row is the table's first: no group above)
            continue  # a row of data
        cells = [c.strip(" \u3000:-") for c in line.split(sep)]
        if lower is None:
            if index < len(cells) and cells[index]:
                lower = cells  # the column's own header
            continue
        if index >= len(cells):
            return None
        for j in range(index, -1, -1):
            if cells[j]:
                if j < index and not (j < len(lower) and lower[j]):
                    return None  # a header of two rows to the left (序号), no group
                return cells[j]
        return None
    return None
