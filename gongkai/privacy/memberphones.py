"""A landline in the phone column of a table of persons that names no workplace (issue
16, the twenty-fifth held-out batch).

``context.office_phone`` gives a landline to an office when an organisation's word
stands before it. In a row of a delimited table of persons (a name in a cell under a
header of persons) such a word is often the organisation the person serves or belongs
to — a volunteers' association, a service team (服务组织, 所属队伍, 推荐组织) — not an
office whose number would be printed for them. The landline is the person's when:

- the row is a person's (``rowcontext.person_row``);
- its column's header is a plain phone's (联系电话, 电话, 联系方式, 手机/电话), not a
  unit's or office's (单位电话, 办公电话);
- no header cell names a workplace or a post (工作单位, 所在单位, 职称, 职务, 岗位,
  科室 …): an expert's phone beside their college and title is still the college's.
"""

from __future__ import annotations

import re

from .cellsplit import _split
from .rowcontext import _separator, person_row

_DIGIT = re.compile(r"\d")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PHONE_HEAD = re.compile(r"(?:本人|个人|家庭|住宅)?(?:联系)?(?:电话|手机|方式|座机|固话)(?:号码)?")
# the column of the row's party, and a party that is an organisation (a company, a
# society: a donors' register lists both kinds of donor)
_PARTY_HEAD = re.compile(r"姓名|人$|户主|户名")
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）()]{2,}(?:公司|合作社|协会|商会|基金会|委员会|事务所|医院|学校|小学|中学"
    r"|幼儿园|[^工]厂|加工厂|中心|银行|支行|集团)(?:全体[\u4e00-\u9fff]{1,6})?"
)
_WORKPLACE = re.compile(r"单位|职称|职务|岗位|部门|科室|机构|工作|任职|就职|供职|办公")


def member_landline(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is the person's of its row (above)."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    before = text[line_start:start]
    sep = _separator(before)
    if sep is None or not person_row(text, start):
        return False
    header = _header(text, line_start, sep)
    if header is None:
        return False
    cells = [c.strip(' \u3000"') for c, _o in _split(header, sep)]
    row = [c.strip(' \u3000"') for c, _o in _split(before + "0", sep)]
    column = len(row) - 1  # (a bar table drops an empty last cell)
    if column >= len(cells) or not _PHONE_HEAD.fullmatch(cells[column]):
        return False
    if _unit_party(cells, row[:column]):
        return False  # "捐赠人 | 某某有限公司": the row's party is a unit, the phone its own
    return not any(_WORKPLACE.search(c) for c in cells)


def _unit_party(heads: list[str], cells: list[str]) -> bool:
    return any(
        _PARTY_HEAD.search(head) and _ORGANISATION.fullmatch(cell)
        for head, cell in zip(heads, cells, strict=False)
    )


def unit_party_row(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in a delimited table's row whose party (the
    cell under 捐赠人, 姓名, 户名 …) is an organisation: a donors' register listing
    companies and persons alike gives a company's row its own phone."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    before = text[line_start:start]
    sep = _separator(before)
    if sep is None:
        return False
    header = _header(text, line_start, sep)
    if header is None:
        return False
    heads = [c.strip(' \u3000"') for c, _o in _split(header, sep)]
    return _unit_party(heads, [c.strip(' \u3000"') for c, _o in _split(before, sep)])


def _header(text: str, line_start: int, sep: str) -> str | None:
    """The first line up (at most 60) without a digit among the lines with ``sep``."""
    top = line_start
    for _ in range(60):
        if top <= 1:
            return None
        above = text.rfind("\n", 0, top - 1) + 1
        line = text[above : top - 1]
        if line.strip() and _separator(line) != sep:
            return None
        if _HAN.search(line) and not _DIGIT.search(line):
            return line  # (not a Markdown table's rule: |---|---|)
        top = above
    return None
