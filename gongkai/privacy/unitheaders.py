"""Whether a table's contacts are units' (issue 16, forty-ninth batch).

A table with a unit's column ("单位名称", "责任部门") and a contact column lists units'
contacts acting in office, not private persons (``tables._kinds``). Two kinds of header
do not make it so: a column of the unit's own phone, address or mailbox beside the
contact's ("所在单位电话", "单位地址" — the contact there is told apart from the unit), and a
column of a contact's home ("家庭电话", "住宅电话", "家庭住址") — a unit has no home. A
contact written as an office ("校办", "党办") is none of those persons.

A directory of service points (privfix19d, docs256) names its units by the point, not by
单位: a column of a point's name (调解组织名称, 站点名称: a header ending in 名称) or of where a
case is taken (受理地点, 受理点, 服务网点), with an office phone column (办公电话) beside
the contact, lists the points' staff in office.
"""

from __future__ import annotations

import re

_UNIT_OWN = re.compile(r"(?:电话|座机|固话|地址|邮箱|传真)$")
# an office named for a contact: 校办, 党办, 镇办 (a unit's office, no person)
_OFFICE = re.compile(r"[\u4e00-\u9fff]办")
_POINT = re.compile(r"(?<!姓)名称$|^受理(?:地点|点|窗口)$|^服务(?:网点|站点|地点)$")
_OFFICE_LINE = frozenset(("办公电话", "办公室电话", "单位电话"))
_HOME = re.compile(r"家庭(?:电话|住址|地址)|住宅电话|宅电|家庭座机")


def units_contacts(header: list[str], unit_headers: re.Pattern) -> bool:
    """Whether the contacts of a table with ``header`` are units' (in office), a unit's
    column being one that ``unit_headers`` finds."""
    if any(_HOME.search(h) for h in header):
        return False
    if any(unit_headers.search(h) and not _UNIT_OWN.search(h) for h in header):
        return True
    return any(h in _OFFICE_LINE for h in header) and any(_POINT.search(h) for h in header)


def office_cells(cells: list[tuple[str, int]]) -> bool:
    """Whether a row's cells name an office for its contact ("校办") rather than a person."""
    return any(_OFFICE.fullmatch(c.strip(" \u3000")) for c, _o in cells)
