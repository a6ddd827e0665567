"""Phones in a person's record of a table flattened to one cell a line (issue 16).

In such a table (``stacked``) a phone's cell stands on a line of its own, far from any
label, and the words the scanner reads before a landline to tell an office's from a
person's are the record's other cells (the child's kindergarten, the patient's
hospital). The cell under a phone header (联系电话, 监护人电话, 家庭电话 …) of a record
that names a person is that person's number — landline (area code, in brackets or not,
or a local number of seven or eight digits; the extension left out) or mobile — unless
the header says the phone is a unit's (单位电话, 办公电话, 卫生室电话) or a note after a
landline does ("（村委会）"), or the record is opened by a unit's or a business's name
(机构名称: the clinic's landline, the keeper's mobile).
"""

from __future__ import annotations

import re

from .patterns import OFFICE_AFTER
from .unitcolumns import _UNIT_PHONE_HEADER

Candidate = tuple[int, int, str, float]

_PHONE_HEADER = re.compile(r"电话|手机|座机|固话|联系方式")
_OFFICE_HEADER = re.compile(r"办公|单位|值班|机构|部门|科室|窗口|服务|咨询|监督|举报|投诉")
_LANDLINE = re.compile(r"(?:[（(]0\d{2,3}[）)][ \u3000]?|0\d{2,3}[-—－ ]?)?[2-9]\d{6,7}")
_MOBILE = re.compile(r"(?:\+?86[- ]?)?(1[3-9]\d{9})")
# (a party's 名称, not 姓名, is a unit's: 投标人名称, 供应商名称, 中标方名称)
_UNIT_NAME = re.compile(r"(?:机构|单位|企业|商户|主体|场所)(?:名称)?$|^名称$|[人方商]名称$")
_AFTER = re.compile(r"(?:(?:转|分机|-)\d{1,6})?(?:[（(][^（()）\n]{1,8}[）)])?")


def _phone_header(header: str) -> bool:
    return bool(
        _PHONE_HEADER.search(header)
        and not _OFFICE_HEADER.search(header)
        and not _UNIT_PHONE_HEADER.fullmatch(header)
    )


def record_phones(
    header: list[str], block: list[tuple[int, str]], found: list[Candidate], out: list[Candidate]
) -> None:
    """The phones of one record (``block``: the start and text of each cell's line) under
    ``header``, when the record's candidates ``found`` hold a name."""
    if not any(c[2] == "name" for c in found):
        return
    # a record opened by a unit's or a business's name (机构名称, 企业名称, 单位): its
    # landline is the premises', a mobile still the person's (the operator, the keeper);
    # a unit's column after the person's (投诉人 … 被投诉企业) names no owner of the row
    names = [c[0] for c in found if c[2] == "name"]
    first_name = next(
        (
            col
            for col, (pos, line) in enumerate(block)
            if any(pos <= n < pos + len(line) for n in names)
        ),
        len(block),
    )
    unit = any(
        _UNIT_NAME.search(title) and col < first_name and len(block[col][1].strip()) > 4
        for col, title in enumerate(header)
    )
    for col, title in enumerate(header):
        if col >= len(block) or not _phone_header(title):
            continue
        pos, line = block[col]
        cell = line.strip(" \u3000")
        at = pos + line.index(cell[0]) if cell else pos
        mobile = _MOBILE.match(cell)
        if mobile and _AFTER.fullmatch(cell, mobile.end()):
            out.append((at + mobile.start(1), at + mobile.end(1), "mobile", 0.9))
            continue
        landline = None if unit else _LANDLINE.match(cell)
        if (
            landline
            and _AFTER.fullmatch(cell, landline.end())
            and not OFFICE_AFTER.match(cell, landline.end())  # "…（村委会）": the unit's
        ):
            out.append((at, at + landline.end(), "landline", 0.85))
