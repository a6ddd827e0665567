"""A unit's landline by the cell or label it stands in (issue 16, docs38), asked by
``dutyphones.unit_landline``:

- a table flattened to one cell a line whose column over the number is a unit's line
  (村（社区）值班电话, 单位电话, 办公电话), beside the persons' own phone columns;
- a number alone on its line right under an office's name, outside any phone column of
  such a table ("镇值班室（24小时）" then "0719-…" on the next line);
- a service window's label (专窗电话：, 窗口电话：), the numbers listed after its first
  one too ("专窗电话：0719-…、0719-…").

A person's phone column under an employer's column (工作单位 then 联系电话) keeps its
numbers: the office-line rule is not read inside a phone column.
"""

from __future__ import annotations

import re

from .patterns import LANDLINE_SHAPE as _LANDLINE
from .stackedheader import stacked_cell_header, stacked_header

_UNIT_HEAD = re.compile(r"(?:值班|办公|单位|村委会?|居委会?|窗口|机构)(?:电话|座机|固话)")
_OFFICE_LINE = re.compile(
    r"[\u4e00-\u9fff]{1,20}(?:办公室|值班室|办|中心|站|所|大厅|窗口|专窗)"
    r"(?:[（(][^（()）\n]{1,12}[）)])?"
)
# a bare cell of a home's address (village, group, house number): a person's record's
_HOME_CELL = re.compile(r"[^：:\s]{0,30}?[村屯][^：:\s]{0,10}?\d+号[^：:\s]{0,8}")
_WINDOW_LABEL = re.compile(
    rf"(?:专窗|窗口|服务台)(?:电话|热线)(?:号码)?[：:]?[ \u3000]*(?:{_LANDLINE}[、，,/ \u3000]{{1,2}}){{0,3}}$"
)


_SEPS = ("\t", "|", "｜")
_UNIT_OWNER = re.compile(
    r"(?:院|中心|局|站|所|办|委员会|村委会|居委会|公司|学校|政府|办事处|机构)"
    r"(?:[（(][^（()）]{1,12}[）)])?$|代管|托管|集中供养"
)


def _owner_is_unit(text: str, start: int) -> bool:
    """Whether the number's row names a unit in the column its phone column belongs to."""
    sep = text[start - 3 if start > 3 else 0 : start].strip(" \u3000")[-1:]
    if sep not in _SEPS:
        return False  # the number opens no cell of a delimited row
    line_start = text.rfind("\n", start - 600 if start > 600 else 0, start) + 1
    line_end = text.find("\n", start, start + 600)
    if line_start == 0 or line_end < 0:
        return False
    line = text[line_start:line_end]
    cells = line.split(sep)
    index = text[line_start:start].count(sep)
    at = text.rfind("电话", line_start - 3000 if line_start > 3000 else 0, line_start)
    if at < 0:
        return False
    head_start = text.rfind("\n", 0, at) + 1
    head_end = text.find("\n", at)
    header = [h.strip(" \u3000*") for h in text[head_start:head_end].split(sep)]
    if len(header) != len(cells) or not header[index].endswith("电话"):
        return False
    owner = header[index][:-2]
    if len(owner) < 2 or owner not in header:
        return False
    return bool(_UNIT_OWNER.search(cells[header.index(owner)].strip(" \u3000")))


def unit_cell(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a unit's by its cell or its label (above)."""
    if _WINDOW_LABEL.search(text, start - 60 if start > 60 else 0, start):
        return True
    if _owner_is_unit(text, start):
        return True
    line_start = text.rfind("\n", start - 12 if start > 12 else 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(" \u3000\t"):
        return False  # not alone on its line: no cell of its own
    head = stacked_cell_header(text, start)
    if head is not None and _UNIT_HEAD.search(head):
        return True
    above = text.rfind("\n", line_start - 40 if line_start > 40 else 0, line_start - 1) + 1
    prior = text[above : line_start - 1].strip(" \u3000\t")
    if not _OFFICE_LINE.fullmatch(prior) or stacked_header(text, start) is not None:
        return False
    # a record one cell a line: a home's cell above the site's ("…村3组42号\n…活动中心\n…")
    upper = text.rfind("\n", above - 60 if above > 60 else 0, above - 1 if above > 1 else 0) + 1
    return not (above and _HOME_CELL.fullmatch(text[upper : above - 1].strip(" \u3000\t")))
