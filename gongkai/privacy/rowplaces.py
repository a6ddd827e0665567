"""Whose landline a person's row gives to a unit by the row's other cells (issue 16,
privfix16gb; ``landlineowner`` asks it): the number stands under a generic contact column
(联系电话, 固定电话, 电话, 座机, 联系方式; not a home's or a holder's: 家庭电话, 户主电话), and

- **the row's place is a unit**: the row's address column (住址, 地址, 住所, 单位/住址;
  not a person's workplace column, 工作单位, 所在单位: a person works at a unit) holds a unit's name instead of a home (某司法所, 某米业有限公司, 第一
  检察部: no house number) — the person is reached at their office, its line is the
  office's (a law firm excepted: a lawyer in a case is a private person), while a home's address in the same column keeps the row's number private;
- **the row's person acts for a legal person**: the row names a company of its own
  standing (有限公司, 有限责任公司, 股份公司, 集团; not under a workplace column) and gives its person a post of that
  company in a cell of its own (法定代表人, 负责人, 经理, 店长, 厂长), both before the number
  (a company after it is the row's second party, 受让方): the row's landline
  is the company's switchboard, not the representative's home;
- **the row's person holds a post of a unit**: a cell before the number names a unit and
  its member's post together (某社区居民委员会主任, 某派出所社区民警, 某有限公司客服部经理)
  and no cell of the row gives a home (号, 室, 栋 …): the person is reached at that office
  and the landline is the office's (a home in the row keeps it the person's). A keeper of an individual
  shop (某某五金店 | 经营者) is no such row: a shop is no legal person.

Both read the table's structure — a column's kind and a cell's kind — not any document's
words, and leave mobiles alone (a person's own mobile stays theirs in such a row).
"""

from __future__ import annotations

import re

from .ownercells import number_line, row_cells

# the number's column: a contact column of no named holder
_GENERIC_HEAD = re.compile(
    r"(?:联系|固定|办公|单位)?(?:电话|座机|固话|联系方式)(?:号码)?|电话/手机|联系电话/手机"
)
# a column of the row's place: where the person lives or works
_PLACE_HEAD = re.compile(r"住址|地址|住所|居住地")
_HOME_HEAD = re.compile(r"户籍|家庭|常住")
# a unit's name standing alone in a cell: no house number, ends in a unit's word
_UNIT_NAME = re.compile(
    r"[\u4e00-\u9fff（）()·]{1,30}?"
    r"(?:公司|集团|厂|所|局|站|队|院|中心|委员会|居委会|村委会|合作社|学校|中学|小学|幼儿园|"
    r"卫生院|医院|银行|支行|协会|商会|农场|[\u4e00-\u9fff]{2}部|[科股处办室庭])"
)
# a person's workplace column: a company there is where a person works, not the row's subject
_WORK_HEAD = re.compile(r"单位|工作|就职|任职|就业|所在")
# a law firm: a lawyer in a case is a private person, the firm's line their own contact
_LAW_FIRM = re.compile(r"律师事务所|律所")
# a company of its own standing (a legal person), not a keeper's shop
_COMPANY = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:有限责任公司|有限公司|股份公司|集团)")
# its person's post in a cell of its own
_POST = re.compile(
    r"(?:法定代表人|法人代表|法人|负责人|总经理|副总经理|经理|店长|厂长|董事长|主管)"
    r"(?:[/／、].{0,8})?"
)
# a unit's name and its member's post in one cell ("某社区居民委员会主任", "某派出所社区民警",
# "某有限公司客服部经理"): the person is reached at the office that cell names
_UNIT_POST = re.compile(
    _UNIT_NAME.pattern + r"[\u4e00-\u9fff]{0,4}?"
    r"(?:主任|民警|经理|所长|站长|科长|书记|干事|干部|专干|工作人员)"
)
# the signs one of which a unit's name in the row ends with
_HOME_CELL = re.compile(r"\d(?:号|室|房|户|栋|幢|单元|号楼|组)")
_UNIT_SIGNS = tuple("司团厂所局站队院心会社校学行部科股处办室庭场")


def unit_place_row(text: str, start: int, found: tuple[str, str, str, int]) -> bool:
    """Whether the landline at ``start`` is a unit's by its row's other cells (above);
    ``found``: the number's ``header_line``."""
    head, header, sep, index = found
    if not _GENERIC_HEAD.fullmatch(head.strip(" \u3000\"'")):
        return False
    line = number_line(text, start, 600)
    if not any(sign in line for sign in _UNIT_SIGNS):
        return False  # (the cheap test first: a unit's word in the row)
    heads = row_cells(header, sep)
    row = row_cells(line, sep)
    if len(row) < len(heads) - 2:
        return False  # (a row of another shape: a note's line, a wrapped cell)
    for k, h in enumerate(heads):
        if k == index or k >= len(row):
            continue
        if (
            _PLACE_HEAD.search(h)
            and not _HOME_HEAD.search(h)
            and _UNIT_NAME.fullmatch(row[k])
            and not _LAW_FIRM.search(row[k])
        ):
            return True
    if any(_UNIT_POST.fullmatch(c) for c in row[:index]) and not any(
        _HOME_CELL.search(c) for c in row
    ):
        return True  # "某居民委员会主任 | 0759-…": the office's line (no home in the row)
    return any(
        _COMPANY.fullmatch(c) and not _WORK_HEAD.search(h)
        for h, c in zip(heads, row[:index], strict=False)
    ) and any(_POST.fullmatch(c) for c in row[:index])
