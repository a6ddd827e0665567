"""Whose row it is in a directory of units (issue 16, privfix16sc). Called from
``lastpasses`` before ``landlineowner``.

A directory of units (examination sites, schools, clinics, justice offices, forestry
stations, service points) gives each unit a row: its name, the staff member who answers
for it (负责人, 联系人, 站长, 校长, 值班人员), maybe the post and the address, and its
line. The person is there in office and the line is the unit's desk: neither is private.
The same columns in a roster of persons (姓名 | 学校 | 联系电话: the pupil's family's
line) or in a register of units' heads with their own particulars (a farm's 负责人 with
his ID and bank card) are private. The row is read by its structure, not by its words:

- the number's column is a generic or a unit's contact column (电话, 联系电话, 办公电话,
  值班电话; not a home's, a person's or a guardian's: 家庭电话, 本人电话, 家长电话);
- the row's **subject** is its first cell that is a unit's name (``ownercells``' reading,
  short school names included: 青峪一中), under a header that names no person, and no
  person's column (姓名, 户主 …) nor a found name stands before it;
- every other cell of the row holding a found name stands under a header of the unit's
  staff (负责人, 联系人, 责任人, 站长, 所长, 校长, 院长, 馆长, 主任, 书记, 值班人员,
  工作人员, 管理员; not 紧急联系人, 家长, 监护人): a pupil's or a resident's column
  makes the row theirs;
- the row holds no resident ID, mobile or bank card (a unit's head in a subsidy roll
  gives his own: the row is then his).

Then the landline and the staff member's name are dropped.
Cheap gates: a landline opening a table's cell (a separator right before it), with a
header found above it (``unitcolumns.header_line``), and a cell ending in a unit's sign.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .ownercells import UNIT_CELL
from .unitcolumns import header_line

Candidate = tuple[int, int, str, float]

_CELL_EDGE = frozenset("\t|│,")
# a contact column that is no person's own (电话, 联系电话, 办公电话, 值班电话, 固定电话)
_PHONE_HEAD = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:联系|办公|值班|固定|单位|考点|服务|咨询|报名))?"
    r"(?:电话|座机|固话|联系方式)(?:号码)?"
)
_PRIVATE_HEAD = re.compile(r"家|宅|住|本人|个人|监护|紧急|亲属|家属|学生|手机")
# the unit's staff, as a column's header
_STAFF = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:负责人|联系人|责任人|[站所校院馆园局科股]长|主任|书记|"
    r"值班(?:人员?|领导|员)|工作人员|管理员|经办人)(?:姓名)?"
)
_NOT_STAFF = re.compile(r"紧急|家属|亲属|监护|代理|家长|户主|申请|投诉|举报")
_PERSON_HEAD = re.compile(r"姓名|户主|本人|家长|学生|考生|居民|村民|人$|员$|老人|对象")
# a shop's name: its keeper's (店, 商行, 超市 …), no unit of its own standing
_SHOP = re.compile(r"(?:店|商行|商店|超市|部|楼|铺|摊)$")
_PRIVATE_NUMBERS = frozenset(("id_card", "mobile", "bank_card"))
# a cell ending in a unit's sign, as ``ownercells`` reads a row cheaply (short names too)
_UNIT_SIGNS = "司团厂所局站队院心会社校学园行馆室科股处厅办场中小"
_UNIT_SIGN_SET = frozenset(_UNIT_SIGNS)
_UNIT_SIGN_CELL = re.compile(rf"[{_UNIT_SIGNS}](?=[ \u3000]*[\t|│,])")
# a landline filling a cell ("\t0738-5261234\t", "|0738 5261234|")
_LANDLINE_CELL = re.compile(
    r"[\t|│,][ \u3000]*((?:0\d{2,3}[-—－ ]?)?[2-9]\d{6,7})[ \u3000]*(?=[\t|│,\r]|$)"
)


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] < hi


def _row(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    hi = text.find("\n", start)
    return lo, (hi if hi >= 0 else len(text))


def _staff_row(text: str, start: int, names: dict[int, int], numbers: list[int]) -> list[int]:
    """The starts of the staff names to drop with the landline at ``start`` if its row is a
    unit's in a directory (above), else None (as an empty list with a flag)."""
    lo, hi = _row(text, start)
    if _any_in(numbers, lo, hi):
        return []
    found = header_line(text, start)
    if found is None:
        return []
    head, header, sep, index = found
    if not _PHONE_HEAD.fullmatch(head) or _PRIVATE_HEAD.search(head):
        return []
    heads = [h.strip(" \u3000\"'") for h in header.split(sep)]
    cells, at = [], lo
    for part in text[lo:hi].split(sep):
        core = part.strip(" \u3000\"'")
        s = at + len(part) - len(part.lstrip(" \u3000\"'"))
        cells.append((core, s))
        at += len(part) + len(sep)
    if len(cells) != len(heads) or index >= len(cells):
        return []
    subject = None
    for k in range(index):
        cell, s = cells[k]
        if s in names or _PERSON_HEAD.search(heads[k]):
            return []  # a person's column first: the row is the person's
        if UNIT_CELL.fullmatch(cell) and not _SHOP.search(cell):
            subject = k
            break
    if subject is None:
        return []
    staff = []
    for k, (_cell, s) in enumerate(cells):
        if k == subject or s not in names:
            continue
        if not _STAFF.fullmatch(heads[k]) or _NOT_STAFF.search(heads[k]):
            return []  # a person's column of its own: the row's later cells are theirs
        staff.append(s)
    return staff or [-1]


def directory_rows(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines and the staff names of units' rows in a directory."""
    names: dict[int, int] = {}
    opening: list[int] = []
    for c in cands:
        if c[2] == "name":
            names[c[0]] = c[1]
            # (cheap: a name opening a cell right after a cell ending in a unit's sign)
            if text[c[0] - 1 : c[0]] in _CELL_EDGE and text[c[0] - 2 : c[0] - 1] in _UNIT_SIGN_SET:
                opening.append(c[0])
        elif c[2] == "landline" and text[c[0] - 1 : c[0]] in _CELL_EDGE:
            opening.append(c[0])
    if not opening:
        return cands
    numbers = sorted(c[0] for c in cands if c[2] in _PRIVATE_NUMBERS)
    dropped: set[int] = set()
    done: set[int] = set()
    for at in sorted(opening):
        lo, hi = _row(text, at)
        if lo in done:
            continue
        done.add(lo)
        row = text[lo:hi]
        phone = _LANDLINE_CELL.search(row)  # the row's landline, found or left by a pass
        if phone is None or _UNIT_SIGN_CELL.search(row, 0, phone.start()) is None:
            continue  # (cheap: no landline, or no cell before it ending in a unit's sign)
        start = lo + phone.start(1)
        staff = _staff_row(text, start, names, numbers)
        if staff:
            dropped.add(start)
            dropped.update(s for s in staff if s >= 0)
    if not dropped:
        return cands
    return [c for c in cands if not (c[0] in dropped and c[2] in ("landline", "name"))]
