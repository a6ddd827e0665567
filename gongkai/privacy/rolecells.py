"""A landline in a table's row whose holder is a unit and whose person cell gives only a
post (issue 16, docs83).

A register of users (使用者 | 户主/联系人 | 联系电话) lists stall-holders by name and, in
the same columns, a unit (县人民医院营养食堂) with only a post where the name stands
(管理员, 后勤负责人): the number is the unit's desk, not a person's. Read in tab, pipe
(padded or not) and comma rows: the cell before the number is a post alone, the cell
before that a unit's name, and the row holds no identity number.
"""

from __future__ import annotations

import re

from .patterns import ID_IN_ROW

_POST = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:负责人|管理员|联系人|经理|主任|站长|所长|院长|科长|会计|出纳|门卫|值班室|办公室)"
)
_UNIT = re.compile(
    r"(?:食堂|医院|卫生院|学校|中学|小学|幼儿园|公司|厂|站|所|中心|合作社|超市|商场|酒店|宾馆|餐厅|饭店|"
    r"委员会|居委会|村委会|政府|局)$"
)
_SEPS = "\t|｜,"


def _cell_before(text: str, end: int) -> tuple[str, int] | None:
    """The cell ending at ``end`` (its separator right before the padding) and where its
    own separator stands."""
    i = end
    while i > 0 and text[i - 1] in " \u3000":
        i -= 1
    if i == 0 or text[i - 1] not in _SEPS:
        return None
    sep = i - 1
    lo = sep - 40 if sep > 40 else 0
    prev = max(text.rfind(c, lo, sep) for c in _SEPS)
    if prev < 0:
        return None
    return text[prev + 1 : sep].strip(" \u3000"), prev


def units_post_phone(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a post's cell after a unit's cell."""
    post = _cell_before(text, start)
    if post is None or not _POST.fullmatch(post[0]):
        return False
    unit = _cell_before(text, post[1] + 1)
    if unit is None or not _UNIT.search(unit[0]):
        return False
    row = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", start)
    return not ID_IN_ROW.search(text, row, stop if stop >= 0 else len(text))
